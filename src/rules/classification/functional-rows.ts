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

/** Expense-side tables whose every code row is a 支出功能分类 subject (收入总表 may list revenue codes). */
const EXPENSE_TREE_KINDS: TableKind[] = ['expense-summary', 'gpb-expense', 'gov-fund-expense', 'fiscal-summary'];

/** A code row that cannot be a functional subject in a table of functional subjects, with the code it most likely meant. */
export interface StrayCode {
  table: Table;
  row: Row;
  /** The code under the nearest functional line above with the stray's own last digits (2101102 for "7 11 02" under 21011). */
  meant?: string;
}

/**
 * Subject rows of a functional tree whose printed code is not a functional code at all ("7 11 02" between 21011 and
 * 221): a typing slip in the 类 column. Only in tables of at least three functional lines, so that a table the reader
 * misjudged is not taken for a functional tree.
 */
export function strayCodes(tables: Table[]): StrayCode[] {
  const out: StrayCode[] = [];
  for (const t of tables) {
    if (!EXPENSE_TREE_KINDS.includes(t.kind) || functionalRows(t).length < 3) continue;
    let above: string | undefined;
    for (const r of t.rows) {
      if (!r.code || r.role !== 'data' || r.side === 'income') continue;
      if (FUNCTIONAL_CODE.test(r.code)) {
        above = r.code;
        continue;
      }
      if (!/^\d{3,7}$/.test(r.code) || !(r.level === '类' || r.level === '款' || r.level === '项')) continue;
      const tail = r.code.slice(-2);
      const meant = above && above.length >= 5 ? above.slice(0, 5) + tail : undefined;
      out.push({ table: t, row: r, meant });
    }
  }
  return out;
}
