// npm run bench:hostile — every hostile case at full size, each as its own `gongkai` process: exit code,
// message, inputs unchanged, time (wall and CPU) and peak memory (bounds: 10 s and 1 GB; the 20 MB text under 10 s).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCorpus, snapshot, type HostileCase } from './hostile-corpus.js';
import { fullDiskCases } from './hostile-disk.js';

const LIMIT_S = 10;
const LIMIT_MB = 1024;

interface Outcome {
  seconds: number;
  /** CPU time of the process, all threads: what the case costs, whatever else runs on the machine. */
  cpu: number;
  mb: number;
  problems: string[];
}

function runCase(c: HostileCase, dir: string): Outcome {
  const usage = join(dir, `.rusage-${c.name}`);
  const before = snapshot(dir);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', './bench/hostile-rusage.mjs', 'dist/cli/main.js', ...c.argv], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GONGKAI_RUSAGE_FILE: usage },
    maxBuffer: 64 * 1024 * 1024,
    // Long enough to measure a case on a loaded machine (wall time grows with the load; CPU time does not).
    timeout: 180_000,
  });
  const seconds = (performance.now() - t0) / 1000;
  let mb = NaN;
  let cpu = NaN;
  try {
    const [rss, micros] = readFileSync(usage, 'utf8').split(' ').map(Number);
    [mb, cpu] = [rss / 1024, micros / 1e6];
    rmSync(usage);
  } catch {
    // killed before exit
  }
  const problems: string[] = [];
  if (r.status === null) problems.push(`被终止（${r.signal}）`);
  else if (!c.codes.includes(r.status)) problems.push(`退出码 ${r.status}，应为 ${c.codes.join('/')}：${r.stderr.split('\n')[0].slice(0, 120)}`);
  if (/内部错误/.test(r.stderr)) problems.push('内部错误');
  if (c.err && !c.err.test(r.stderr)) problems.push(`提示不符：${r.stderr.split('\n')[0].slice(0, 120)}`);
  if (c.out && !c.out.test(r.stdout)) problems.push('输出不符');
  if (c.maxOut && r.stdout.length >= c.maxOut) problems.push(`输出过大：${(r.stdout.length / 1048576).toFixed(1)} MB`);
  if (c.noEscapes && (r.stdout.includes('\u001b') || r.stdout.includes('\u0007'))) problems.push('输出含控制字符');
  const after = snapshot(dir);
  for (const [path, hash] of before) if (after.get(path) !== hash) problems.push(`输入被改动：${path}`);
  // Over the limit only when both clocks are: on a busy machine a case waits for the CPU (wall time grows),
  // and a batch with two workers uses more CPU time than wall time.
  if (Math.min(seconds, Number.isNaN(cpu) ? seconds : cpu) > LIMIT_S) problems.push(`超过 ${LIMIT_S} 秒`);
  if (mb > LIMIT_MB) problems.push(`超过 ${LIMIT_MB} MB`);
  return { seconds, cpu, mb, problems };
}

const dir = mkdtempSync(join(tmpdir(), 'gongkai-hostile-bench-'));
console.log(`生成恶意输入语料（完整尺寸）于 ${dir} …`);
const disk = fullDiskCases(dir);
// `npm run bench:hostile -- NAME…` runs only the cases whose names contain one of the words.
const only = process.argv.slice(2);
const cases = [...(await makeCorpus(dir, 'full')), ...disk.cases].filter((c) => !only.length || only.some((w) => c.name.includes(w)));
console.log(`\n${'用例'.padEnd(26)}${'时间'.padStart(8)}${'CPU'.padStart(8)}${'峰值内存'.padStart(10)}  结果`);
let failed = 0;
for (const c of cases) {
  const o = runCase(c, dir);
  const ok = o.problems.length === 0;
  if (!ok) failed++;
  console.log(`${c.name.padEnd(26)}${`${o.seconds.toFixed(1)} s`.padStart(8)}${`${Number.isNaN(o.cpu) ? '?' : o.cpu.toFixed(1)} s`.padStart(8)}${`${Number.isNaN(o.mb) ? '?' : o.mb.toFixed(0)} MB`.padStart(10)}  ${ok ? '✓' : `✗ ${o.problems.join('；')}`}　${c.what}`);
}
disk.cleanup();
rmSync(dir, { recursive: true, force: true });
console.log(`\n共 ${cases.length} 个用例：${cases.length - failed} 个通过，${failed} 个未通过。`);
process.exitCode = failed ? 1 : 0;
