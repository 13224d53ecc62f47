import type { Rule } from '../engine/types.js';
import summaryVsIncome from './summary-vs-income.js';
import summaryVsExpense from './summary-vs-expense.js';
import incomeVsExpenseCodes from './income-vs-expense-codes.js';
import fiscalVsIncome from './fiscal-vs-income.js';
import fiscalVsGpb from './fiscal-vs-gpb.js';
import basicEconomicVsGpb from './basic-economic-vs-gpb.js';
import gpbWithinExpense from './gpb-within-expense.js';
import projectVsExpense from './project-vs-expense.js';
import operatingCostVsPublic from './operating-cost-vs-public.js';
import fundTables from './fund-tables-vs-summary.js';

export const CROSS_TABLE_RULES: Rule[] = [
  summaryVsIncome,
  summaryVsExpense,
  incomeVsExpenseCodes,
  fiscalVsIncome,
  fiscalVsGpb,
  basicEconomicVsGpb,
  gpbWithinExpense,
  projectVsExpense,
  operatingCostVsPublic,
  fundTables,
];
