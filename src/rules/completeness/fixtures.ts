// Test fixtures shared by the completeness rule tests.
import { table } from '../testing.js';

/** A minimal one-row table (an empty 合计 row unless rows are given). */
export function tiny(title: string, rows: (string | number)[][] = [['合计', '']]): string {
  return table(title, [['项目', '合计'], ...rows]);
}

/** Titles of the nine tables of the national profile, one per kind. */
export const NATIONAL_9 = [
  '2026年预算收支总表',
  '2026年预算收入总表',
  '2026年预算支出总表',
  '2026年财政拨款收支总表',
  '2026年一般公共预算支出表',
  '2026年一般公共预算基本支出表',
  '2026年政府性基金预算支出表',
  '2026年国有资本经营预算支出表',
  '2026年“三公”经费和机关运行经费预算表',
];
