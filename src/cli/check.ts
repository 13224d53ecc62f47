import { writeFile } from 'node:fs/promises';
import { importFile } from '../import/index.js';
import { GongkaiError } from '../model/errors.js';
import { builtinReference, type ReferenceSet } from '../reference/index.js';
import { readOfficialList, withOfficialList } from '../reference/import.js';
import type { ClassificationKind } from '../reference/classification.js';
import { PROFILES } from '../profiles/profiles.js';
import { checkDocument } from '../rules/engine/run.js';
import { htmlReport } from '../report/html.js';
import { jsonReport } from '../report/json.js';
import { textReport } from '../report/text.js';

export interface CheckCliOptions {
  format: 'text' | 'json' | 'html';
  out?: string;
  prior?: string;
  profile?: string;
  disable?: string[];
  reference?: string[];
  referenceMode?: 'replace' | 'extend';
  color?: boolean;
}

/** Exit codes: 0 no error-severity finding, 1 errors found, 2 input unreadable. */
export async function runCheck(file: string, opts: CheckCliOptions): Promise<{ code: number; output: string }> {
  const ref = await referenceFrom(opts);
  const doc = await importFile(file, { ref });
  if (opts.profile) {
    if (!PROFILES[opts.profile]) throw new GongkaiError('unknown-profile', `未知的格式“${opts.profile}”；可选：${Object.keys(PROFILES).join('、')}`);
    doc.meta.profile = opts.profile;
  }
  const prior = opts.prior ? await importFile(opts.prior, { ref }) : undefined;
  const findings = checkDocument(doc, { ref, prior, disable: opts.disable });
  const output =
    opts.format === 'json' ? JSON.stringify(jsonReport(doc, findings), null, 2) : opts.format === 'html' ? htmlReport(doc, findings) : textReport(doc, findings, { color: opts.color });
  if (opts.out) await writeFile(opts.out, output);
  return { code: findings.some((f) => f.severity === 'error') ? 1 : 0, output };
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
