import type { z } from 'zod';
import type { Indicator, PerformanceForm } from '../model/performance.js';
import { money, type Money } from '../money/index.js';
import { parseIndicatorValue } from '../import/forms/indicator-value.js';
import { fenOf } from '../facts/amount.js';
import { unitName } from '../facts/helpers.js';
import type { Facts } from '../facts/schema.js';
import type { IndicatorTree } from '../facts/schema-parts.js';
import type { Ctx } from './context.js';

type Tree = z.output<typeof IndicatorTree>;

const LEVEL_WORDS = { central: '中央', province: '省级', city: '市级', county: '县(区)级', township: '乡镇级' } as const;

export function formTitle(ctx: Ctx, what: string): string {
  const d = ctx.facts.department;
  return `${d.region ?? ''}${LEVEL_WORDS[d.adminLevel ?? 'county']}预算部门(单位)${what}`;
}

/** Indicators of both periods from the tree, 实施期 first. */
export function indicators(ctx: Ctx, tree: Tree): Indicator[] {
  const out: Indicator[] = [];
  for (const period of ['实施期', '年度'] as const)
    for (const [level1, byL2] of Object.entries(tree))
      for (const [level2, items] of Object.entries(byL2 ?? {}))
        for (const [name, v] of Object.entries(items)) {
          const raw = typeof v === 'string' ? v : period === '实施期' ? v.period : v.annual;
          if (raw === undefined) continue;
          out.push({ period, level1, level2, name, value: parseIndicatorValue(raw), source: { ...ctx.source } });
        }
  return out;
}

/** Funds as printed on the form: 元, whole yuan shown without decimals. */
function yuanMoney(fen: bigint): Money {
  return money(fen, '元', fen % 100n === 0n ? 0 : 2);
}

function projectForm(ctx: Ctx, p: Facts['projects'][number]): PerformanceForm {
  const f = p.form!;
  const d = ctx.facts.department;
  // 年度资金总额 is this year's money (表十二); 实施期资金总额 defaults to it plus any carry-over.
  const annual = fenOf(p.amount);
  const fields: Record<string, string | undefined> = {
    年度: `(${ctx.year}年度)`,
    项目名称: p.name,
    主管部门及代码: d.code ? `${d.code}-${d.name}` : d.name,
    实施单位: unitName(ctx.facts, p.unit),
    项目属性: f.attribute,
    项目期: f.term,
    项目概况: f.overview,
    立项依据: f.basis,
    项目设立必要性: f.necessity,
    '保证项目实施的制度、措施': f.measures,
    项目实施计划: f.plan,
    负责人: f.contact?.responsible,
    经办人: f.contact?.handler,
    联系电话: f.contact?.phone,
    填报日期: f.contact?.date,
  };
  const funds: PerformanceForm['funds'] = { total: yuanMoney(f.funds?.periodTotal?.fen ?? annual + fenOf(p.carryover)), annual: yuanMoney(annual) };
  const explicit = f.funds && (['central', 'provincial', 'local', 'self', 'other'] as const).some((k) => f.funds?.[k]);
  for (const k of ['central', 'provincial', 'local', 'self', 'other'] as const) {
    const v = explicit ? f.funds?.[k]?.fen : k === defaultLevel(ctx) ? annual : undefined;
    if (v !== undefined) funds[k] = yuanMoney(v);
  }
  return {
    kind: 'project',
    title: formTitle(ctx, '项目支出绩效目标表'),
    projectName: p.name,
    fields: Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => !!e[1])),
    fieldSources: {},
    fundsUnit: '元',
    funds,
    goals: { ...f.goals },
    indicators: indicators(ctx, f.indicators),
    source: { ...ctx.source },
  };
}

/** Which funding level a form's money is when the facts do not break it down. */
function defaultLevel(ctx: Ctx): 'central' | 'provincial' | 'local' {
  const l = ctx.facts.department.adminLevel;
  return l === 'central' ? 'central' : l === 'province' ? 'provincial' : 'local';
}

/** The published forms: the overall one (when it has content) and each published project's with money this year. */
export function performanceForms(ctx: Ctx): PerformanceForm[] {
  const out: PerformanceForm[] = [];
  const o = ctx.facts.overallPerformance;
  if (o && (o.goals.annual || o.goals.period || Object.keys(o.indicators).length || Object.keys(o.fields ?? {}).length)) {
    const total = ctx.ledger.total();
    out.push({
      kind: 'overall',
      title: formTitle(ctx, '整体支出绩效目标申报表'),
      projectName: ctx.dept,
      fields: { 年度: `(${ctx.year}年度)`, 部门名称: ctx.dept, ...o.fields },
      fieldSources: {},
      fundsUnit: '元',
      funds: { total: yuanMoney(total), annual: yuanMoney(total) },
      goals: { ...o.goals },
      indicators: indicators(ctx, o.indicators),
      source: { ...ctx.source },
    });
  }
  for (const p of ctx.facts.projects) if (p.form && p.publish && fenOf(p.amount) !== 0n) out.push(projectForm(ctx, p));
  return out;
}
