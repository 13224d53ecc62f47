import { planOutput, refuseOverlap, writeOutput, type OutputTarget } from '../files/index.js';
import { GongkaiError } from '../model/errors.js';
import type { BatchRow } from './batch-job.js';
import { refuse, refuseUnknownRules } from './args.js';
import { expandInputs, jobsFor, runBatch, WorkerPool } from './batch.js';
import { mayPair, pairBatch } from './batch-pairs.js';
import { BINARY_FORMATS, referenceFiles, type CheckCliOptions } from './check-options.js';
import { EXIT } from './exit.js';
import type { Io } from './io.js';
import { terminalSafe } from './terminal.js';

export interface CheckCommandOptions extends Omit<CheckCliOptions, 'annotate' | 'color'> {
  out?: string;
  annotate?: string;
  xlsx?: string;
  jobs?: number;
  timeout?: number;
  parts?: boolean;
}

const BATCH_FORMATS = ['text', 'json', 'html'];
const BATCH_REFUSED: readonly string[] = BINARY_FORMATS;

interface Targets {
  out?: OutputTarget;
  xlsx?: OutputTarget;
  annotate?: OutputTarget;
}

/** `gongkai check`: one file gets a full report; several files or a folder get a batch summary. */
export async function checkCommand(inputs: string[], opts: CheckCommandOptions, io: Io): Promise<number> {
  await refuseUnknownRules(opts.disable);
  const entries = expandInputs(inputs);
  if (opts.parts) return checkParts(inputs, entries, opts, io);
  const single = inputs.length === 1 && entries.length === 1 && entries[0].path === inputs[0] && !entries[0].problem;
  refuse(opts.annotate && !single, '--annotate 只能用于检查单个 PDF 文件，不能用于多个文件或目录的批量检查');
  refuse(opts.xlsx && single, '--xlsx 汇总表只用于批量检查（多个文件或一个目录）；检查单个文件请用 --format 和 -o');
  refuse(!single && BATCH_REFUSED.includes(opts.format), `批量检查的报告格式只能是 ${BATCH_FORMATS.join('、')}；PDF、DOCX 审核意见请逐个文件检查`);
  refuse(!single && opts.format === 'html' && !opts.out, '批量检查的 HTML 报告由一个索引页和每个文件一份审核意见组成，请用 -o 指定索引页文件（如 -o 审核/index.html）');
  refuse(single && BINARY_FORMATS.includes(opts.format) && !opts.out, `${opts.format.toUpperCase()} 格式的审核意见是文件，请用 -o 指定输出文件`);
  if (!entries.length) throw new GongkaiError('no-input', `在 ${inputs.join('、')} 中没有找到可检查的文件（.txt、.pdf、.xlsx、.docx、.html）`);
  // Every output is resolved and compared with every input before any work starts.
  const targets: Targets = {
    out: opts.out ? planOutput(opts.out, '报告') : undefined,
    xlsx: opts.xlsx ? planOutput(opts.xlsx, 'Excel 汇总表') : undefined,
    annotate: opts.annotate ? planOutput(opts.annotate, '标注 PDF') : undefined,
  };
  const readFrom = [...entries.filter((e) => !e.problem).map((e) => e.path), ...(opts.prior ? [opts.prior] : []), ...referenceFiles(opts.reference)];
  refuseOverlap(Object.values(targets).filter((t): t is OutputTarget => !!t), readFrom);
  return single ? checkSingle(inputs[0], opts, targets, io) : checkMany(entries, opts, targets, io);
}

/** `--parts`: the files given are the parts of one disclosure; one report for the whole. */
async function checkParts(inputs: string[], entries: ReturnType<typeof expandInputs>, opts: CheckCommandOptions, io: Io): Promise<number> {
  refuse(entries.length < 2 || entries.length !== inputs.length, '--parts 需要直接给出同一份公开文件的两个或多个文件（如 说明.pdf 报表.pdf），不能给目录');
  refuse(!!opts.annotate || !!opts.xlsx, '--parts 不能与 --annotate 或 --xlsx 一起使用');
  const bad = entries.find((e) => e.problem);
  if (bad) throw new GongkaiError('unreadable', `“${bad.path}”无法读取：${bad.problem}`);
  refuse(BINARY_FORMATS.includes(opts.format) && !opts.out, `${opts.format.toUpperCase()} 格式的审核意见是文件，请用 -o 指定输出文件`);
  const out = opts.out ? planOutput(opts.out, '报告') : undefined;
  refuseOverlap(out ? [out] : [], [...entries.map((e) => e.path), ...(opts.prior ? [opts.prior] : []), ...referenceFiles(opts.reference)]);
  const { runCheckParts } = await import('./check.js');
  const r = await runCheckParts(entries.map((e) => e.path), { ...opts, annotate: false, color: io.isTTY && !process.env.NO_COLOR && !out });
  if (out) writeOutput(out, r.output);
  else io.out(r.output + '\n');
  return r.code;
}

async function checkSingle(file: string, opts: CheckCommandOptions, targets: Targets, io: Io): Promise<number> {
  const color = io.isTTY && !process.env.NO_COLOR && !targets.out;
  const { runCheck } = await import('./check.js');
  const r = await runCheck(file, { ...opts, annotate: !!targets.annotate, color });
  if (targets.out) writeOutput(targets.out, r.output);
  else io.out(r.output + '\n');
  if (targets.annotate && r.annotated) {
    writeOutput(targets.annotate, r.annotated);
    io.err(`已生成标注 PDF ${targets.annotate.path}\n`);
  } else if (r.annotateError) io.err(`未能生成标注 PDF：${r.annotateError}\n`);
  return r.code;
}

async function checkMany(entries: ReturnType<typeof expandInputs>, opts: CheckCommandOptions, targets: Targets, io: Io): Promise<number> {
  const { capped } = jobsFor(opts.jobs, entries.length);
  if (capped) io.err(`注意：${capped}\n`);
  // The checking code is loaded by the workers, the summaries' code here while they check: the batch starts sooner.
  const summaries = import('../report/batch.js');
  const html = opts.format === 'html' ? await htmlReports(targets.out!, entries) : undefined;
  // The report of a part (说明 only or 报表 only) waits: the part may be checked with its partner instead.
  const onRow = html ? (i: number, row: BatchRow) => !mayPair(row) && html.write(i, row) : undefined;
  const pool = new WorkerPool();
  const batchOpts = { jobs: opts.jobs, timeoutSeconds: opts.timeout, review: !!html, pool };
  const { rows, slots } = await pairBatch(await runBatch(entries, { ...batchOpts, progress: io.isTTY, onRow }), batchOpts).finally(() => pool.close());
  if (html) {
    rows.forEach((row, k) => {
      if (row.parts || mayPair(row)) html.write(slots[k], row);
    });
    io.err(`已生成索引页 ${html.index} 和 ${html.writeIndex(rows, slots)} 份审核意见\n`);
  }
  else {
    const { batchJson, batchText } = await summaries;
    const output = opts.format === 'json' ? batchJson(rows) : terminalSafe(batchText(rows));
    if (targets.out) writeOutput(targets.out, output);
    else io.out(output + '\n');
  }
  if (targets.xlsx) writeOutput(targets.xlsx, await (await summaries).batchXlsx(rows));
  return rows.some((r) => r.status === 'unreadable') ? EXIT.unreadable : rows.some((r) => (r.errors ?? 0) > 0) ? EXIT.findings : EXIT.clean;
}

/** A batch's HTML reports: an index page at `out`, and one review report per file beside it. */
async function htmlReports(out: OutputTarget, entries: ReturnType<typeof expandInputs>) {
  const { planHtmlBatch, writeBatchIndex, writeBatchReport } = await import('./batch-html.js');
  const plan = planHtmlBatch(out, entries.map((e) => e.path), entries.filter((e) => !e.problem).map((e) => e.path));
  return {
    index: plan.index.path,
    write: (i: number, row: BatchRow) => writeBatchReport(plan, i, row),
    writeIndex: (rows: BatchRow[], slots: number[]) => writeBatchIndex(plan, rows, slots),
  };
}
