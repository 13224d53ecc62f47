import type { BudgetDocument, Table } from '../model/document.js';
import { GongkaiError } from '../model/errors.js';
import { adminLevelOf } from '../model/admin-level.js';
import { builtinReference, type ReferenceSet } from '../reference/index.js';
import { profileProblem } from '../facts/checks.js';
import { parseFacts } from '../facts/load.js';
import type { Facts, FactsInput } from '../facts/schema.js';
import { cn, makeCtx, type Ctx } from './context.js';
import { performanceForms } from './forms.js';
import { glossary } from './glossary.js';
import { Sections } from './narrative-base.js';
import { overviewPart, summarySections } from './narrative-overview.js';
import { costSections, gpbSections } from './narrative-spending.js';
import { assetsAndOther, performanceSection } from './narrative-tail.js';
import { expenseSummary, fiscalSummary, incomeExpenseSummary, incomeSummary } from './tables-summary.js';
import { gpbBasicEconomic, gpbExpense, govFundExpense, govFundIncome, soeCapital } from './tables-detail.js';
import { operatingCost, projectCarryover, projectExpense, threePublic } from './tables-other.js';

export type { ChartSpec, ChartParagraph, DerivedRow } from './types.js';
export { isChartParagraph, rowLabelOf } from './types.js';

export interface DeriveOptions {
  /** Path of the facts file, recorded as the source of every derived piece. */
  file?: string;
  ref?: ReferenceSet;
}

/** The 13 tables of the Shanxi profile, in print order. */
function shanxi13Tables(ctx: Ctx): Table[] {
  const builders = [
    incomeExpenseSummary,
    incomeSummary,
    expenseSummary,
    fiscalSummary,
    gpbExpense,
    gpbBasicEconomic,
    govFundIncome,
    govFundExpense,
    soeCapital,
    threePublic,
    operatingCost,
    projectExpense,
    projectCarryover,
  ];
  return builders.map((build, i) => ({ ...build(ctx), id: `t${i + 1}`, number: `表${cn(i + 1)}` }));
}

/**
 * Derive the disclosure from the department's budget facts: the same document model the importers produce
 * (tables, narrative with its claims, performance forms, glossary), so the rule engine checks it as it
 * checks a published document. The facts are validated (again) first, so facts built in code get the same
 * checks and Chinese errors as a facts file.
 */
export function deriveDocument(input: Facts | FactsInput, profileId = 'shanxi-13', opts: DeriveOptions = {}): BudgetDocument {
  const problem = profileProblem(profileId);
  if (problem) throw new GongkaiError('unknown-profile', problem, 'profile');
  const facts = parseFacts(input);
  const d = facts.department;
  const filled: Facts = { ...facts, department: { ...d, adminLevel: d.adminLevel ?? adminLevelOf(d.name) ?? 'county' } };
  const ctx = makeCtx(filled, opts.ref ?? builtinReference(d.year), opts.file);
  const tables = shanxi13Tables(ctx);
  const s = new Sections(ctx);
  const scopeWord = d.scope === '单位' ? '单位' : '部门';
  const explain = `${d.year}年度${scopeWord}${d.kind}情况说明`;
  overviewPart(ctx, s);
  summarySections(ctx, s, explain);
  gpbSections(ctx, s, explain);
  costSections(ctx, s, explain);
  performanceSection(ctx, s, explain);
  assetsAndOther(ctx, s, explain);
  const entries = glossary(ctx, s);
  const toc: BudgetDocument['toc'] = [
    { title: '第一部分 概况', source: ctx.source },
    ...s.list.filter((x) => x.part === '概况').map((x) => ({ title: `${x.number}、${x.heading}`, source: ctx.source })),
    { title: `第二部分 ${d.year}年${scopeWord}${d.kind}报表`, source: ctx.source },
    ...tables.map((t) => ({ title: `${t.number}${t.title}`, source: ctx.source })),
    { title: `第三部分 ${explain}`, source: ctx.source },
    ...s.list.filter((x) => x.part === explain && /^[一二三四五六七八九十]+$/.test(x.number ?? '')).map((x) => ({ title: `${x.number}、${x.heading}`, source: ctx.source })),
    { title: '第四部分 名词解释', source: ctx.source },
  ];
  return {
    meta: {
      title: `${d.name} ${d.year}年度${scopeWord}${d.kind}公开`,
      department: d.name,
      year: d.year,
      kind: d.kind,
      scope: d.scope,
      adminLevel: filled.department.adminLevel,
      unit: facts.unit,
      region: d.region,
      profile: profileId,
      draft: facts.draft,
      source: ctx.source,
    },
    tables,
    sections: s.list,
    forms: performanceForms(ctx),
    glossary: entries,
    toc,
    unplaced: [],
  };
}
