import { open, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { detectFormat, importFile } from '../import/index.js';
import { GongkaiError } from '../model/errors.js';
import { builtinReference, type ReferenceSet } from '../reference/index.js';
import { readOfficialList, withOfficialList } from '../reference/import.js';
import type { ClassificationKind } from '../reference/classification.js';
import { PROFILES } from '../profiles/profiles.js';
import { checkDocument } from '../rules/engine/run.js';
import { htmlReport } from '../report/html.js';
import { jsonReport } from '../report/json.js';
import { textReport } from '../report/text.js';
import { annotatePdf } from '../report/annotate-pdf.js';

export interface CheckCliOptions {
  format: 'text' | 'json' | 'html';
  out?: string;
  prior?: string;
  profile?: string;
  disable?: string[];
  reference?: string[];
  referenceMode?: 'replace' | 'extend';
  color?: boolean;
  /** Write a copy of the input PDF with the findings highlighted and annotated. */
  annotate?: string;
}

/** Exit codes: 0 no error-severity finding, 1 errors found, 2 input unreadable (or the annotated PDF not written). */
export async function runCheck(file: string, opts: CheckCliOptions): Promise<{ code: number; output: string; annotateError?: string }> {
  if (opts.annotate) await checkAnnotateTarget(file, opts.annotate);
  const ref = await referenceFrom(opts);
  const doc = await importFile(file, { ref });
  if (opts.profile) {
    if (!PROFILES[opts.profile]) throw new GongkaiError('unknown-profile', `未知的格式“${opts.profile}”；可选：${Object.keys(PROFILES).join('、')}`);
    doc.meta.profile = opts.profile;
    doc.meta.profileReason = '由 --profile 指定';
  }
  const prior = opts.prior ? await importFile(opts.prior, { ref }) : undefined;
  const findings = checkDocument(doc, { ref, prior, disable: opts.disable });
  const output =
    opts.format === 'json' ? JSON.stringify(jsonReport(doc, findings), null, 2) : opts.format === 'html' ? htmlReport(doc, findings) : textReport(doc, findings, { color: opts.color });
  if (opts.out) await writeFile(opts.out, output);
  const code = findings.some((f) => f.severity === 'error') ? 1 : 0;
  if (opts.annotate) {
    try {
      await writeFile(opts.annotate, await annotatePdf(await readFile(file), findings));
    } catch (e) {
      // The report stands; only the annotated copy is missing.
      if (e instanceof GongkaiError) return { code: 2, output, annotateError: e.message };
      throw e;
    }
  }
  return { code, output };
}

/** --annotate needs a PDF input and must not overwrite it. */
export async function checkAnnotateTarget(file: string, out: string): Promise<void> {
  let head = new Uint8Array(0);
  try {
    const fh = await open(file, 'r');
    try {
      head = new Uint8Array(8);
      const { bytesRead } = await fh.read(head, 0, 8, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch {
    return; // the importer reports a missing or unreadable file in its own words
  }
  if (detectFormat(head, file) !== 'pdf') throw new GongkaiError('annotate-not-pdf', `--annotate 只能用于 PDF 文件，“${file}”不是 PDF`);
  if (resolve(out) === resolve(file)) throw new GongkaiError('annotate-overwrite', `--annotate 的输出文件不能与原文件“${file}”相同，请另取一个文件名`);
}

async function referenceFrom(opts: CheckCliOptions): Promise<ReferenceSet> {
  let ref = builtinReference();
  for (const spec of opts.reference ?? []) {
    // "functional=科目.xlsx" or just a file (functional classification assumed)
    const m = /^(functional|economic-department|economic-government)=(.+)$/.exec(spec);
    const kind: ClassificationKind = (m?.[1] as ClassificationKind) ?? 'functional';
    const list = await readOfficialList(m?.[2] ?? spec, kind);
    ref = withOfficialList(ref, list, opts.referenceMode ?? 'extend');
  }
  return ref;
}
