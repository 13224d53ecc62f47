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
  /** Figures left out of `narrativeFigures`, by reason (see `figureExclusion`). */
  excludedFigures: Partial<Record<FigureExclusion, number>>;
  findings: Record<Severity, number>;
  /** Error and warning findings by rule id. */
  rules: Record<string, number>;
  errorRules: Record<string, number>;
}

/** A narrative figure: an amount with its unit, or a percentage. */
export const FIGURE = /\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|元|%|％)/g;

/** Words that make a figure a threshold (a goal, a scoring rule, a size class), not a statement of a budget figure. */
const BOUND_BEFORE = /(?:[≥≤≧≦＞＜>=<＝±]|\d(?:\.\d+)?%?\s*[-~～—至到]|不低于|不少于|不高于|不超过|不足|高于|低于|大于|小于|超过|达到|达|控制在|保持在?|单价)\s*$/;
const BOUND_AFTER = /^\s*(?:以上|以下|以内|及以上|及以下|左右|\(含\)|（含）)/;
const SCORING = /得满分|计满分|不得分|得\d+(?:\.\d+)?分|扣\d*分|每(?:低|高|少|多|降低|提高)\d|计算公式/;

/**
 * A percentage that measures something other than money: a performance indicator ("综合满意度为98%",
 * "验收合格率达100.0%", "得分率89.50%"). A rate word ending the clause before the figure names what it measures;
 * rates of money (增长率, 执行率, 完成率, 拨付率 …) are statements the tables can check and stay counted.
 */
const INDICATOR = /(?:满意度|[\u4e00-\u9fff]率)(?:为|达到?|是|约|：|:)?\s*$/;
const MONEY_RATE = /(?:增长|下降|增减|变动|减少|增加|执行|完成|支出|拨付|支付|使用|结转|结余|预算|资金|投资|占比|比)率(?:为|达到?|是|约|：|:)?\s*$/;

/**
 * Why a printed figure is not a narrative statement the document's tables can check (undefined: it is one):
 * - `threshold`: a goal or size class ("满意度≥90%", "验收率达到90%以上", "单价100万元以上的设备");
 * - `scoring`: a scoring rule ("高于95%得满分", "每低1%，减0.1分", "计算公式为…");
 * - `table-text`: a table row printed as text (three bare numbers, or cells set apart by spaces);
 * - `cell`: a clause that is only the figure (a table cell read as a paragraph: "100%");
 * - `indicator`: a percentage of something other than money (a performance indicator: 满意度, 合格率, 得分率).
 * The corpus runner leaves these out of the narrative figures it measures claim coverage on (docs/claims.md).
 */
export function figureExclusion(text: string, start: number, end: number): FigureExclusion | undefined {
  const clause = (from: number, to: number) => text.slice(from, to);
  const before = clause(Math.max(0, start - 6), start);
  const after = clause(end, end + 5);
  if (BOUND_BEFORE.test(before) || BOUND_AFTER.test(after)) return 'threshold';
  const left = Math.max(text.lastIndexOf('，', start), text.lastIndexOf('；', start), text.lastIndexOf('。', start));
  const right = [...'，；。'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  const own = clause(left + 1, right.length ? Math.min(...right) : text.length);
  if (SCORING.test(own)) return 'scoring';
  if (TABLE_ROW.test(own) || (own.match(CELL_GAP) ?? []).length >= 3 || formRow(own)) return 'table-text';
  // A clause with no word besides its figure is a table cell printed as a paragraph ("100%").
  const words = (own.slice(0, start - left - 1) + own.slice(end - left - 1)).replace(/[^\u4e00-\u9fff]/g, '');
  if (words === '') return 'cell';
  const lead = clause(Math.max(0, start - 12), start);
  if (/[%％]$/.test(text.slice(start, end)) && INDICATOR.test(lead) && !MONEY_RATE.test(lead)) return 'indicator';
  if (/[%％]$/.test(text.slice(start, end)) && quantityChange(text, start)) return 'indicator';
  if (/[%％]$/.test(text.slice(start, end)) && WORKS_PROGRESS.test(lead) && !MONEY_PROGRESS.test(lead)) return 'indicator';
  return undefined;
}

export type FigureExclusion = 'threshold' | 'scoring' | 'table-text' | 'cell' | 'indicator' | 'needs-prior';

/** Is a printed figure not a narrative statement the tables can check (see `figureExclusion`)? */
export const notNarrativeFigure = (text: string, start: number, end: number): boolean => figureExclusion(text, start, end) !== undefined;

/**
 * Progress of works: "工程建设进度约30%", "完成……新建堤防主体工程的80%". Words of money or shares before it (支出进度,
 * 执行进度, "占政府采购工程支出合同的23.65%") keep it counted.
 */
const WORKS_PROGRESS = /(?:工程|建设|施工)[^，。；\d]{0,6}?(?:进度|的)(?:约|为|达到?)?\s*$/;
const MONEY_PROGRESS = /占|支出|执行|预算|资金|拨付|支付|合同|金额/;

/** Units of things counted or measured, not money: 吨, 人次, U (of blood), 个治疗量, 平方米 … */
const QUANTITY = /\d(?:\.\d+)?\s*(?:吨|千克|公斤|kg|U|个|人次|人|例|台|辆|件|项|次|户|家|所|张|份|床|平方米|㎡|亩|公里|千米|km|立方米|册|篇|场|批)/gi;
const ANY_FIGURE = /\d(?:\.\d+)?\s*(?:亿元|万元|元|%|％)/g;

/**
 * "采血总量84.71吨，比去年同期增加0.91%": a rate of change right after a direction word whose figure, the last one
 * before it in its sentence part, is a quantity of things (吨, 人次, 个), not money: an indicator of work done.
 */
function quantityChange(text: string, start: number): boolean {
  if (!/(?:增加|增长|下降|减少|上升|提高|降低)了?\s*$/.test(text.slice(Math.max(0, start - 6), start))) return false;
  const from = Math.max(text.lastIndexOf('。', start), text.lastIndexOf('；', start), text.lastIndexOf(';', start)) + 1;
  const part = text.slice(from, start);
  const last = (re: RegExp) => [...part.matchAll(re)].pop()?.index ?? -1;
  const quantity = last(QUANTITY);
  return quantity >= 0 && quantity > last(ANY_FIGURE);
}

/** A table row printed as text ("年度资金总额 352.74 352.74 352.66 10 99.98% 9.98"): three bare numbers apart. */
const TABLE_ROW = /(?:(?:^|\s)[-—]?\d[\d,]*(?:\.\d+)?%?(?=\s|$)[^。；，\d]*){3}/;
/** Cells of a table row set apart by spaces ("社会效益指标 年采供血量增幅 上涨5%-10%"): prose never separates words so. */
const CELL_GAP = /[\u4e00-\u9fff）)%]\s+(?=[\u4e00-\u9fff（(])/g;

/**
 * A cell of a form row printed as text: a number with or without its unit ("458万元", "95%", "60元/人次", "12.5", two scores run together "12.512.5"),
 * or a dash for an empty cell, standing between spaces (or at an end of the clause).
 */
const FORM_CELL = /(?<=^|\s)(?:[≥≤≧≦<>]?[-—]?\d[\d,.]*(?:亿元|万元|元|万|%|％)?(?:\/[\u4e00-\u9fff]{1,2})?|[—–-]{1,2})(?=\s|$)/g;

/**
 * Is the clause a form row: three cells or more, two of them side by side with only spaces between
 * ("458万元 364.97万元 12.5 12.5", "— 100% —", "≤1033万元 累计支付1033万元 10 10")? Prose never sets two figures
 * side by side without a word between them.
 */
function formRow(clause: string): boolean {
  let cells = 0;
  let adjacent = false;
  let end = -1;
  for (const m of clause.matchAll(FORM_CELL)) {
    cells++;
    if (end >= 0 && /^\s+$/.test(clause.slice(end, m.index))) adjacent = true;
    end = m.index + m[0].length;
  }
  return cells >= 3 && adjacent;
}

const isTableEntry = (title: string) => !!tableKindOfTitle(title) || /表$/.test(title.replace(/[（(][^）)]*[）)]$/, '').trim());

/** Money a claim states besides its own figure: the current, prior, whole or budget it was checked with. */
function carried(c: Claim): Money[] {
  const xs = [c.type === 'change' ? [c.current, c.prior] : [], c.type === 'completion' ? [c.value, c.baseValue] : [], c.type === 'share' ? [c.value, c.ofValue] : [], c.type === 'count' ? [c.amount] : []];
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

export interface FigureState {
  start: number;
  end: number;
  raw: string;
  /** A checked claim covers it. */
  bound: boolean;
  excluded?: FigureExclusion;
}

/**
 * The 万元/元/% figures of a paragraph: bound (a checked claim covers it), excluded (with the reason), or
 * neither (uncovered). A figure only a change claim the document cannot check covers (`needs-prior`) is excluded.
 */
export function narrativeFigureStates(text: string, claims: Claim[], coverage: Coverage): FigureState[] {
  const spans = checkedClaims(claims, coverage).map((c) => c.source.span!);
  const overlaps = (c: Claim, a: number, b: number) => !!c.source.span && c.source.span[0] < b && a < c.source.span[1];
  return [...text.matchAll(FIGURE)].map((m) => {
    const [start, end] = [m.index, m.index + m[0].length];
    const bound = spans.some(([x, y]) => x < end && start < y);
    let excluded = figureExclusion(text, start, end);
    if (!excluded && !bound) {
      const over = claims.filter((c) => overlaps(c, start, end));
      if (over.length && over.every((c) => coverage.priorOnly.has(c))) excluded = 'needs-prior';
    }
    return { start, end, raw: m[0], bound, ...(excluded ? { excluded } : {}) };
  });
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
  const excludedFigures: Partial<Record<FigureExclusion, number>> = {};
  for (const s of doc.sections)
    for (const p of s.paragraphs)
      for (const f of narrativeFigureStates(p.text, p.claims, coverage)) {
        if (f.excluded) excludedFigures[f.excluded] = (excludedFigures[f.excluded] ?? 0) + 1;
        else narrativeFigures++;
        if (!f.excluded && f.bound) boundFigures++;
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
    excludedFigures,
    findings: count,
    rules,
    errorRules,
  };
}

const isRead = (t: Table) => t.rows.length > 0 || !!t.emptyNote;
