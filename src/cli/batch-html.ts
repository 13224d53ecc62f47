import { dirname, join, parse, relative } from 'node:path';
import { planOutput, refuseOverlap, writeOutput, type OutputTarget } from '../files/index.js';
import { batchHtmlIndex, reportFileName } from '../report/batch.js';
import { htmlReview } from '../report/html.js';
import type { BatchRow } from './batch-job.js';
import { terminalSafe } from './terminal.js';

/** Where a batch's HTML goes: the index page, and one review report per input file beside it. */
export interface HtmlBatch {
  index: OutputTarget;
  reports: OutputTarget[];
  written: boolean[];
}

/**
 * Plan every output of a batch in HTML before any work: the report of file i is "<index>-00i-<file>.html" in the
 * index's folder; none may be one of the inputs.
 */
export function planHtmlBatch(index: OutputTarget, files: readonly string[], inputs: readonly string[]): HtmlBatch {
  const folder = dirname(index.path);
  const stem = parse(index.path).name;
  const reports = files.map((f, i) => planOutput(join(folder, reportFileName(stem, i, f)), '审核意见'));
  refuseOverlap([index, ...reports], inputs);
  return { index, reports, written: files.map(() => false) };
}

/** Write the report of file `i` as soon as it is checked, and let go of it (a batch may hold thousands of files). */
export function writeBatchReport(plan: HtmlBatch, i: number, row: BatchRow): void {
  if (!row.review) return;
  writeOutput(plan.reports[i], terminalSafe(htmlReview(row.review)));
  plan.written[i] = true;
  delete row.review;
}

/** The index page, linking the reports written; row k's report is in slot `slots[k]` (pairing removes rows). */
export function writeBatchIndex(plan: HtmlBatch, rows: readonly BatchRow[], slots = rows.map((_, k) => k)): number {
  const folder = dirname(plan.index.path);
  const link = (i: number) => (plan.written[i] ? relative(folder, plan.reports[i].path) : undefined);
  writeOutput(plan.index, terminalSafe(batchHtmlIndex(rows, slots.map(link))));
  return plan.written.filter(Boolean).length;
}
