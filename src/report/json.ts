import type { BudgetDocument } from '../model/document.js';
import { formatIn } from '../money/index.js';
import type { Finding } from '../rules/engine/types.js';
import { REPORT_SCHEMA_VERSION, type CheckReport } from './json-schema.js';
import { summarize } from './summary.js';
import { toolVersion } from './version.js';

/** The documented, versioned JSON of a check (see docs/json-output.md and docs/check-output.schema.json). */
export function jsonReport(doc: BudgetDocument, findings: readonly Finding[]): CheckReport {
  const m = doc.meta;
  const s = summarize(findings);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'gongkai', version: toolVersion() },
    document: { file: m.source.file, title: m.title, department: m.department, year: m.year, kind: m.kind, scope: m.scope, profile: m.profile, unit: m.unit, draft: m.draft },
    tables: doc.tables.map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      number: t.number,
      unit: t.unit,
      emptyNote: t.emptyNote,
      columns: t.columns.map((c) => ({ key: c.key, label: c.label, path: c.path })),
      rows: t.rows.map((r) => ({
        side: r.side,
        code: r.code,
        name: r.name,
        level: r.level,
        role: r.role,
        values: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value ? formatIn(c.value, t.unit, Math.max(c.value.decimals, t.unit === '元' ? 0 : 2)) : null])),
        line: r.source.line,
        page: r.source.page,
      })),
    })),
    findings: findings.map((f) => ({ ...f, locations: f.locations.map((l) => ({ ...l })) })),
    summary: { errors: s.errors, warnings: s.warnings, infos: s.infos, tables: doc.tables.length, sections: doc.sections.length, forms: doc.forms.length, byCategory: s.byCategory, byRule: s.byRule },
  };
}
