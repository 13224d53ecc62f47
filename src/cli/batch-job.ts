import { importFile } from '../import/index.js';
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
  ms: number;
}

/** Import and check one file; never throws (an unreadable file becomes a row saying why). */
export async function checkOne(file: string): Promise<BatchRow> {
  const t0 = performance.now();
  try {
    const doc = await importFile(file);
    const findings = checkDocument(doc);
    const rules: Record<string, number> = {};
    for (const f of findings) rules[f.ruleId] = (rules[f.ruleId] ?? 0) + 1;
    return {
      file,
      status: 'ok',
      department: doc.meta.department,
      year: doc.meta.year,
      kind: `${doc.meta.scope}${doc.meta.kind}`,
      profile: doc.meta.profile,
      tables: doc.tables.length,
      forms: doc.forms.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      rules,
      ms: performance.now() - t0,
    };
  } catch (e) {
    return { file, status: 'unreadable', message: describeError(e, file).message, ms: performance.now() - t0 };
  }
}
