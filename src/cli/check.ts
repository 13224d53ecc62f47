import { limitByContent, readInputSync } from '../files/index.js';
import { detectFormat, importBytes, importFile } from '../import/index.js';
import { GongkaiError } from '../model/errors.js';
import { builtinReference, type ReferenceSet } from '../reference/index.js';
import { readOfficialList, withOfficialList } from '../reference/import.js';
import type { ClassificationKind } from '../reference/classification.js';
import { checkDocument } from '../rules/engine/run.js';
import { htmlReport } from '../report/html.js';
import { jsonReport } from '../report/json.js';
import { textReport } from '../report/text.js';
import { annotatePdf } from '../report/annotate-pdf.js';
import { EXIT } from './exit.js';
import { terminalSafe } from './terminal.js';

export interface CheckCliOptions {
  format: 'text' | 'json' | 'html';
  prior?: string;
  profile?: string;
  disable?: string[];
  reference?: string[];
  referenceMode?: 'replace' | 'extend';
  color?: boolean;
  /** Also make a copy of the input PDF with the findings highlighted and annotated. */
  annotate?: boolean;
}

export interface CheckResult {
  code: number;
  /** The report, safe to print or save (control characters removed from text and HTML). */
  output: string;
  /** The annotated copy of the PDF, when asked for and possible. */
  annotated?: Uint8Array;
  annotateError?: string;
}

const REFERENCE_SPEC = /^(functional|economic-department|economic-government)=(.+)$/;

/** The files named by --reference ("functional=科目.xlsx" or a bare file), for the input list. */
export function referenceFiles(specs: readonly string[] = []): string[] {
  return specs.map((s) => REFERENCE_SPEC.exec(s)?.[2] ?? s);
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
  const report =
    opts.format === 'json' ? JSON.stringify(jsonReport(doc, findings), null, 2) : opts.format === 'html' ? htmlReport(doc, findings) : textReport(doc, findings, { color: opts.color });
  const output = opts.format === 'json' ? report : terminalSafe(report, opts.color);
  const code = findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.clean;
  if (!opts.annotate) return { code, output };
  try {
    return { code, output, annotated: await annotatePdf(bytes, findings) };
  } catch (e) {
    // The report stands; only the annotated copy is missing.
    if (e instanceof GongkaiError) return { code: EXIT.unreadable, output, annotateError: e.message };
    throw e;
  }
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
