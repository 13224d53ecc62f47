// Preloaded by `npm run bench:hostile` (node --import): on exit, write the process's peak resident memory
// (KB, all threads) and its CPU time (user and system, µs) to the file named by GONGKAI_RUSAGE_FILE.
/* global process */
import { writeFileSync } from 'node:fs';

const file = process.env.GONGKAI_RUSAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}`);
  });
}
