import { money } from '../../money/index.js';
import { tableLoc } from './locate.js';
import type { AmountPeriod, LineRef } from '../../model/claims.js';
import { normalizeName } from '../../model/names.js';
import type { TableKind } from '../../profiles/table-kinds.js';
import type { Figure, Figures } from './figures.js';
import { FUNCTIONAL, fundGroups, groupSum, itemKey, lineRows, namedColumns, namedRows, rowFigure, rowFigures, rowOfPeriod, siblings, type Period } from './lookup.js';

/**
 * Map a narrative subject ("一般公共预算拨款收入", "基本支出", "行政运行" with its path) to the table figures it
 * can mean, the one the section talks about first. Several candidates remain when the narrative does not say
 * which table (基本支出 of all funds or of the 一般公共预算); a claim that matches none of them is wrong, one
 * that resolves to nothing is not checked (never guessed).
 */
/** Sections not about the 一般公共预算 alone. */
const NOT_GPB = (topic?: string) => !/^gpb-/.test(topic ?? '');

/** Subject phrases and the concepts they name; the third element limits them to sections of some topics. */
const PHRASES: [RegExp, string, (string[] | ((topic?: string) => boolean))?][] = [
  [/^财政拨款收入?支出?(决算|预算)?总计$|^财政拨款收支总(预算|决算)$|^财政拨款收入总(预算|决算)$/, 'fiscal.grand'],
  [/^收入支出(决算|预算)?总计$|^收支总(预算|决算)$|^收支(预算|决算)$/, 'income.grand'],
  [/(收入|收支)(预算|决算)?总计$|^预算收入总计$|收入总预算$|^总收入$/, 'income.grand'],
  [/^总收入$/, 'income.current'],
  [/^(部门)?预算收入(合计)?$|^(部门)?收入(预算|决算)(合计)?$|^当年预算收入$|^收支预算$/, 'income.grand'],
  [/^(部门)?预算收入(合计)?$|^(部门)?收入(预算|决算)(合计)?$|^当年预算收入$/, 'income.current'],
  [/^本年收入(合计)?$/, 'income.current'],
  [/^上年结转(结余)?(收入)?$/, 'income.carryover', ['change-overview', 'income']],
  [/^上年结转(结余)?(收入)?$/, 'fiscal.carryover', ['fiscal-overview']],
  [/支出(预算|决算)?总计$|^(本年)?部门预算支出总计$|^总支出$/, 'expense.grand'],
  [/^总支出$/, 'expense.total'],
  [/^(部门)?(预算)?总支出$/, 'expense.total'],
  [/^(部门)?(预算)?总支出$/, 'expense.grand'],
  [/^(部门)?支出(预算|决算)(合计)?$|^(部门)?预算支出$|^收支预算$/, 'expense.total'],
  [/^(部门)?支出(预算|决算)(合计)?$|^(部门)?预算支出$/, 'expense.grand'],
  [/^(部门)?支出$/, 'expense.total', ['expenditure', 'change-overview']],
  [/^本年支出(合计)?$/, 'expense.total'],
  [/^本年预算安排$/, 'expense.current'],
  [/^(项目支出|项目)总额$/, 'expense.project'],
  [/^一般公共预算(财政)?(拨款)?(安排)?基本支出$/, 'gpb.basic'],
  [/^基本支出(经费)?$/, 'expense.basic'],
  [/^基本支出(经费)?$/, 'gpb.basic'],
  [/^项目支出$/, 'expense.project'],
  [/^项目支出$/, 'project.total'],
  [/^项目支出$/, 'gpb.project'],
  [/^财政拨款(收支|收入)(预算)?总计$|^财政拨款收支预算总额$/, 'fiscal.grand'],
  // "财政拨款支出" in a section on the 一般公共预算 shortens "一般公共预算财政拨款支出".
  [/^(本年)?财政拨款(预算)?支出(合计)?$/, 'gpb.total', ['gpb-expenditure']],
  [/^(本年)?财政拨款(预算)?支出(合计)?$/, 'fiscal.expense', NOT_GPB],
  [/^财政拨款基本支出$/, 'fiscal.basic'],
  [/^年终结转(和)?结余$/, 'expense.yearend'],
  [/^当年(财政)?拨款收入$|^本年财政拨款收入$|^财政拨款收入(合计)?$|^财政补助收入$/, 'fiscal.current'],
  [/^上年(财政拨款)?结转(结余)?收入$/, 'fiscal.carryover'],
  [/^(本年)?一般公共预算(当年)?(财政)?(拨款)?(收入)?$/, 'income.gpb'],
  [/^(本年)?一般公共预算(当年)?(财政)?(拨款)?(收入)?$/, 'fiscal.gpb'],
  [/^(本年)?政府性基金(预算)?(财政)?(拨款)?(收入)?$/, 'income.gov_fund'],
  [/^(本年)?政府性基金(预算)?(财政)?(拨款)?(收入)?$/, 'fiscal.gov_fund'],
  [/^(本年)?国有资本经营(预算)?(财政)?(拨款)?(收入)?$/, 'income.soe'],
  [/^(本年)?国有资本经营(预算)?(财政)?(拨款)?(收入)?$/, 'fiscal.soe'],
  [/^(本年)?财政专户管理资金(收入)?$/, 'income.special_account'],
  [/^(本年)?单位资金(收入)?$/, 'income.unit_funds'],
  [/^一般公共预算(财政)?(当年)?(拨款)?支出$|^一般公共预算当年(财政)?拨款$/, 'gpb.total'],
  [/^(财政拨款)?人员经费$/, 'gpb.personnel'],
  [/^(财政拨款)?公用经费$/, 'gpb.public'],
  // In the basic-expenditure section, the columns as the table heads them ("人员经费 | 日常公用支出"); elsewhere
  // 人员支出 and 日常公用支出 split the whole budget (all funds), not the 一般公共预算 basic expenditure.
  [/^人员支出$/, 'gpb.personnel', ['gpb-basic']],
  [/^日常公用(支出|经费)$/, 'gpb.public', ['gpb-basic']],
];

/** Items named in 三公/机关运行经费 tables, by column or by row. */
const ITEM_TABLES: TableKind[] = ['three-public', 'three-public-operating', 'operating-cost'];
const ITEM = /^(三公费|机关运行费|因公出国境费|公务接待费|公务用车购置及运行费|公务用车购置费?|公务用车运行费|会议费|培训费)$/;
/** Sources of income and uses of spending named as columns of the income and expense summaries. */
const SUMMARY_COLUMNS = /^(?:本年)?(事业收入|(?:事业单位)?经营收入|上级补助收入|附属单位上缴收入|其他收入|(?:事业单位)?经营支出|上缴上级支出|(?:对)?附属单位补助支出)$/;
/** The same line printed with or without its qualifier ("经营收入" / "事业单位经营收入", "对附属单位补助支出"). */
const summaryNames = (name: string): string[] => {
  const bare = name.replace(/^事业单位|^对/, '');
  return [...new Set([name, bare, /^经营/.test(bare) ? `事业单位${bare}` : /^附属单位补助/.test(bare) ? `对${bare}` : bare])];
};

export type Scope = 'all' | 'gpb' | 'fiscal';

/** The funds a subject counts: 一般公共预算…, 财政拨款…, or all (收入预算, 本年支出合计…); undefined when it does not say. */
export function scopeOf(subject: string): Scope | undefined {
  const s = subjectKey(subject);
  if (/^一般公共预算/.test(s)) return 'gpb';
  if (/^财政拨款/.test(s)) return 'fiscal';
  if (/^(部门)?(收入|支出|收支)(预算|决算)?(总计|合计)?$|^本年(收入|支出)合计$|^(部门)?预算(收入|支出)$/.test(s)) return 'all';
  return undefined;
}

/** Concepts that count other funds than the scope the text gives. */
const OUT_OF_SCOPE: Record<Scope, RegExp> = { all: /^(gpb|fiscal)\./, gpb: /^(income|expense|fiscal)\./, fiscal: /^(income|expense)\./ };

export interface Query {
  subject: string;
  line?: LineRef;
  period?: AmountPeriod;
  /** The text is about functional classification lines (a 功能科目 section): lower lines may be named bare. */
  functional?: boolean;
  /** The heading the claim stands under: it tells which table a class figure comes from when the topic does not. */
  heading?: string;
  /** Which funds the figure counts, when the text says (a part of "支出预算…" counts all funds). */
  scope?: Scope;
}

/** The budget's whole named bare: "支出预算", "部门收入预算", "预算支出". */
const BARE_WHOLE = /^(?:部门|本年)?(?:预算支出|预算收入|支出预算|收入预算)$/;

/** A subject without what does not change the line it means: level markers, quotes, 预算数/决算数, a trailing 预算, 财政拨款安排的. */
export function subjectKey(subject: string): string {
  const name = normalizeName(subject);
  // A bare "预算支出" or "支出预算" is the whole's name, not a suffix to strip.
  if (BARE_WHOLE.test(name)) return name;
  return name
    .replace(/\((?:类|款|项)\)/g, '')
    .replace(/^(?:一般公共预算)?(?:财政拨款)?安排的?/, '')
    .replace(/(?:预算数|决算数|支出决算|预算支出|总额)$/, '')
    // "一般公共预算财政拨款基本支出预算" is the 基本支出 of the 一般公共预算.
    .replace(/(支出|收入|经费)预算$/, '$1');
}

function byTopic(kinds: TableKind[], topic?: string): TableKind[] {
  const first: TableKind[] = topic === 'gpb-expenditure' || topic === 'gpb-basic' ? ['gpb-expense'] : topic === 'fiscal-overview' ? ['fiscal-summary'] : topic === 'expenditure' ? ['expense-summary'] : [];
  return [...first, ...kinds.filter((k) => !first.includes(k))];
}

function dedupe(fs: (Figure | undefined)[]): Figure[] {
  const seen = new Set<unknown>();
  return fs.filter((f): f is Figure => {
    if (!f) return false;
    const id = f.cells?.[0] ?? f;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Totals of all funds never stand for a 财政拨款 subject, and a subject that says nothing of 拨款 is no 财政拨款 total. */
const SCOPE_CLASH = (s: string, id: string) =>
  (/^财政拨款/.test(s) && !/^fiscal\./.test(id) && /\.(grand|current|total)$/.test(id)) || (!/拨款|财政补助/.test(s) && /^fiscal\.(grand|current|total)$/.test(id));

/** Resolutions of one document's figures, by query: several rules resolve the same claims. */
const memo = new WeakMap<Figures, Map<string, Figure[]>>();

export function resolveFigures(f: Figures, q: Query, topic?: string): Figure[] {
  const key = JSON.stringify([q.subject, q.line, q.period, q.functional, q.heading, q.scope, topic]);
  let cache = memo.get(f);
  if (!cache) memo.set(f, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const found = resolveUncached(f, q, topic);
  cache.set(key, found);
  return found;
}

function resolveUncached(f: Figures, q: Query, topic?: string): Figure[] {
  const period: Period = q.period ?? 'current';
  if (q.line) {
    const lines = lineRows(f, q.line, byTopic(FUNCTIONAL, topic)).flatMap(({ t, row }) => rowFigures(f, t, row, period).map((x) => ({ ...x, line: true })));
    // A classification line that is not found is not checked as a similarly named project or total.
    return dedupe(lines);
  }
  const s = subjectKey(q.subject);
  // In a section on the 一般公共预算, a bare "支出预算" may be that budget's: not resolved to the whole's.
  if (!s || (BARE_WHOLE.test(s) && /^gpb-/.test(topic ?? ''))) return [];
  const out: (Figure | undefined)[] = [];
  if (period === 'current')
    for (const [re, id, topics] of PHRASES) {
      if (!re.test(s) || (topics && !(typeof topics === 'function' ? topics(topic) : !!topic && topics.includes(topic))) || SCOPE_CLASH(s, id) || (q.scope && OUT_OF_SCOPE[q.scope].test(id))) continue;
      const c = f.concept(id);
      // The concept's line read in its other columns too (a table may print 合计 and 总计 with 上年结转).
      out.push(c, ...(c ? siblings(f, c).filter((x) => x.location.column && /合计|总计|小计/.test(x.location.column)) : []));
    }
  // "项目支出均实行了绩效目标管理，涉及一般公共预算财政拨款X": in a 预算 the table's 一般公共预算 项目支出. In a 决算 the
  // 项目支出 that performance statements speak of are budgets, not the spending the tables print.
  if (period === 'current' && f.doc.meta.kind !== '决算' && /^一般公共预算(财政)?(拨款)?(安排)?项目支出$/.test(s)) out.push(f.concept('gpb.project'));
  const key = itemKey(s);
  if (ITEM.test(key)) {
    out.push(...namedColumns(f, itemKeys(key), ITEM_TABLES, period));
    out.push(...namedRows(f, itemKeys(key), ITEM_TABLES).flatMap(({ t, row }) => rowFigures(f, t, row, period)));
    if (key === '三公费') out.push(...tableTotals(f, ['three-public'], period, /三公/));
    if (key === '机关运行费') out.push(...tableTotals(f, ['operating-cost'], period), ...(period === 'current' ? [f.concept('operating.total')] : []));
  }
  // Tables of their own: 政府性基金预算支出表, 政府采购表 (and its 货物/工程/服务 split).
  const raw = normalizeName(q.subject);
  if (/^政府性基金(预算)?(财政)?(拨款)?(安排的)?支出(预算)?(支出)?$/.test(raw)) out.push(...tableTotals(f, ['gov-fund-expense'], period));
  if (/^政府采购(预算|支出)?(预算)?(总额)?$/.test(raw)) out.push(...tableTotals(f, ['procurement'], period));
  const buy = /^(?:政府采购|拟采购)?(货物|工程|服务)类?(?:采购)?(?:预算|支出)?(?:预算)?$/.exec(raw);
  if (buy) out.push(...namedColumns(f, [buy[1], `${buy[1]}类`, `政府采购${buy[1]}`, `${buy[1]}采购`].map(itemKey), ['procurement'], period));
  const sc = SUMMARY_COLUMNS.exec(s);
  if (sc) {
    const keys = summaryNames(sc[1]).map(itemKey);
    out.push(...namedColumns(f, keys, ['income-summary', 'expense-summary'], period));
    out.push(...namedRows(f, keys, ['income-expense-summary'], /收入$/.test(sc[1]) ? 'income' : 'expense').map(({ t, row }) => rowFigure(f, t, row, period)));
  }
  if (!out.some(Boolean)) out.push(...namedLines(f, s, period, topic, q.functional || topic === 'gpb-expenditure', q.heading));
  return dedupe(out);
}

/** Variants of an item's key: "公务用车购置费" is also printed "公务用车购置"; the 三公 total "“三公”经费合计". */
function itemKeys(key: string): string[] {
  const totals = key === '三公费' ? ['三公经费合计', '三公经费财政拨款预算总额', '三公经费财政拨款总额'].map(itemKey) : [];
  return [key, key.replace(/费$/, ''), key + '费', ...totals];
}

/**
 * A table's own total: the columns of its total row that are top-level totals (合计, “三公”经费合计), read in
 * the period's group of columns.
 */
function tableTotals(f: Figures, kinds: TableKind[], period: Period, label?: RegExp): Figure[] {
  const out: Figure[] = [];
  for (const kind of kinds)
    for (const t of f.tables(kind)) {
      // "本表无数据": a table printed empty states a total of 0.
      if (!t.rows.length && t.emptyNote) out.push({ value: money(0n, t.unit, 2), location: tableLoc(t), label: `${t.title}（${t.emptyNote}）` });
      const row = rowOfPeriod(t, period, f.doc.meta.kind, f.doc.meta.year);
      if (!row) continue;
      const figs = rowFigures(f, t, row, row.period ? 'current' : period).filter((x) => {
        const col = x.location.column ?? '';
        // "政府性基金预算支出/合计": the total under a header that names the table's own figure.
        return (/合计|总计|总额/.test(col) && !col.includes('/')) || /^(\d{4}年)?(预算数?|决算数?)\/(合计|总计)$|^[^/]*(支出|收入)(预算|决算)?\/(合计|总计)$/.test(col) || (label ? label.test(col) : false);
      });
      out.push(...figs.slice(0, 2));
      // "总计/一般公共预算 | 政府性基金预算 | 国有资本经营预算": a total printed only by fund.
      if (!figs.length) for (const [name, cols] of fundGroups(t)) if (/^(总计|合计)$/.test(name) || (label && label.test(name))) out.push(...groupSum(t, row, name, cols));
    }
  return out;
}

/** The first figure a subject resolves to (kept for callers that need one). */
export function resolveSubject(f: Figures, subject: string, topic?: string): Figure | undefined {
  return resolveFigures(f, { subject }, topic)[0];
}

/**
 * A line named without its code: a functional class (类) anywhere, a lower line only in text about functional
 * lines and when its name is unique in the table; an economic line only in the basic-expenditure and 机关运行经费 sections
 * (the narrative's 委托业务费 or 培训费 elsewhere is usually all funds, the table's only basic expenditure; 机关运行经费 is
 * the basic expenditure's 公用经费); a project by its exact name.
 */
function namedLines(f: Figures, s: string, period: Period, topic: string | undefined, functionalText: boolean, heading = ''): (Figure | undefined)[] {
  const names = [itemKey(s), ...(/支出$/.test(s) ? [] : [itemKey(s + '支出')])];
  const isClass = (row: { level?: string; code?: string; name: string }) => row.level === '类' || (!row.code && /支出$/.test(row.name));
  const functional = namedRows(f, names, scopeTables(topic, heading), 'expense').filter(({ t, row }) => row.role === 'data' && (isClass(row) || (row.level !== undefined && namedRows(f, names, [t.kind], 'expense').filter((x) => x.t === t).length === 1)));
  const classes = functional.filter(({ row }) => isClass(row));
  const lines = classes.length ? classes : functionalText ? functional.filter(({ row }) => row.level !== '类') : [];
  const others = [...(topic === 'gpb-basic' || topic === 'operating-cost' ? namedRows(f, names, ['gpb-basic-economic']) : []), ...namedRows(f, names, ['project-expense'])].filter(({ row }) => row.role === 'data');
  return [...lines, ...others].flatMap(({ t, row }) => rowFigures(f, t, row, period).map((x) => ({ ...x, line: true })));
}

/**
 * Which tables a class figure of a section comes from: the 一般公共预算 sections speak of the 一般公共预算支出表,
 * the 财政拨款 overview of its summary, the 部门 overview of the expense summary. Without a topic, the heading's
 * words decide; with neither, any functional table.
 */
function scopeTables(topic: string | undefined, heading: string): TableKind[] {
  if (topic === 'gpb-expenditure' || topic === 'gpb-basic' || (!topic && /一般公共预算/.test(heading))) return ['gpb-expense'];
  if (topic === 'fiscal-overview' || (!topic && /财政拨款/.test(heading))) return ['fiscal-summary'];
  if (topic === 'expenditure' || topic === 'change-overview' || topic === 'income' || (!topic && /部门收支|收支总|支出总|部门预算/.test(heading))) return ['expense-summary', 'income-expense-summary'];
  return FUNCTIONAL;
}
