import type { Row, Table } from '../../model/document.js';
import type { TableKind } from '../../profiles/table-kinds.js';

/** Tables whose coded rows are 支出功能分类科目 (收入总表 lists income by functional subject too). */
export const FUNCTIONAL_KINDS: TableKind[] = [
  'income-summary',
  'expense-summary',
  'fiscal-summary',
  'gpb-expense',
  'gov-fund-expense',
  'soe-capital',
  'project-expense',
  'project-carryover',
  'income-expense-summary',
];

/** 支出功能分类 codes: classes 201–2xx, with 款 and 项 of two digits each. 1xx are revenue codes, 3xx/5xx economic. */
const FUNCTIONAL_CODE = /^2\d{2}(\d{2}){0,2}$/;

/**
 * Subject rows (类/款/项) carrying a functional code. The income side of two-sided tables holds revenue codes and
 * is skipped, and so are project rows: their name is the project's, the code only says where it is booked.
 */
export function functionalRows(t: Table): Row[] {
  if (!FUNCTIONAL_KINDS.includes(t.kind)) return [];
  const subject = (r: Row) => r.level === '类' || r.level === '款' || r.level === '项';
  return t.rows.filter((r) => r.code && r.role === 'data' && r.side !== 'income' && subject(r) && FUNCTIONAL_CODE.test(r.code));
}

/** Tables with at least one functional code. */
export function codedTables(tables: Table[]): { table: Table; rows: Row[] }[] {
  return tables.map((table) => ({ table, rows: functionalRows(table) })).filter((x) => x.rows.length > 0);
}

/**
 * Tables that print the classification as a 类—款—项 tree. Project tables are left out: there a code is an
 * attribute of a project row (several projects share one 项), not a line of the tree.
 */
export function hierarchyTables(tables: Table[]): { table: Table; rows: Row[] }[] {
  return codedTables(tables).filter((x) => x.table.kind !== 'project-expense' && x.table.kind !== 'project-carryover');
}

export const LEVEL_OF_LENGTH: Record<number, '类' | '款' | '项'> = { 3: '类', 5: '款', 7: '项' };
