// Preloaded by `npm run bench:hostile` (node --import): on exit, write the process's peak resident memory
// (KB, all threads) to the file named by GONGKAI_RUSAGE_FILE.
/* global process */
import { writeFileSync } from 'node:fs';

const file = process.env.GONGKAI_RUSAGE_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
