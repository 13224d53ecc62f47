import type { TableKind } from './table-kinds.js';

/**
 * A regional format: which tables a disclosure must contain, which narrative sections, and what the
 * 整体/项目 performance forms look like. A new province is a new entry here, not new code paths.
 */
export interface Profile {
  id: string;
  name: string;
  kind: '预算' | '决算';
  requiredTables: TableKind[];
  /** Section topics (see sections.ts) the 情况说明 must have. */
  requiredTopics: string[];
  /** Tables that may be legitimately empty but must then say so (本表无数据). */
  mayBeEmpty: TableKind[];
}

export const PROFILES: Record<string, Profile> = {
  'shanxi-13': {
    id: 'shanxi-13',
    name: '山西省部门预算公开（13张表）',
    kind: '预算',
    requiredTables: [
      'income-expense-summary',
      'income-summary',
      'expense-summary',
      'fiscal-summary',
      'gpb-expense',
      'gpb-basic-economic',
      'gov-fund-income',
      'gov-fund-expense',
      'soe-capital',
      'three-public',
      'operating-cost',
      'project-expense',
      'project-carryover',
    ],
    requiredTopics: [
      'duties',
      'organisation',
      'change-overview',
      'income',
      'expenditure',
      'fiscal-overview',
      'gpb-expenditure',
      'gpb-basic',
      'three-public',
      'operating-cost',
      'procurement',
      'performance',
      'assets',
      'glossary',
    ],
    mayBeEmpty: ['gov-fund-income', 'gov-fund-expense', 'soe-capital', 'three-public', 'operating-cost', 'project-expense', 'project-carryover'],
  },
  'national-9': {
    id: 'national-9',
    name: '全国通用部门（单位）预算公开（9张表）',
    kind: '预算',
    requiredTables: [
      'income-expense-summary',
      'income-summary',
      'expense-summary',
      'fiscal-summary',
      'gpb-expense',
      'gpb-basic-economic',
      'gov-fund-expense',
      'soe-capital',
      'three-public-operating',
    ],
    requiredTopics: ['income', 'expenditure', 'fiscal-overview', 'gpb-expenditure', 'three-public', 'operating-cost', 'procurement', 'performance', 'assets', 'glossary'],
    mayBeEmpty: ['gov-fund-expense', 'soe-capital', 'three-public-operating'],
  },
  'national-9-final': {
    id: 'national-9-final',
    name: '全国通用部门决算公开（9张表）',
    kind: '决算',
    requiredTables: [
      'income-expense-summary',
      'income-summary',
      'expense-summary',
      'fiscal-summary',
      'gpb-expense',
      'gpb-basic-economic',
      'gov-fund-expense',
      'soe-capital',
      'three-public',
    ],
    requiredTopics: ['income', 'expenditure', 'fiscal-overview', 'gpb-expenditure', 'three-public', 'operating-cost', 'glossary'],
    mayBeEmpty: ['gov-fund-expense', 'soe-capital', 'three-public'],
  },
};

/** Pick the profile from what a document contains: 13-table Shanxi layout has separate 政府性基金收入 and 项目 tables. */
export function detectProfile(kinds: readonly TableKind[], budgetKind: '预算' | '决算'): Profile {
  if (budgetKind === '决算') return PROFILES['national-9-final'];
  if (kinds.includes('gov-fund-income') || kinds.includes('project-carryover') || kinds.includes('operating-cost')) return PROFILES['shanxi-13'];
  return PROFILES['national-9'];
}
