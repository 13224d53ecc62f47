// Figures stated in the free text of a performance form (项目概况, 项目实施计划 …): cost amounts and totals,
// quantities (452人, 60户, 两人) and unit standards (每人每月320元, 632元/月, 1000元/户, 发放标准3920元).
import type { PerformanceForm } from '../../model/performance.js';
import { parseAmount, toHalfWidth, type Money } from '../../money/index.js';
import { formLoc } from '../engine/locate.js';
import type { Location } from '../engine/types.js';

export interface TextField {
  field: string;
  /** Half-width text (same length as printed). */
  text: string;
}

const META_FIELDS = /^(年度|项目名称|主管部门及代码|实施单位|项目属性|项目期|负责人|经办人|联系电话|填报日期|部门名称)$/;

/** The narrative fields of a form, in print order, then the two 总体目标 columns. */
export function textFields(f: PerformanceForm): TextField[] {
  const out: TextField[] = [];
  for (const [field, text] of Object.entries(f.fields)) if (!META_FIELDS.test(field) && text.trim()) out.push({ field, text: toHalfWidth(text) });
  if (f.goals.period) out.push({ field: '总体目标（实施期）', text: toHalfWidth(f.goals.period) });
  if (f.goals.annual) out.push({ field: '总体目标（年度）', text: toHalfWidth(f.goals.annual) });
  return out;
}

export function fieldLoc(f: PerformanceForm, field: string, excerpt?: string): Location {
  const key = field.startsWith('总体目标') ? '总体目标' : field;
  return { ...formLoc(f, key, excerpt), label: formLoc(f, field).label, field };
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;

/** Start of the clause (after , ; 。 : or a space) that contains position `i`. */
/** Where the clause holding position i starts; a clause is read back at most 300 characters (hostile text has no end). */
function clauseStart(text: string, i: number): number {
  let k = i;
  const stop = Math.max(0, i - 300);
  while (k > stop && !/[,;。；:：!?！？\s]/.test(text[k - 1])) k--;
  return k;
}

function inPerClause(text: string, i: number): boolean {
  return /每/.test(text.slice(clauseStart(text, i), i));
}

function moneyOf(num: string, unit: string): Money | undefined {
  const p = parseAmount(num + unit);
  return p.kind === 'amount' ? p.money : undefined;
}

export interface TextAmount {
  value: Money;
  index: number;
  end: number;
  /** The clause up to and including the amount, e.g. "全年共需资金1735680元". */
  text: string;
  /** 总计 / 合计 / 共计 / 总额: a stated total rather than an item. */
  total: boolean;
  /** "约" / "左右": an approximate figure. */
  approx: boolean;
  /** Followed by "其中": the items after it break this amount down. */
  header: boolean;
}

const COST_LABEL = /(费用?|资金|经费|总计|合计|共计|总额|金额|预算|支出|投入)(约为|约|为|是|共|计|达|:)?$/;
const TOTAL_LABEL = /(总计|合计|共计|总额|总金额|总预算|全年总)/;

/** Amounts introduced by a cost word ("费用14320元", "全年总计175万元"), excluding rates and standards. */
export function costAmounts(text: string): TextAmount[] {
  const out: TextAmount[] = [];
  const re = new RegExp(`${NUM}\\s*(万元|元)(?!\\s*[/／])`, 'g');
  for (const m of text.matchAll(re)) {
    const i = m.index!;
    const before = text.slice(clauseStart(text, i), i);
    if (!COST_LABEL.test(before) || inPerClause(text, i) || /标准[^,;。]*$/.test(before)) continue;
    const value = moneyOf(m[0].replace(/\s+/g, '').replace(/(万元|元)$/, ''), m[3]);
    if (!value) continue;
    const end = i + m[0].length;
    out.push({
      value,
      index: i,
      end,
      text: before + m[0],
      total: TOTAL_LABEL.test(before.slice(-8)),
      approx: /约/.test(before.slice(-4)) || /^左右/.test(text.slice(end)),
      header: /^[,，]?\s*其中/.test(text.slice(end)),
    });
  }
  return out;
}

export interface Quantity {
  count: bigint;
  unit: string;
  index: number;
  text: string;
}

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function cnNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十?([一二三四五六七八九])?$/.exec(s);
  if (!m) return undefined;
  if (!s.includes('十')) return CN[s];
  return (m[1] ? CN[m[1]] : 1) * 10 + (m[2] ? CN[m[2]] : 0);
}

/** Counts of beneficiaries: "452人", "60户", "2名", "两人" (not "每人", "第1名", "320人/月", "一人"). */
export function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(/(\d+|[二两三四五六七八九十]{1,3})\s*(名|人|户|位|家|所)(?!\s*[/／])/g)) {
    const i = m.index!;
    if (/[每第\d.]$/.test(text.slice(Math.max(0, i - 1), i))) continue;
    const n = cnNumber(m[1]);
    if (n === undefined || n <= 0) continue;
    out.push({ count: BigInt(n), unit: m[2], index: i, text: m[0] });
  }
  return out;
}

export type Period = '月' | '年' | '季度' | '天';

export interface Standard {
  /** Alternatives as printed ("将每人每月280元提高到320元" → 280 and 320). */
  values: Money[];
  /** Per whom: 人, 户 … (undefined: per item or lump sum). */
  per?: string;
  period?: Period;
  index: number;
  end: number;
  text: string;
}

const PER = '(人次|人|户|名|位|家|次|个)';
const PERIOD = '(月|年|季度|季|天|日)';

function periodOf(s?: string): Period | undefined {
  if (!s) return undefined;
  return s === '季' ? '季度' : s === '日' ? '天' : (s as Period);
}

/** Unit standards: "632元/月", "1000元/户", "320元/人/月", "每户1000元", "每人每月…320元", "发放标准3920元". */
export function standards(text: string): Standard[] {
  const out: Standard[] = [];
  const taken = (i: number) => out.some((s) => i >= s.index && i < s.end);
  const rate = new RegExp(`${NUM}\\s*(万元|元)\\s*[/／]\\s*${PER}?\\s*[/／·]?\\s*${PERIOD}?`, 'g');
  for (const m of text.matchAll(rate)) {
    if (!m[4] && !m[5]) continue;
    const v = moneyOf(m[1] + (m[2] ? `.${m[2]}` : ''), m[3]);
    if (v) out.push({ values: [v], per: m[4], period: periodOf(m[5]), index: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  for (let i = text.indexOf('每'); i >= 0; ) {
    let end = i;
    while (end < text.length && !/[,;。；:：!?\s]/.test(text[end])) end++;
    const clause = text.slice(i, end);
    const values: Money[] = [];
    for (const a of clause.matchAll(new RegExp(`${NUM}\\s*(万元|元)(?!\\s*[/／])`, 'g'))) {
      const v = !taken(i + a.index!) && moneyOf(a[1] + (a[2] ? `.${a[2]}` : ''), a[3]);
      if (v) values.push(v);
    }
    const per = new RegExp(`^每${PER}`).exec(clause)?.[1];
    const period = /每(月|年|季度|季|天|日)/.exec(clause)?.[1];
    if (values.length) out.push({ values, per: per === '个' ? undefined : per, period: periodOf(period), index: i, end, text: clause });
    i = text.indexOf('每', end);
  }
  for (const m of text.matchAll(new RegExp(`标准(?:为|是)?\\s*${NUM}\\s*(万元|元)(?!\\s*[/／])`, 'g'))) {
    const i = m.index!;
    if (taken(i) || inPerClause(text, i)) continue;
    const v = moneyOf(m[1] + (m[2] ? `.${m[2]}` : ''), m[3]);
    if (v) out.push({ values: [v], index: i, end: i + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Months a standard's period multiplies by over the year: 月 → 12 (or a stated "N个月"), 季度 → 4. */
export function periodMultipliers(text: string, period?: Period): bigint[] {
  if (period === '月') return [12n, ...[...text.matchAll(/(\d{1,2})个月/g)].map((m) => BigInt(m[1]))];
  if (period === '季度') return [4n];
  if (period === '天') return [...text.matchAll(/(\d{1,3})(天|日)/g)].map((m) => BigInt(m[1]));
  return [1n];
}
