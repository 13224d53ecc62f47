// npm run bench: speed figures (never asserted in tests). Prints medians over repeated runs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importText } from '../src/import/text/index.js';
import { checkDocument } from '../src/rules/engine/run.js';

const SEED = 'test/fixtures/seed/zezhou-2026.txt';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, fn: () => void): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const text = readFileSync(SEED, 'utf8');
for (let i = 0; i < 20; i++) checkDocument(importText(text)); // warm up the JIT
const importMs = time(200, () => importText(text));
const doc = importText(text);
const checkMs = time(200, () => checkDocument(doc));
const bothMs = time(200, () => checkDocument(importText(text)));
const cli = time(10, () => {
  const r = spawnSync(process.execPath, ['dist/cli/main.js', 'check', SEED, '--format', 'json'], { encoding: 'utf8' });
  if (r.status === 2) throw new Error(r.stderr);
});
const heapMb = process.memoryUsage().heapUsed / 1048576;

console.log('gongkai benchmark (seed: 泽州县总工会 2026, 13 tables)');
console.log(`  import (text → model), median of 200:   ${importMs.toFixed(2)} ms`);
console.log(`  check (all rules), median of 200:       ${checkMs.toFixed(2)} ms`);
console.log(`  import + check in process, median:      ${bothMs.toFixed(2)} ms   (target < 20 ms)`);
console.log(`  whole CLI (node dist/cli/main.js), median of 10: ${cli.toFixed(0)} ms`);
console.log(`  heap used after runs: ${heapMb.toFixed(0)} MB`);
