import type { z } from 'zod';
import { builtinReference } from '../reference/index.js';
import { PROFILES } from '../profiles/profiles.js';
import { SOURCES, SOURCE_NAMES, fenOf, type SourceKey } from './amount.js';
import { functionalNames, resolveEconomic } from './classify.js';
import { unitName, unitsOf, yuanText } from './helpers.js';
import type { Facts } from './schema.js';

/** Profiles deriveDocument can produce. */
export const DERIVABLE_PROFILES = ['shanxi-13'];

export function profileProblem(id: string): string | undefined {
  if (DERIVABLE_PROFILES.includes(id)) return undefined;
  if (PROFILES[id]) return `暂不支持由事实生成“${id}”（${PROFILES[id].name}）格式；目前支持：${DERIVABLE_PROFILES.join('、')}`;
  return `未知的公开格式“${id}”；可用的格式：${DERIVABLE_PROFILES.join('、')}`;
}

type Path = (string | number)[];

/** Cross-field checks: names that must resolve and sums that must agree. Every issue carries its path. */
export function crossCheck(f: Facts, ctx: z.RefinementCtx<Facts>): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const p = profileProblem(f.profile);
  if (p) issue(['profile'], p);
  const ref = builtinReference(f.department.year);
  const units = unitsOf(f);
  const unitNames = new Set<string>();
  units.forEach((u, i) => {
    if (unitNames.has(u.name)) issue(['units', i, 'name'], `单位“${u.name}”重复`);
    unitNames.add(u.name);
  });
  const checkUnit = (path: Path, unit: string | undefined) => {
    if (unit !== undefined && !unitNames.has(unit)) issue(path, `单位“${unit}”不在 units 列表中（已有：${[...unitNames].join('、')}）`);
  };

  const seen = new Map<string, number>();
  f.expenditure.forEach((l, i) => {
    checkUnit(['expenditure', i, 'unit'], l.unit);
    const key = `${unitName(f, l.unit)}|${l.code}`;
    if (seen.has(key)) issue(['expenditure', i, 'code'], `科目${l.code}在同一单位下重复填写（另见 expenditure[${seen.get(key)}]），请合并为一行`);
    else seen.set(key, i);
  });
  for (const pr of functionalNames(f.expenditure, f.functionalNames, ref).problems) issue(['expenditure', pr.index, pr.field], pr.message);

  let personnelPublic = 0n;
  let publicTotal = 0n;
  f.basicEconomic.forEach((l, i) => {
    const r = resolveEconomic(l, ref);
    if (typeof r === 'string') issue(['basicEconomic', i], r);
    personnelPublic += (l.personnel?.fen ?? 0n) + (l.public?.fen ?? 0n);
    publicTotal += l.public?.fen ?? 0n;
  });
  const basicGpb = f.expenditure.reduce((s, l) => s + (l.basic?.gpb?.fen ?? 0n), 0n);
  if (personnelPublic !== basicGpb)
    issue(['basicEconomic'], `基本支出经济分类合计${yuanText(personnelPublic)}，与功能分类一般公共预算基本支出合计${yuanText(basicGpb)}不一致（相差${yuanText(personnelPublic - basicGpb)}）`);

  checkProjects(f, issue, checkUnit);
  checkIncome(f, issue);

  const operating = units.reduce((s, u) => s + fenOf(u.operatingCost, ['gpb']), 0n);
  if (operating > publicTotal)
    issue(['units'], `机关运行经费（一般公共预算）合计${yuanText(operating)}，超过了基本支出中的公用经费${yuanText(publicTotal)}`);
}

type Issue = (path: Path, message: string) => void;

function checkProjects(f: Facts, issue: Issue, checkUnit: (path: Path, unit: string | undefined) => void): void {
  const names = new Map<string, number>();
  f.projects.forEach((pr, i) => {
    checkUnit(['projects', i, 'unit'], pr.unit);
    const key = `${unitName(f, pr.unit)}|${pr.name}`;
    if (names.has(key)) issue(['projects', i, 'name'], `项目“${pr.name}”在同一单位下重复（另见 projects[${names.get(key)}]）`);
    names.set(key, i);
    const annual = fenOf(pr.amount);
    const funds = pr.form?.funds;
    if (funds) {
      const parts = fenOf(funds, ['central', 'provincial', 'local', 'self', 'other']);
      const anyPart = ['central', 'provincial', 'local', 'self', 'other'].some((k) => k in funds);
      if (anyPart && parts !== annual)
        issue(['projects', i, 'form', 'funds'], `项目“${pr.name}”资金构成合计${yuanText(parts)}，不等于项目年度资金总额（本年预算）${yuanText(annual)}`);
      if (funds.periodTotal && funds.periodTotal.fen < annual)
        issue(['projects', i, 'form', 'funds', 'periodTotal'], `项目“${pr.name}”实施期资金总额${yuanText(funds.periodTotal.fen)}小于年度资金总额${yuanText(annual)}`);
    }
  });
  for (const [field, label] of [['amount', '本年'], ['carryover', '上年结转']] as const) {
    for (const s of SOURCES) {
      const projects = f.projects.reduce((t, pr) => t + (pr[field]?.[s]?.fen ?? 0n), 0n);
      const lines = f.expenditure.reduce((t, l) => t + ((field === 'amount' ? l.project : l.carryover?.project)?.[s]?.fen ?? 0n), 0n);
      if (projects !== lines)
        issue(['projects'], `${label}项目支出（${SOURCE_NAMES[s]}）：各项目合计${yuanText(projects)}，与功能分类科目中的项目支出${yuanText(lines)}不一致（相差${yuanText(projects - lines)}）`);
    }
  }
}

function checkIncome(f: Facts, issue: Issue): void {
  const spent = (s: SourceKey, carry: boolean) =>
    f.expenditure.reduce((t, l) => t + (carry ? fenOf(l.carryover?.basic, [s]) + fenOf(l.carryover?.project, [s]) : fenOf(l.basic, [s]) + fenOf(l.project, [s])), 0n);
  for (const [field, carry, label] of [['current', false, '本年收入'], ['carryover', true, '上年结转']] as const) {
    const declared = f.income?.[field];
    if (!declared) continue;
    for (const s of SOURCES) {
      const d = declared[s]?.fen ?? 0n;
      const e = spent(s, carry);
      if (d !== e) issue(['income', field, s], `${label}（${SOURCE_NAMES[s]}）填写为${yuanText(d)}，但各科目支出合计为${yuanText(e)}；预算收支必须平衡`);
    }
  }
  for (const [key, s, label] of [['govFund', 'gov_fund', '政府性基金预算'], ['soe', 'soe', '国有资本经营预算']] as const) {
    const income = (f[key]?.income ?? []).reduce((t, l) => t + l.amount.fen, 0n);
    const e = spent(s, false);
    if (income !== e) issue([key, 'income'], `${label}收入科目合计${yuanText(income)}，与${label}本年支出${yuanText(e)}不一致`);
  }
}
