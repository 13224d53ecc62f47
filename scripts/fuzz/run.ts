// The fuzz run: mutated copies of real inputs, checked on the batch workers (with every report built), each
// within a time and heap limit. A crash is any internal error or a worker that died; a file over its limit is
// counted apart.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPages, SEED_PDF, SEED_TEXT, seedDocx, seedXlsx } from '../../bench/hostile-seeds.js';
import { runBatch } from '../../src/cli/batch.js';
import { mutate, rng, type SeedKind } from './mutate.js';

export interface FuzzOptions {
  cases: number;
  seed: number;
  /** Smaller seeds (two tables, one PDF page): a fast run for the test suite. */
  small?: boolean;
  jobs?: number;
  timeoutSeconds?: number;
  /** Where to keep the inputs that crashed (for reproduction). */
  keepCrashesIn?: string;
}

export interface FuzzResult {
  cases: number;
  crashes: { file: string; kind: SeedKind; message: string }[];
  overLimit: { file: string; kind: SeedKind; message: string }[];
  /** How many cases were refused as unreadable (expected for most mutations) and how many were read. */
  unreadable: number;
  read: number;
  seconds: number;
  /** Mean checking time per case of each kind, in ms, and how many of each kind were read. */
  meanMs: Record<SeedKind, number>;
  readByKind: Record<SeedKind, number>;
  /** The commonest refusals (first words of the message), to see how deep the mutations reach. */
  refusals: Record<string, number>;
}

const EXT: Record<SeedKind, string> = { text: 'txt', pdf: 'pdf', xlsx: 'xlsx', docx: 'docx' };
const KINDS: SeedKind[] = ['text', 'pdf', 'xlsx', 'docx'];

async function seeds(small: boolean): Promise<Record<SeedKind, Buffer>> {
  const text = readFileSync(SEED_TEXT, 'utf8');
  return {
    text: Buffer.from(small ? text.split('\n').slice(0, 160).join('\n') : text),
    pdf: await pdfPages(SEED_PDF, small ? 1 : 3),
    xlsx: await seedXlsx(small),
    docx: await seedDocx(small),
  };
}

export async function fuzz(opts: FuzzOptions): Promise<FuzzResult> {
  const t0 = performance.now();
  const base = await seeds(!!opts.small);
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-fuzz-'));
  const files: { path: string; kind: SeedKind }[] = [];
  for (let i = 0; i < opts.cases; i++) {
    const kind = KINDS[i % KINDS.length];
    const path = join(dir, `case-${opts.seed}-${i}.${EXT[kind]}`);
    writeFileSync(path, mutate(base[kind], kind, rng(opts.seed * 1_000_003 + i)));
    files.push({ path, kind });
  }
  const rows = await runBatch(
    files.map((f) => f.path),
    { jobs: opts.jobs, timeoutSeconds: opts.timeoutSeconds ?? 20, reports: true },
  );
  const result: FuzzResult = { cases: opts.cases, crashes: [], overLimit: [], unreadable: 0, read: 0, seconds: 0, meanMs: { text: 0, pdf: 0, xlsx: 0, docx: 0 }, readByKind: { text: 0, pdf: 0, xlsx: 0, docx: 0 }, refusals: {} };
  rows.forEach((row, i) => {
    const { path, kind } = files[i];
    result.meanMs[kind] += row.ms / (opts.cases / KINDS.length);
    const message = row.message ?? '';
    if (/内部错误|意外退出/.test(message)) result.crashes.push({ file: path, kind, message });
    else if (/^检查(超过|时内存超过)/.test(message)) result.overLimit.push({ file: path, kind, message });
    else if (row.status === 'unreadable') {
      result.unreadable++;
      const why = `${kind}：${message.replace(/^[^”]*”/, '').slice(0, 14)}`;
      result.refusals[why] = (result.refusals[why] ?? 0) + 1;
    } else {
      result.read++;
      result.readByKind[kind]++;
    }
  });
  if (opts.keepCrashesIn && (result.crashes.length || result.overLimit.length)) {
    mkdirSync(opts.keepCrashesIn, { recursive: true });
    for (const c of [...result.crashes, ...result.overLimit]) copyFileSync(c.file, join(opts.keepCrashesIn, c.file.split('/').pop()!));
  }
  rmSync(dir, { recursive: true, force: true });
  result.seconds = (performance.now() - t0) / 1000;
  return result;
}

/** The result in one line, then each crash. */
export function describe(r: FuzzResult, seed: number): string {
  const lines = [
    `模糊测试：${r.cases} 个用例（种子 ${seed}），崩溃 ${r.crashes.length} 个；超时或超内存 ${r.overLimit.length} 个；读出 ${r.read} 个，拒绝 ${r.unreadable} 个；用时 ${r.seconds.toFixed(0)} 秒`,
    `  平均每例：${KINDS.map((k) => `${k} ${r.meanMs[k].toFixed(0)} ms`).join('，')}；读出：${KINDS.map((k) => `${k} ${r.readByKind[k]}`).join('，')}`,
    `  常见的拒绝：${Object.entries(r.refusals)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([w, n]) => `${w}… ${n}`)
      .join('；')}`,
  ];
  for (const c of r.crashes) lines.push(`  崩溃 ${c.kind}：${c.file.split('/').pop()}：${c.message}`);
  for (const c of r.overLimit) lines.push(`  超限 ${c.kind}：${c.file.split('/').pop()}：${c.message}`);
  return lines.join('\n');
}
