import type { BudgetDocument, Table } from '../model/document.js';
import { tableKindOfTitle } from '../profiles/table-kinds.js';
import type { Coverage } from '../rules/engine/coverage.js';
import type { Finding, Severity } from '../rules/engine/types.js';

/** How well gongkai read and checked one document: the corpus runner's row. */
export interface ReadingMeasure {
  pages: number;
  /** Tables the document's own 目录 lists (undefined: no 目录 with table entries). */
  announced?: number;
  tables: number;
  /** Tables with at least one row, or an explicit “本表无数据” note. */
  tablesRead: number;
  rows: number;
  amountCells: number;
  coveredCells: number;
  /** Money and percent figures printed in the narrative. */
  narrativeFigures: number;
  boundFigures: number;
  findings: Record<Severity, number>;
  /** Error and warning findings by rule id. */
  rules: Record<string, number>;
  errorRules: Record<string, number>;
}

/** A narrative figure: an amount with its unit, or a percentage. */
export const FIGURE = /\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|元|%|％)/g;

const isTableEntry = (title: string) => !!tableKindOfTitle(title) || /表$/.test(title.replace(/[（(][^）)]*[）)]$/, '').trim());

export function measureDocument(doc: BudgetDocument, findings: Finding[], coverage: Coverage): ReadingMeasure {
  let pages = 0;
  const see = (p?: number) => (pages = Math.max(pages, p ?? 0));
  doc.tables.forEach((t) => t.rows.forEach((r) => see(r.source.page)));
  doc.sections.forEach((s) => s.paragraphs.forEach((p) => see(p.source.page)));
  doc.unplaced.forEach((u) => see(u.source.page));
  const tocTables = doc.toc.filter((e) => isTableEntry(e.title)).length;
  let amountCells = 0;
  let coveredCells = 0;
  for (const t of doc.tables)
    for (const r of t.rows)
      for (const c of Object.values(r.cells)) {
        if (!c.value) continue;
        amountCells++;
        if (coverage.cells.has(c)) coveredCells++;
      }
  let narrativeFigures = 0;
  let boundFigures = 0;
  for (const s of doc.sections)
    for (const p of s.paragraphs) {
      const spans = p.claims.filter((c) => coverage.claims.has(c) && c.source.span).map((c) => c.source.span!);
      for (const m of p.text.matchAll(FIGURE)) {
        narrativeFigures++;
        const [a, b] = [m.index, m.index + m[0].length];
        if (spans.some(([x, y]) => x < b && a < y)) boundFigures++;
      }
    }
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const rules: Record<string, number> = {};
  const errorRules: Record<string, number> = {};
  for (const f of findings) {
    count[f.severity]++;
    if (f.severity !== 'info') rules[f.ruleId] = (rules[f.ruleId] ?? 0) + 1;
    if (f.severity === 'error') errorRules[f.ruleId] = (errorRules[f.ruleId] ?? 0) + 1;
  }
  return {
    pages,
    announced: tocTables || undefined,
    tables: doc.tables.length,
    tablesRead: doc.tables.filter(isRead).length,
    rows: doc.tables.reduce((n, t) => n + t.rows.length, 0),
    amountCells,
    coveredCells,
    narrativeFigures,
    boundFigures,
    findings: count,
    rules,
    errorRules,
  };
}

const isRead = (t: Table) => t.rows.length > 0 || !!t.emptyNote;
