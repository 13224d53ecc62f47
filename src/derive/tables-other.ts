import type { Table } from '../model/document.js';
import type { Money } from '../money/index.js';
import { FISCAL_SOURCES, SOURCES, fenOf } from '../facts/amount.js';
import { unitName, unitsOf } from '../facts/helpers.js';
import type { Facts } from '../facts/schema.js';
import { TableBuilder, type Ctx } from './context.js';

type Amounts = Partial<Record<string, Money | undefined>> | undefined;

/** Values for the 合计 + fiscal source columns. */
function fiscalValues(...parts: Amounts[]): Record<string, bigint> {
  const v: Record<string, bigint> = { total: 0n };
  for (const s of FISCAL_SOURCES) {
    v[s] = parts.reduce((t, p) => t + fenOf(p, [s]), 0n);
    v.total += v[s];
  }
  return v;
}

const fiscalHeader = (first: string, year: number) => [first, [`${year}年预算数`, ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']]] as [string, [string, string[]]];

/** 表十 “三公”经费支出预算表. */
export function threePublic(ctx: Ctx): Table {
  const t = ctx.facts.threePublic ?? {};
  const b = new TableBuilder(ctx, 'three-public', `${ctx.year}年财政拨款安排“三公”经费支出预算表`, fiscalHeader('项目', ctx.year));
  const all = fiscalValues(t.abroad, t.reception, t.vehiclePurchase, t.vehicleOperation);
  b.add({ name: '因公出国（境）费', level: 'item', values: fiscalValues(t.abroad) });
  b.add({ name: '公务接待费', level: 'item', values: fiscalValues(t.reception) });
  b.add({ name: '公务用车购置及运行费', level: 'item', values: fiscalValues(t.vehiclePurchase, t.vehicleOperation) });
  b.add({ name: '公务用车购置费', label: '①公务用车购置费', level: 'item', sub: true, values: fiscalValues(t.vehiclePurchase) });
  b.add({ name: '公务用车运行维护费', label: '②公务用车运行维护费', level: 'item', sub: true, values: fiscalValues(t.vehicleOperation) });
  b.add({ name: '合计', role: 'total', values: all });
  return all.total ? b.table : b.empty().table;
}

/** 表十一 机关运行经费预算表. */
export function operatingCost(ctx: Ctx): Table {
  const units = unitsOf(ctx.facts).filter((u) => fenOf(u.operatingCost, FISCAL_SOURCES) !== 0n);
  const b = new TableBuilder(ctx, 'operating-cost', `${ctx.year}年财政拨款安排机关运行经费预算表`, fiscalHeader('单位名称', ctx.year));
  b.add({ name: '部门合计', role: 'total', values: fiscalValues(...units.map((u) => u.operatingCost)) });
  for (const u of units) b.add({ name: u.name, level: 'item', values: fiscalValues(u.operatingCost) });
  return units.length ? b.table : b.empty().table;
}

type ProjectFacts = Facts['projects'][number];

/** Department row, then each unit with its projects (部门 → 单位 → 项目). */
function projectRows(ctx: Ctx, b: TableBuilder, amounts: (p: ProjectFacts) => Record<string, bigint>): boolean {
  const projects = ctx.facts.projects.filter((p) => amounts(p).total !== 0n);
  if (!projects.length) return false;
  const sum = (ps: ProjectFacts[]) => {
    const v: Record<string, bigint> = {};
    for (const p of ps) for (const [k, x] of Object.entries(amounts(p))) v[k] = (v[k] ?? 0n) + x;
    return v;
  };
  b.add({ name: ctx.dept, level: 'unit', role: 'total', values: sum(projects) });
  for (const u of unitsOf(ctx.facts)) {
    const mine = projects.filter((p) => unitName(ctx.facts, p.unit) === u.name);
    if (!mine.length) continue;
    b.add({ name: u.name, level: 'unit', role: 'subtotal', values: sum(mine) });
    for (const p of mine) b.add({ name: p.name, level: 'project', values: amounts(p) });
  }
  return true;
}

/** 表十二 项目支出预算表（本年预算）. */
export function projectExpense(ctx: Ctx): Table {
  const b = new TableBuilder(ctx, 'project-expense', `${ctx.year}年项目支出预算表（本年预算）`, [
    '项目名称',
    '合计',
    [`${ctx.year}年财政拨款`, ['一般公共预算', '政府性基金预算', '国有资本经营预算']],
    '财政专户管理资金',
    '单位资金',
  ]);
  const amounts = (p: ProjectFacts) => {
    const v: Record<string, bigint> = { total: fenOf(p.amount) };
    for (const s of SOURCES) v[s] = fenOf(p.amount, [s]);
    return v;
  };
  return projectRows(ctx, b, amounts) ? b.table : b.empty().table;
}

/** 表十三 项目支出预算表（上年结转）: fiscal carryover only. */
export function projectCarryover(ctx: Ctx): Table {
  const b = new TableBuilder(ctx, 'project-carryover', `${ctx.year}年项目支出预算表（上年结转）`, [
    '项目名称',
    '合计',
    [`${ctx.year}年财政拨款`, ['一般公共预算', '政府性基金预算', '国有资本经营预算']],
  ]);
  return projectRows(ctx, b, (p) => fiscalValues(p.carryover)) ? b.table : b.empty().table;
}
