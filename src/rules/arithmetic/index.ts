import type { Rule } from '../engine/types.js';
import tableColumnTotal from './table-column-total.js';
import tableTotalRow from './table-total-row.js';
import codeHierarchySum from './code-hierarchy-sum.js';
import economicHierarchySum from './economic-hierarchy-sum.js';
import balanceTotal from './balance-total.js';
import balanceSides from './balance-sides.js';
import projectTableSum from './project-table-sum.js';
import subItemSum from './sub-item-sum.js';
import negativeAmount from './negative-amount.js';
import finalBalance from './final-balance.js';

export const ARITHMETIC_RULES: Rule[] = [
  tableColumnTotal,
  tableTotalRow,
  codeHierarchySum,
  economicHierarchySum,
  balanceTotal,
  balanceSides,
  projectTableSum,
  subItemSum,
  negativeAmount,
  finalBalance,
];
