import type { Table } from '../model/document.js';
import { levelOfCode } from '../reference/index.js';
import { resolveEconomic, type ResolvedEconomic } from '../facts/classify.js';
import { TableBuilder, type Ctx, type RowSpec } from './context.js';
import type { Sel } from './ledger.js';
import { interleave } from './tables-summary.js';

/** Rows 合计 + 类/款/项 of a functional table over a selection of the ledger. */
function functionalRows(ctx: Ctx, sel: Sel): RowSpec[] {
  const l = ctx.ledger;
  const values = (code: string) => ({
    total: l.get(code, sel),
    basic: l.get(code, { ...sel, kind: ['basic'] }),
    project: l.get(code, { ...sel, kind: ['project'] }),
  });
  return [
    { name: '合计', role: 'total', values: values('') },
    ...l.codes(sel).map((code): RowSpec => ({ code, name: ctx.names.get(code) ?? code, level: levelOfCode(code), values: values(code) })),
  ];
}

/** 表五 一般公共预算支出表（不含上年结转）. */
export function gpbExpense(ctx: Ctx): Table {
  const b = new TableBuilder(ctx, 'gpb-expense', `${ctx.year}年一般公共预算支出预算表（不含上年结转）`, [
    ['项目', ['科目编码', '科目名称']],
    [`${ctx.year}年预算数`, ['合计', '基本支出', '项目支出']],
  ]);
  for (const r of functionalRows(ctx, { period: ['cur'], sources: ['gpb'] })) b.add(r);
  return b.table;
}

export interface EconomicClass {
  code?: string;
  name: string;
  lines: (ResolvedEconomic & { personnel: bigint; public: bigint })[];
}

/** Basic expenditure lines grouped by 类 (类 in code order, 款 in the order written). */
export function economicClasses(ctx: Ctx): EconomicClass[] {
  const classes: EconomicClass[] = [];
  for (const line of ctx.facts.basicEconomic) {
    const r = resolveEconomic(line, ctx.ref);
    if (typeof r === 'string') throw new Error(r);
    const personnel = line.personnel?.fen ?? 0n;
    const pub = line.public?.fen ?? 0n;
    if (personnel === 0n && pub === 0n) continue;
    let c = classes.find((x) => x.name === r.className);
    if (!c) classes.push((c = { code: r.classCode, name: r.className, lines: [] }));
    c.lines.push({ ...r, personnel, public: pub });
  }
  return classes.sort((a, b) => (a.code ?? '999').localeCompare(b.code ?? '999'));
}

/** 表六 一般公共预算基本支出分经济科目表. */
export function gpbBasicEconomic(ctx: Ctx): Table {
  const b = new TableBuilder(ctx, 'gpb-basic-economic', `${ctx.year}年一般公共预算安排基本支出分经济科目表（不含上年结转）`, [
    '部门预算支出经济科目名称',
    '政府预算支出经济科目名称',
    [`${ctx.year}年预算数`, ['合计', '人员经费', '公用经费']],
  ]);
  const classes = economicClasses(ctx);
  const sum = (ls: EconomicClass['lines']) => {
    const personnel = ls.reduce((s, x) => s + x.personnel, 0n);
    const pub = ls.reduce((s, x) => s + x.public, 0n);
    return { total: personnel + pub, personnel, public: pub };
  };
  b.add({ name: '合计', role: 'total', values: sum(classes.flatMap((c) => c.lines)) });
  for (const c of classes) {
    b.add({ name: c.name, level: '类', values: sum(c.lines) });
    for (const x of c.lines) b.add({ name: x.name, level: '款', altName: x.government, values: sum([x]) });
  }
  return b.table;
}

/** Income lines of a fund table: 合计 then each 收入科目. */
function incomeRows(lines: { code: string; name: string; amount: { fen: bigint } }[]): RowSpec[] {
  const total = lines.reduce((s, x) => s + x.amount.fen, 0n);
  return [
    { name: '合计', role: 'total', values: { total } },
    ...lines.filter((x) => x.amount.fen !== 0n).map((x): RowSpec => ({ code: x.code, name: x.name, level: levelOfCode(x.code) ?? 'item', values: { total: x.amount.fen } })),
  ];
}

/** 表七 政府性基金预算收入表. */
export function govFundIncome(ctx: Ctx): Table {
  const b = new TableBuilder(ctx, 'gov-fund-income', `${ctx.year}年政府性基金预算收入表（不含上年结转）`, [['项目', ['收入科目编码', '科目名称']], '政府性基金收入预算']);
  const rows = incomeRows(ctx.facts.govFund?.income ?? []);
  for (const r of rows) b.add(r);
  return rows.length > 1 ? b.table : b.empty().table;
}

/** 表八 政府性基金预算支出表. */
export function govFundExpense(ctx: Ctx): Table {
  const b = new TableBuilder(ctx, 'gov-fund-expense', `${ctx.year}年政府性基金预算支出表（不含上年结转）`, ['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
  const rows = functionalRows(ctx, { period: ['cur'], sources: ['gov_fund'] });
  for (const r of rows) b.add(r);
  return rows.length > 1 ? b.table : b.empty().table;
}

/** 表九 国有资本经营预算收支预算表. */
export function soeCapital(ctx: Ctx): Table {
  const b = new TableBuilder(ctx, 'soe-capital', `${ctx.year}年国有资本经营预算收支预算表（不含上年结转）`, [
    ['国有资本经营预算收入', [['项目', ['收入科目编码', '科目名称']], '国有资本经营收入预算']],
    ['国有资本经营预算支出', ['科目编码', '科目名称', '合计', '基本支出', '项目支出']],
  ]);
  const income = incomeRows(ctx.facts.soe?.income ?? []);
  const expense = functionalRows(ctx, { period: ['cur'], sources: ['soe'] });
  interleave(b, income, expense);
  return income.length > 1 || expense.length > 1 ? b.table : b.empty().table;
}
