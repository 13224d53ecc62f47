import { limitByContent, readInputSync } from '../files/index.js';
import { detectFormat, importBytes, importFile } from '../import/index.js';
import { disclosureIdentity, type PartContent } from '../import/pairing.js';
import { joinParts } from '../import/parts.js';
import type { CapturedPdf } from '../import/pdf/load.js';
import type { BudgetDocument } from '../model/document.js';
import { GongkaiError } from '../model/errors.js';
import type { Finding } from '../rules/engine/types.js';
import type { ReviewReport } from '../report/review.js';
import { checkDocument } from '../rules/engine/run.js';
import { describeError } from './exit.js';

/** One row of a batch summary. */
export interface BatchRow {
  file: string;
  status: 'ok' | 'unreadable';
  message?: string;
  department?: string;
  year?: number;
  kind?: string;
  profile?: string;
  tables?: number;
  forms?: number;
  errors?: number;
  warnings?: number;
  infos?: number;
  /** Rule ids with the number of findings each. */
  rules?: Record<string, number>;
  /** Every finding of the file, as the single-file JSON report lists them. */
  findings?: Finding[];
  /** The review report (审核意见) of the file, when the batch writes one per file. */
  review?: ReviewReport;
  /** What the file holds (说明 only, 报表 only, both), read from the document: decides automatic pairing. */
  content?: PartContent;
  /** The files of a disclosure published as several files, checked as one (narrative first); `file` names them all. */
  parts?: string[];
  /** Why the parts were checked together. */
  pairedBecause?: string;
  /**
   * The document as read, kept only for a part (说明 only, 报表 only) until the batch is paired: a pair is then
   * checked from its parts' documents instead of reading both files again. pairBatch removes it from every row.
   */
  partDocument?: BudgetDocument;
  ms: number;
}

/** A job for a worker: a file, and whether to also build every report (the fuzzer exercises them all). */
export interface BatchJob {
  file: string;
  /** The parts of one disclosure, read and checked as one document in this order (`file` is their joined name). */
  parts?: string[];
  pairedBecause?: string;
  /** The parts' documents as read by the batch (see BatchRow.partDocument); read from `parts` when absent. */
  partDocuments?: BudgetDocument[];
  /** The PDF as the batch's reading worker captured it (see batch-capture.ts): laid out without PDFium. */
  captured?: CapturedPdf;
  reports?: boolean;
  /** Also build the file's review report (with page crops for a PDF). */
  review?: boolean;
}

const isPart = (content: PartContent) => content === 'narrative' || content === 'tables';

/** Import and check one file; never throws (an unreadable file becomes a row saying why). */
export async function checkOne(file: string, opts: Omit<BatchJob, 'file'> = {}): Promise<BatchRow> {
  const t0 = performance.now();
  try {
    // A joined disclosure has no one PDF to crop or annotate: its reports go without page pictures.
    const { bytes } = opts.parts ? { bytes: new Uint8Array() } : readInputSync(file, { what: '文件', limit: limitByContent });
    const doc = opts.parts ? joinParts(opts.partDocuments ?? (await Promise.all(opts.parts.map((p) => importFile(p))))) : await importBytes(bytes, file, { captured: opts.captured });
    // A part is kept as read for its pair: checking binds the narrative's claims in place.
    const partDocument = isPart(disclosureIdentity(doc).content) ? structuredClone(doc) : undefined;
    const findings = checkDocument(doc);
    if (opts.reports) await allReports(bytes, file, doc, findings);
    const rules: Record<string, number> = {};
    for (const f of findings) rules[f.ruleId] = (rules[f.ruleId] ?? 0) + 1;
    const identity = disclosureIdentity(doc);
    return {
      file,
      status: 'ok',
      department: identity.department,
      year: identity.year,
      kind: `${doc.meta.scope}${doc.meta.kind}`,
      content: identity.content,
      ...(partDocument && isPart(identity.content) ? { partDocument } : {}),
      parts: opts.parts,
      pairedBecause: opts.pairedBecause,
      profile: doc.meta.profile,
      tables: doc.tables.length,
      forms: doc.forms.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      rules,
      findings,
      review: opts.review ? await review(bytes, file, doc, findings) : undefined,
      ms: performance.now() - t0,
    };
  } catch (e) {
    return { file, status: 'unreadable', message: describeError(e, file).message, ms: performance.now() - t0 };
  }
}

async function review(bytes: Uint8Array, file: string, doc: BudgetDocument, findings: Finding[]): Promise<ReviewReport> {
  const { findingCrops, reviewReport } = await import('../report/review.js');
  const crops = bytes.length && detectFormat(bytes, file) === 'pdf' ? await findingCrops(bytes, findings) : undefined;
  return reviewReport(doc, findings, { crops });
}

/** Build every report of a checked file and throw them away; an annotation the PDF cannot take is no crash. */
async function allReports(bytes: Uint8Array, file: string, doc: BudgetDocument, findings: Finding[]): Promise<void> {
  const [{ textReport }, { jsonReport }, { htmlReport }] = await Promise.all([import('../report/text.js'), import('../report/json.js'), import('../report/html.js')]);
  textReport(doc, findings);
  JSON.stringify(jsonReport(doc, findings));
  htmlReport(doc, findings);
  if (!bytes.length || detectFormat(bytes, file) !== 'pdf') return;
  const { annotatePdf } = await import('../report/annotate-pdf.js');
  try {
    await annotatePdf(bytes, findings);
  } catch (e) {
    if (!(e instanceof GongkaiError)) throw e;
  }
}
