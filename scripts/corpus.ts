// The corpus runner: `npm run corpus -- DIR [--json out.json] [--compare earlier.json] [--only substring] [--findings out.jsonl]`.
// Checks every document in DIR and prints, per document, how much of it gongkai read and checked, then one
// summary line. It is how changes to the readers and rules are measured on real documents.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importFile } from '../src/import/index.js';
import { disclosureIdentity, pairParts, type DisclosureIdentity } from '../src/import/pairing.js';
import { joinParts } from '../src/import/parts.js';
import type { BudgetDocument } from '../src/model/document.js';
import { GongkaiError } from '../src/model/errors.js';
import { measureDocument, type ReadingMeasure } from '../src/measure/measure.js';
import { Coverage } from '../src/rules/engine/coverage.js';
import { checkDocument } from '../src/rules/engine/run.js';

const SUPPORTED = new Set(['.pdf', '.html', '.htm', '.xlsx', '.docx', '.txt']);

interface Row extends Partial<ReadingMeasure> {
  file: string;
  seconds: number;
  unreadable?: string;
  profile?: string;
  /** The files of a disclosure measured as one (narrative first). */
  parts?: string[];
}

function args(argv: string[]) {
  const opts: { dirs: string[]; json?: string; compare?: string; only?: string; findings?: string } = { dirs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = argv[++i];
    else if (a === '--compare') opts.compare = argv[++i];
    else if (a === '--only') opts.only = argv[++i];
    else if (a === '--findings') opts.findings = argv[++i];
    else opts.dirs.push(a);
  }
  return opts;
}

/** Every finding of the run, one JSON line each, for reading them by rule or by page. */
const findingLines = new Map<string, string[]>();

/** Measure one document read by `read` (one file, or the parts of a disclosure joined). */
async function measure(name: string, read: () => Promise<BudgetDocument>): Promise<{ row: Row; identity?: DisclosureIdentity }> {
  const t0 = performance.now();
  try {
    const doc = await read();
    const coverage = new Coverage();
    const findings = checkDocument(doc, { coverage });
    // A finding of a joined disclosure names the file of its place; one of a single file, that file.
    findingLines.set(name, findings.map((f) => JSON.stringify({ file: basename(f.locations.find((l) => l.file)?.file ?? name), ...f })));
    const row = { file: name, profile: doc.meta.profile, ...measureDocument(doc, findings, coverage), seconds: (performance.now() - t0) / 1000 };
    return { row, identity: disclosureIdentity(doc) };
  } catch (e) {
    const why = e instanceof GongkaiError ? e.message : `内部错误：${(e as Error).stack ?? e}`;
    return { row: { file: name, unreadable: why, seconds: (performance.now() - t0) / 1000 } };
  }
}

/**
 * The narrative-only and tables-only files of one disclosure (as `gongkai check DIR` pairs them), measured as
 * one document: the pair's row replaces the rows of its two files.
 */
async function measurePairs(files: string[], rows: Row[], identities: (DisclosureIdentity | undefined)[]): Promise<Row[]> {
  const pairs = pairParts(files.flatMap((file, i) => (identities[i] ? [{ file, identity: identities[i]! }] : [])));
  const out = [...rows];
  for (const p of pairs) {
    const name = `${basename(p.narrative)} + ${basename(p.tables)}`;
    const { row } = await measure(name, async () => joinParts([await importFile(p.narrative), await importFile(p.tables)]));
    row.parts = [basename(p.narrative), basename(p.tables)];
    console.log(`合并：${line(row)}`);
    out[files.indexOf(p.narrative)] = row;
    for (const part of row.parts) findingLines.delete(part);
    out[files.indexOf(p.tables)] = undefined as unknown as Row;
  }
  if (pairs.length) console.log(pairs.map((p) => `自动合并：${basename(p.narrative)} ＋ ${basename(p.tables)}：${p.reason}`).join('\n'));
  return out.filter(Boolean);
}

const pct = (a = 0, b = 0) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');
const pad = (s: string | number, n: number) => String(s).padStart(n);

function line(r: Row, before?: Row): string {
  if (r.unreadable) return `${r.file.slice(0, 44).padEnd(44)}  无法读取：${r.unreadable.split('\n')[0]}`;
  const delta = (k: 'error' | 'warning') => {
    const d = before?.findings ? r.findings![k] - before.findings[k] : 0;
    return d ? `(${d > 0 ? '+' : ''}${d})` : '';
  };
  const top = Object.entries(r.errorRules ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k, n]) => `${k}:${n}`)
    .join(' ');
  return [
    r.file.slice(0, 44).padEnd(44),
    pad(r.pages ?? 0, 4),
    pad(`${r.announced ?? '-'}/${r.tables}/${r.tablesRead}`, 9),
    pad(r.rows ?? 0, 5),
    pad(pct(r.coveredCells, r.amountCells), 5),
    pad(pct(r.boundFigures, r.narrativeFigures), 5),
    pad(`${r.findings!.error}${delta('error')}`, 8),
    pad(`${r.findings!.warning}${delta('warning')}`, 9),
    pad(r.findings!.info, 4),
    pad(r.seconds.toFixed(1), 5),
    ' ' + top,
  ].join(' ');
}

function tally(maps: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of maps) for (const [k, v] of Object.entries(m)) if (v) out[k] = (out[k] ?? 0) + v;
  return out;
}

const top = (m: Record<string, number>) =>
  Object.entries(m)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join('，');

async function main(): Promise<void> {
  const opts = args(process.argv.slice(2));
  if (!opts.dirs.length) {
    console.error('用法：npm run corpus -- 目录 [--json 结果.json] [--compare 上次结果.json] [--only 文件名片段] [--findings 全部问题.jsonl]');
    process.exit(64);
  }
  const files: string[] = [];
  for (const d of opts.dirs)
    for (const e of (await readdir(d)).sort()) if (SUPPORTED.has(extname(e).toLowerCase()) && (!opts.only || e.includes(opts.only))) files.push(join(d, e));
  const earlier: Row[] = opts.compare ? JSON.parse(await readFile(opts.compare, 'utf8')).documents : [];
  console.log(`${'文件'.padEnd(42)} ${'页'.padStart(4)} ${'目录/表/读'.padStart(8)} ${'行'.padStart(5)} ${'表覆盖'.padStart(3)} ${'说明'.padStart(4)} ${'错误'.padStart(6)} ${'警告'.padStart(7)} ${'提示'.padStart(2)} ${'秒'.padStart(5)}  主要问题`);
  const single: Row[] = [];
  const identities: (DisclosureIdentity | undefined)[] = [];
  const t0 = performance.now();
  for (const f of files) {
    const { row, identity } = await measure(basename(f), () => importFile(f));
    single.push(row);
    identities.push(identity);
    console.log(line(row, earlier.find((e) => e.file === row.file)));
  }
  const rows = await measurePairs(files, single, identities);
  const seconds = (performance.now() - t0) / 1000;
  const ok = rows.filter((r) => !r.unreadable);
  const sum = (f: (r: Row) => number) => ok.reduce((s, r) => s + f(r), 0);
  const n = ok.length || 1;
  const errors = sum((r) => r.findings!.error);
  const warnings = sum((r) => r.findings!.warning);
  const avg = (f: (r: Row) => number | undefined) => {
    const xs = ok.map(f).filter((x): x is number => x !== undefined);
    return xs.length ? `${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1)}%` : '—';
  };
  const summary = {
    documents: rows.length,
    files: files.length,
    paired: rows.filter((r) => r.parts).map((r) => r.parts),
    unreadable: rows.length - ok.length,
    errors,
    warnings,
    errorsPerDocument: +(errors / n).toFixed(2),
    warningsPerDocument: +(warnings / n).toFixed(2),
    tables: sum((r) => r.tables ?? 0),
    tablesRead: sum((r) => r.tablesRead ?? 0),
    tableCoverage: avg((r) => (r.amountCells ? (100 * r.coveredCells!) / r.amountCells : undefined)),
    claimCoverage: avg((r) => (r.narrativeFigures ? (100 * r.boundFigures!) / r.narrativeFigures : undefined)),
    pages: sum((r) => r.pages ?? 0),
    seconds: +seconds.toFixed(1),
    excludedFigures: tally(ok.map((r) => (r.excludedFigures ?? {}) as Record<string, number>)),
    errorRules: tally(ok.map((r) => r.errorRules ?? {})),
    warningRules: tally(ok.map((r) => Object.fromEntries(Object.entries(r.rules ?? {}).map(([k, v]) => [k, v - (r.errorRules?.[k] ?? 0)])))),
  };
  console.log(
    `语料：${summary.documents} 份（${files.length} 个文件，${summary.paired.length} 份由两个文件合并；无法读取 ${summary.unreadable}），错误 ${errors}（每份 ${summary.errorsPerDocument}），警告 ${warnings}（每份 ${summary.warningsPerDocument}），` +
      `表 ${summary.tablesRead}/${summary.tables} 读出，表覆盖 ${summary.tableCoverage}，说明覆盖 ${summary.claimCoverage}，${summary.pages} 页 ${summary.seconds} 秒`,
  );
  console.log(`错误按规则：${top(summary.errorRules)}`);
  console.log(`说明覆盖未计入的数字（docs/claims.md）：${top(summary.excludedFigures)}`);
  console.log(`警告按规则：${top(summary.warningRules)}`);
  if (opts.json) await writeFile(opts.json, JSON.stringify({ summary, documents: rows }, null, 1));
  if (opts.findings) await writeFile(opts.findings, [...findingLines.values()].flat().join('\n') + '\n');
}

await main();
