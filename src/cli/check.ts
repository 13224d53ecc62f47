import { limitByContent, readInputSync } from '../files/index.js';
import { detectFormat, importBytes, importFile } from '../import/index.js';
import { joinParts } from '../import/parts.js';
import { GongkaiError } from '../model/errors.js';
import { builtinReference, type ReferenceSet } from '../reference/index.js';
import { readOfficialList, withOfficialList } from '../reference/import.js';
import type { ClassificationKind } from '../reference/classification.js';
import { checkDocument } from '../rules/engine/run.js';
import type { Finding } from '../rules/engine/types.js';
import { htmlReview } from '../report/html.js';
import { jsonReport } from '../report/json.js';
import { findingCrops, reviewReport, type ReviewReport } from '../report/review.js';
import { textReport } from '../report/text.js';
import { REFERENCE_SPEC, type CheckCliOptions } from './check-options.js';
import { EXIT } from './exit.js';
import { terminalSafe } from './terminal.js';

export interface CheckResult {
  code: number;
  /** The report, safe to print or save (control characters removed from text and HTML); bytes for PDF and DOCX. */
  output: string | Uint8Array;
  /** The annotated copy of the PDF, when asked for and possible. */
  annotated?: Uint8Array;
  annotateError?: string;
}

/** Check one file. Exit code: 0 no error-severity finding, 1 errors found, 2 the annotated copy failed. */
export async function runCheck(file: string, opts: CheckCliOptions): Promise<CheckResult> {
  const ref = await referenceFrom(opts);
  const { bytes } = readInputSync(file, { what: '文件', limit: limitByContent });
  if (opts.annotate && detectFormat(bytes, file) !== 'pdf') throw new GongkaiError('annotate-not-pdf', `--annotate 只能用于 PDF 文件，“${file}”不是 PDF`);
  const doc = await importBytes(bytes, file, { ref });
  if (opts.profile) {
    doc.meta.profile = opts.profile;
    doc.meta.profileReason = '由 --profile 指定';
  }
  const prior = opts.prior ? await importFile(opts.prior, { ref, what: '上年文件' }) : undefined;
  const findings = checkDocument(doc, { ref, prior, disable: opts.disable });
  const output = await formatReport(opts, doc, findings, bytes, file);
  const code = findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.clean;
  if (!opts.annotate) return { code, output };
  try {
    // pdf-lib is loaded only when a copy is annotated: loading it costs every other run half a second.
    const { annotatePdf } = await import('../report/annotate-pdf.js');
    return { code, output, annotated: await annotatePdf(bytes, findings) };
  } catch (e) {
    // The report stands; only the annotated copy is missing.
    if (e instanceof GongkaiError) return { code: EXIT.unreadable, output, annotateError: e.message };
    throw e;
  }
}

/** The report in the asked format; the review report (HTML, PDF, DOCX) of a PDF shows a crop of each place. */
/** Check the parts of one disclosure published as several files (`--parts`), read as one document in order. */
export async function runCheckParts(files: string[], opts: CheckCliOptions): Promise<CheckResult> {
  const ref = await referenceFrom(opts);
  const parts = [];
  for (const f of files) parts.push(await importFile(f, { ref }));
  const doc = joinParts(parts);
  if (opts.profile) {
    doc.meta.profile = opts.profile;
    doc.meta.profileReason = '由 --profile 指定';
  }
  const prior = opts.prior ? await importFile(opts.prior, { ref, what: '上年文件' }) : undefined;
  const findings = checkDocument(doc, { ref, prior, disable: opts.disable });
  // Page crops need one PDF: reports of several parts go without them.
  const output = await formatReport(opts, doc, findings, new Uint8Array(), files.join('+'));
  return { code: findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.clean, output };
}

async function formatReport(opts: CheckCliOptions, doc: Awaited<ReturnType<typeof importBytes>>, findings: Finding[], bytes: Uint8Array, file: string): Promise<string | Uint8Array> {
  if (opts.format === 'json') return JSON.stringify(jsonReport(doc, findings), null, 2);
  if (opts.format === 'text') return terminalSafe(textReport(doc, findings, { color: opts.color }), opts.color);
  const crops = detectFormat(bytes, file) === 'pdf' ? await findingCrops(bytes, findings) : undefined;
  const review: ReviewReport = reviewReport(doc, findings, { crops });
  if (opts.format === 'html') return terminalSafe(htmlReview(review));
  if (opts.format === 'pdf') return (await import('../report/review-pdf.js')).pdfReview(review);
  return (await import('../report/review-docx.js')).docxReview(review);
}

async function referenceFrom(opts: CheckCliOptions): Promise<ReferenceSet> {
  let ref = builtinReference();
  for (const spec of opts.reference ?? []) {
    const m = REFERENCE_SPEC.exec(spec);
    const kind: ClassificationKind = (m?.[1] as ClassificationKind) ?? 'functional';
    const list = await readOfficialList(m?.[2] ?? spec, kind);
    ref = withOfficialList(ref, list, opts.referenceMode ?? 'extend');
  }
  return ref;
}
