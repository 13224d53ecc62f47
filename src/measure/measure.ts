import type { BudgetDocument, Table } from '../model/document.js';
import { tableKindOfTitle } from '../profiles/table-kinds.js';
import type { Claim } from '../model/claims.js';
import type { Money } from '../money/index.js';
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
  /** Money and percent figures printed in the narrative (thresholds of goals and scoring rules not counted). */
  narrativeFigures: number;
  boundFigures: number;
  findings: Record<Severity, number>;
  /** Error and warning findings by rule id. */
  rules: Record<string, number>;
  errorRules: Record<string, number>;
}

/** A narrative figure: an amount with its unit, or a percentage. */
export const FIGURE = /\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|元|%|％)/g;

/** Words that make a figure a threshold (a goal, a scoring rule, a size class), not a statement of a budget figure. */
const BOUND_BEFORE = /(?:[≥≤＞＜>=<＝]|不低于|不少于|不高于|不超过|不足|高于|低于|大于|小于|超过|达到|达|控制在|保持在?|单价)\s*$/;
const BOUND_AFTER = /^\s*(?:以上|以下|以内|及以上|及以下|左右|\(含\)|（含）)/;
const SCORING = /得满分|计满分|不得分|得\d+(?:\.\d+)?分|扣\d*分/;

/**
 * Is a printed figure not a narrative statement: a table row printed as text, or a threshold: "满意度≥90%", "验收率达到90%以上", "单价100万元以上的设备", or a scoring rule
 * ("高于95%得满分")? Such figures state goals, not budget figures, and no narrative claim is about them.
 */
export function notNarrativeFigure(text: string, start: number, end: number): boolean {
  const clause = (from: number, to: number) => text.slice(from, to);
  const before = clause(Math.max(0, start - 6), start);
  const after = clause(end, end + 5);
  if (BOUND_BEFORE.test(before) || BOUND_AFTER.test(after)) return true;
  const left = Math.max(text.lastIndexOf('，', start), text.lastIndexOf('；', start), text.lastIndexOf('。', start));
  const right = [...'，；。'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  const own = clause(left + 1, right.length ? Math.min(...right) : text.length);
  // A clause with no word besides its figure is a table cell printed as a paragraph ("100%").
  const words = (own.slice(0, start - left - 1) + own.slice(end - left - 1)).replace(/[^\u4e00-\u9fff]/g, '');
  return SCORING.test(own) || TABLE_ROW.test(own) || words === '';
}

/** A table row printed as text ("年度资金总额 352.74 352.74 352.66 10 99.98% 9.98"): three bare numbers apart. */
const TABLE_ROW = /(?:(?:^|\s)[-—]?\d[\d,]*(?:\.\d+)?%?(?=\s|$)[^。；，\d]*){3}/;

const isTableEntry = (title: string) => !!tableKindOfTitle(title) || /表$/.test(title.replace(/[（(][^）)]*[）)]$/, '').trim());

/** Money a claim states besides its own figure: the current, prior, whole or budget it was checked with. */
function carried(c: Claim): Money[] {
  const xs = [c.type === 'change' ? [c.current, c.prior] : [], c.type === 'completion' ? [c.value, c.baseValue] : [], c.type === 'share' ? [c.value, c.ofValue] : []];
  return xs.flat().filter((m): m is Money => !!m);
}

/**
 * The claims of a paragraph that took part in a check: those the rules checked, and the amounts of the same
 * sentence a checked claim carried ("全年预算数229.19万元，执行数229.19万元，完成预算的100%": both amounts).
 */
export function checkedClaims(claims: Claim[], coverage: Coverage): Claim[] {
  const checked = claims.filter((c) => coverage.claims.has(c));
  const used = claims.filter((a) => a.type === 'amount' && !coverage.claims.has(a) && checked.some((c) => c.text === a.text && carried(c).some((m) => m.fen === a.value.fen && m.unit === a.value.unit)));
  return [...checked, ...used].filter((c) => c.source.span);
}

export function measureDocument(doc: BudgetDocument, findings: Finding[], coverage: Coverage): ReadingMeasure {
  // The last page seen in each file: a disclosure read from several files has the pages of all of them.
  const last = new Map<string | undefined, number>();
  const see = (s: { file?: string; page?: number }) => last.set(s.file, Math.max(last.get(s.file) ?? 0, s.page ?? 0));
  doc.tables.forEach((t) => t.rows.forEach((r) => see(r.source)));
  doc.sections.forEach((s) => s.paragraphs.forEach((p) => see(p.source)));
  doc.unplaced.forEach((u) => see(u.source));
  const pages = [...last.values()].reduce((a, b) => a + b, 0);
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
      const spans = checkedClaims(p.claims, coverage).map((c) => c.source.span!);
      for (const m of p.text.matchAll(FIGURE)) {
        const [a, b] = [m.index, m.index + m[0].length];
        if (notNarrativeFigure(p.text, a, b)) continue;
        narrativeFigures++;
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
