import type { Table } from '../model/document.js';
import { levelOfCode } from '../reference/index.js';
import { FISCAL_SOURCES, SOURCES, type SourceKey } from '../facts/amount.js';
import { classRows } from './classes.js';
import { cn, TableBuilder, type Ctx, type RowSpec } from './context.js';

const INCOME_NAMES: Record<SourceKey, string> = {
  gpb: '一般公共预算',
  gov_fund: '政府性基金预算',
  soe: '国有资本经营预算',
  special_account: '财政专户管理资金',
  unit_funds: '单位资金',
};

/** Print lines of a two-sided table: income and expense rows side by side, income first on each line. */
export function interleave(b: TableBuilder, income: (RowSpec | undefined)[], expense: (RowSpec | undefined)[]): void {
  for (let i = 0; i < Math.max(income.length, expense.length); i++) {
    const inc = income[i];
    const exp = expense[i];
    if (inc) b.add({ ...inc, side: 'income' });
    if (exp) b.add({ ...exp, side: 'expense' });
  }
}

const numbered = (rows: RowSpec[]): RowSpec[] => rows.map((r, i) => ({ ...r, label: `${cn(i + 1)}、${r.name}`, level: 'item' }));

/** 表一 收支总表. */
export function incomeExpenseSummary(ctx: Ctx): Table {
  const { ledger: l, year: Y } = ctx;
  const b = new TableBuilder(ctx, 'income-expense-summary', `${Y}年预算收支总表`, [
    ['收入', ['项目', `${Y}年`]],
    ['支出', ['项目', `${Y}年合计`, '当年预算安排', '上年结转安排']],
  ]);
  const income = numbered(SOURCES.map((s) => ({ name: INCOME_NAMES[s], values: { total: l.total({ period: ['cur'], sources: [s] }) } })));
  const spend = (code: string) => ({ total: l.get(code), current: l.get(code, { period: ['cur'] }), carryover: l.get(code, { period: ['car'] }) });
  const expense = numbered(classRows(ctx).map((c) => ({ name: c.name, values: spend(c.code) })));
  interleave(b, income, expense);
  const all = spend('');
  interleave(
    b,
    [
      { name: '本年收入合计', role: 'total', values: { total: all.current } },
      { name: '上年结转', role: 'carryover', values: { total: all.carryover } },
      { name: '收入总计', role: 'grand-total', values: { total: all.total } },
    ],
    [
      { name: '本年支出合计', role: 'total', values: all },
      { name: '年终结转', role: 'carryover', values: {} },
      { name: '支出总计', role: 'grand-total', values: all },
    ],
  );
  return b.table;
}

/** 表二 收入总表: income by functional code and source. */
export function incomeSummary(ctx: Ctx): Table {
  const l = ctx.ledger;
  const b = new TableBuilder(ctx, 'income-summary', `${ctx.year}年预算收入总表`, [
    ['项目', ['科目编码', '科目名称']],
    ['本年收入', ['合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金']],
    '上年结转',
  ]);
  const values = (code: string) => {
    const v: Record<string, bigint> = { total: l.get(code, { period: ['cur'] }), carryover: l.get(code, { period: ['car'] }) };
    for (const s of SOURCES) v[s] = l.get(code, { period: ['cur'], sources: [s] });
    return v;
  };
  b.add({ name: '合计', role: 'total', values: values('') });
  for (const code of l.codes()) b.add({ code, name: ctx.names.get(code) ?? code, level: levelOfCode(code), values: values(code) });
  return b.table;
}

/** 表三 支出总表 (and 表五 with a gpb-only selection). */
export function expenseSummary(ctx: Ctx): Table {
  const l = ctx.ledger;
  const b = new TableBuilder(ctx, 'expense-summary', `${ctx.year}年预算支出总表`, [
    ['项目', ['科目编码', '科目名称']],
    [`${ctx.year}年预算数`, ['合计', '基本支出', '项目支出']],
  ]);
  const values = (code: string) => ({ total: l.get(code), basic: l.get(code, { kind: ['basic'] }), project: l.get(code, { kind: ['project'] }) });
  b.add({ name: '合计', role: 'total', values: values('') });
  for (const code of l.codes()) b.add({ code, name: ctx.names.get(code) ?? code, level: levelOfCode(code), values: values(code) });
  return b.table;
}

/** 表四 财政拨款收支总表. */
export function fiscalSummary(ctx: Ctx): Table {
  const l = ctx.ledger;
  const b = new TableBuilder(ctx, 'fiscal-summary', `${ctx.year}年财政拨款收支总表`, [
    ['收入', ['项目', '金额']],
    ['支出', ['项目', ['金额', ['小计', '一般公共预算', '政府性基金预算', '国有资本经营预算']]]],
  ]);
  const cur = (s: SourceKey) => l.total({ period: ['cur'], sources: [s] });
  const car = (s: SourceKey) => l.total({ period: ['car'], sources: [s] });
  const spend = (code: string) => {
    const v: Record<string, bigint> = { total: l.get(code, { sources: FISCAL_SOURCES }) };
    for (const s of FISCAL_SOURCES) v[s] = l.get(code, { sources: [s] });
    return v;
  };
  const income = numbered(FISCAL_SOURCES.map((s) => ({ name: INCOME_NAMES[s], values: { total: cur(s) } })));
  const expense = numbered(classRows(ctx).map((c) => ({ name: c.name, values: spend(c.code) })));
  interleave(b, income, expense);
  const curTotal = l.total({ period: ['cur'], sources: FISCAL_SOURCES });
  const carTotal = l.total({ period: ['car'], sources: FISCAL_SOURCES });
  const all = spend('');
  const carryItems: RowSpec[] = FISCAL_SOURCES.map((s, i) => ({ name: INCOME_NAMES[s], label: `${cn(i + 1)}、${INCOME_NAMES[s]}`, role: 'carryover-item', values: { total: car(s) } }));
  interleave(
    b,
    [
      { name: '本年收入合计', role: 'total', values: { total: curTotal } },
      { name: '上年财政拨款结转', role: 'carryover', values: { total: carTotal } },
      ...carryItems,
      { name: '收入总计', role: 'grand-total', values: { total: curTotal + carTotal } },
    ],
    [
      { name: '本年支出合计', role: 'total', values: all },
      { name: '年终结转', role: 'carryover', values: {} },
      ...carryItems.map(() => undefined),
      { name: '支出总计', role: 'grand-total', values: all },
    ],
  );
  return b.table;
}
