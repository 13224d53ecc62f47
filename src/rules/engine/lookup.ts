import { halfQuantum, money } from '../../money/index.js';
import type { AmountPeriod, LineRef } from '../../model/claims.js';
import type { BudgetKind, Cell, Column, Row, Table } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import type { TableKind } from '../../profiles/table-kinds.js';
import type { Figure, Figures } from './figures.js';
import { cellLoc, rowLabel } from './locate.js';

/**
 * Table lookups for narrative claims: a line by code or 类/款/项 path, a row or a column by name, read in the
 * column of the period the claim is about (this year, last year, the 决算's budget or adjusted budget).
 */
export type Period = AmountPeriod | 'current';

/** Functional-classification tables, and the side their lines are on. */
export const FUNCTIONAL: TableKind[] = ['gpb-expense', 'expense-summary', 'fiscal-summary', 'gov-fund-expense', 'income-expense-summary'];

const squash = (s: string) => normalizeName(s).replace(/^其中[:：]?/, '');
const pathText = (c: Column) => c.path.map(squash).join('/');

/** Is the column about the period? A 决算 table's 年初预算/调整预算 columns are its budget figures. */
function inPeriod(c: Column, period: Period, kind: BudgetKind): boolean {
  if (c.type !== 'amount' || c.role === 'change') return false;
  const p = pathText(c);
  if (period === 'prior') return c.role === 'prior';
  if (c.role === 'prior') return false;
  const budget = /年初预算|预算数/.test(p) && !/决算/.test(p);
  const adjusted = /调整预算|全年预算/.test(p);
  if (period === 'budget') return kind === '决算' && budget && !adjusted;
  if (period === 'adjusted') return kind === '决算' && adjusted;
  return kind === '决算' ? !budget && !adjusted : true;
}

/** The value columns of a table for a period, totals first, on one side. */
export function valueColumns(t: Table, period: Period, kind: BudgetKind, side?: 'income' | 'expense'): Column[] {
  const cols = t.columns.filter((c) => c.side === side && inPeriod(c, period, kind));
  return [...cols.filter((c) => c.role === 'total'), ...cols.filter((c) => c.role !== 'total')];
}

export function rowFigure(f: Figures, t: Table, row: Row, period: Period): Figure | undefined {
  return rowFigures(f, t, row, period)[0];
}

/**
 * A line's figures in every value column of the period, its total first: a narrative may state a line's
 * 项目支出 or 基本支出 part ("项目支出…，其中：公共安全支出40230.95万元").
 */
export function rowFigures(f: Figures, t: Table, row: Row, period: Period): Figure[] {
  const columns = valueColumns(t, period, f.doc.meta.kind, row.side);
  const printed = columns.filter((c) => row.cells[c.key]?.value);
  // A line printed with every cell of the period blank states nothing: 0 ("公务用车购置费0万元" against a blank line),
  // when the table's other lines were read with figures.
  const blank = !printed.length && columns[0] && row.cells[columns[0].key] && t.rows.some((r) => r !== row && columns.some((c) => r.cells[c.key]?.value));
  return (blank ? [columns[0]] : printed)
    .map((c) => ({ value: row.cells[c.key].value ?? money(0n, t.unit, 2), location: cellLoc(t, row, c.key), label: `${t.title} ${rowLabel(row)}${c.role === 'total' ? '' : ' ' + c.label}${period === 'prior' ? '（上年）' : ''}`, cells: [row.cells[c.key]] }));
}

/** Where each printed cell of a document is (table and row), built once per document. */
const cellIndex = new WeakMap<Figures, Map<Cell, { t: Table; row: Row }>>();

function whereIs(f: Figures, cell: Cell): { t: Table; row: Row } | undefined {
  let index = cellIndex.get(f);
  if (!index) {
    index = new Map();
    for (const t of f.doc.tables)
      for (const row of t.rows) {
        const at = { t, row };
        for (const key in row.cells) index.set(row.cells[key], at);
      }
    cellIndex.set(f, index);
  }
  return index.get(cell);
}

/** The row a figure was read from, and the figures of its other value columns (the row's parts). */
export function siblings(f: Figures, fig: Figure): Figure[] {
  const cell = fig.cells?.[0];
  const at = cell && whereIs(f, cell);
  return at ? rowFigures(f, at.t, at.row, 'current').filter((x) => x.cells?.[0] !== cell) : [];
}

const sideOf = (t: Table): 'expense' | undefined => (t.rows.some((r) => r.side) ? 'expense' : undefined);

/** Rows of functional tables printing the code, or the names of the path (each level under the one before). */
export function lineRows(f: Figures, ref: LineRef, kinds: TableKind[] = FUNCTIONAL): { t: Table; row: Row }[] {
  const out: { t: Table; row: Row }[] = [];
  for (const kind of kinds)
    for (const t of f.tables(kind)) {
      const side = sideOf(t);
      const rows = t.rows.filter((r) => r.side === side && r.role === 'data');
      let hit: Row | undefined;
      if (ref.code) hit = rows.find((r) => r.code === ref.code);
      if (!hit && ref.path?.length) hit = byPath(t, rows, ref.path);
      if (hit) out.push({ t, row: hit });
    }
  return out;
}

const nameKeys = new Map<string, string>();
/** A row or path name without level markers, remembered: every row is compared with every step of every path. */
function nameKey(s: string): string {
  let k = nameKeys.get(s);
  if (k === undefined) {
    if (nameKeys.size > 50000) nameKeys.clear();
    nameKeys.set(s, (k = squash(s).replace(/\((?:类|款|项)\)/g, '')));
  }
  return k;
}

/**
 * Follow a path down the hierarchy: a 款 under its 类, a 项 under its 款; a path may start at any level. A table
 * read without codes or hierarchy is followed in print order (each name the first after the one before).
 */
function byPath(t: Table, rows: Row[], path: NonNullable<LineRef['path']>): Row | undefined {
  if (!rows.some((r) => r.code || r.parent !== undefined)) return inOrder(rows, path);
  let parent: Row | undefined;
  for (const step of path) {
    const names = [nameKey(step.name), nameKey(step.name) + '支出'];
    const cands = rows.filter((r) => names.includes(nameKey(r.name)) && (!parent || isUnder(t, r, parent)));
    if (cands.length !== 1) return undefined;
    parent = cands[0];
  }
  return parent;
}

function inOrder(rows: Row[], path: NonNullable<LineRef['path']>): Row | undefined {
  let at = -1;
  for (const step of path) {
    const names = [nameKey(step.name), nameKey(step.name) + '支出'];
    at = rows.findIndex((r, i) => i > at && names.includes(nameKey(r.name)));
    if (at < 0) return undefined;
  }
  return rows[at];
}

function isUnder(t: Table, r: Row, parent: Row): boolean {
  if (r.code && parent.code) return r.code.startsWith(parent.code) && r.code.length > parent.code.length;
  for (let p = r.parent; p !== undefined; p = t.rows[p]?.parent) if (t.rows[p] === parent) return true;
  return false;
}

/** Rows whose name (or second name) is `name`, in tables of the given kinds. */
export function namedRows(f: Figures, keys: string[], kinds: TableKind[], side?: 'income' | 'expense'): { t: Table; row: Row }[] {
  const out: { t: Table; row: Row }[] = [];
  for (const kind of kinds)
    for (const t of f.tables(kind)) {
      const s = t.rows.some((r) => r.side) ? side : undefined;
      const wanted = keys.filter(Boolean);
      for (const row of t.rows) {
        if (row.side !== s || !wanted.length || !row.name) continue;
        if (wanted.includes(rowKey(row.name)) || (row.altName && wanted.includes(rowKey(row.altName)))) out.push({ t, row });
      }
    }
  return out;
}

/**
 * Columns labelled `name` ("因公出国（境）费", "机关运行经费支出"), read on the table's total row, or on its only
 * data row.
 */
export function namedColumns(f: Figures, keys: string[], kinds: TableKind[], period: Period): Figure[] {
  const out: Figure[] = [];
  for (const kind of kinds)
    for (const t of f.tables(kind)) {
      const row = rowOfPeriod(t, period, f.doc.meta.kind, f.doc.meta.year);
      if (!row) continue;
      // A row that is the period (年度 2025年 / 2026年) is read in this year's columns.
      const colPeriod = row.period ? 'current' : period;
      for (const c of t.columns) {
        // "公务用车购置及运行维护费/小计": a group's subtotal column is named by its group.
        const name = /^(小计|合计)$/.test(c.label) && c.path.length > 1 ? c.path[c.path.length - 2] : c.label;
        if (!inPeriod(c, colPeriod, f.doc.meta.kind) || !keys.includes(itemKey(name))) continue;
        const cell = row.cells[c.key];
        // A blank cell of a row read with figures is a stated nothing: 0 ("事业收入0万元" against a blank 事业收入).
        const value = cell?.value ?? (cell && Object.values(row.cells).some((x) => x.value) ? money(0n, t.unit, 2) : undefined);
        if (value) out.push({ value, location: cellLoc(t, row, c.key), label: `${t.title} ${c.path.join('/')}`, cells: [cell] });
      }
      for (const [name, cols] of fundGroups(t)) if (keys.includes(itemKey(name))) out.push(...groupSum(t, row, name, cols.filter((c) => inPeriod(c, colPeriod, f.doc.meta.kind))));
    }
  return out;
}

const FUND = /^(一般公共预算|政府性基金预算?|国有资本经营预算?)$/;

/**
 * Items printed only by fund, without a column of their own total ("因公出国(境)费/一般公共预算 | 政府性基金预算 |
 * 国有资本经营预算"): each item's fund columns, by item ("…/小计/一般公共预算" belongs to the group above 小计).
 */
export function fundGroups(t: Table): Map<string, Column[]> {
  const groups = new Map<string, Column[]>();
  for (const c of t.columns) {
    if (c.type !== 'amount' || !FUND.test(squash(c.label)) || c.path.length < 2) continue;
    const up = c.path.slice(0, -1).filter((p) => !/^(小计|合计)$/.test(squash(p)));
    const name = up[up.length - 1];
    if (name) groups.set(name, [...(groups.get(name) ?? []), c]);
  }
  // A group with a total column of its own ("因公出国(境)费/合计") is read from that column.
  const ownTotal = (name: string) => t.columns.some((c) => c.type === 'amount' && c.path.length === 2 && c.path[0] === name && /^(小计|合计)$/.test(squash(c.label)));
  for (const name of [...groups.keys()]) if (ownTotal(name)) groups.delete(name);
  return groups;
}

/** An item's figure as the sum of its fund columns on a row (tolerance: the half units of the addends). */
export function groupSum(t: Table, row: Row, name: string, cols: Column[]): Figure[] {
  const cells = cols.map((c) => row.cells[c.key]).filter((c): c is Cell => !!c);
  if (!cells.length || !cells.some((c) => c.value)) return [];
  const fen = cells.reduce((s, c) => s + (c.value?.fen ?? 0n), 0n);
  // Each addend is off by up to half its last digit; the comparison adds one such half itself.
  const halves = cells.map((c) => (c.value ? halfQuantum(c.value) : 0n));
  const tolerance = halves.reduce((a, b) => a + b, 0n) - (halves[0] ?? 0n);
  return [{ value: money(fen, t.unit, 2), location: cellLoc(t, row, cols[0].key), label: `${t.title} ${name}${row.period ? `（${row.period}）` : ''}`, cells, ...(tolerance > 0n ? { tolerance } : {}) }];
}

/** The row to read a column on: the total row, a row named for the period (决算数, 预算数, 上年), or the only row. */
export function rowOfPeriod(t: Table, period: Period, kind: BudgetKind, year?: number): Row | undefined {
  // Rows that are periods (年度: 2025年 / 2026年 / 增减变化金额): the row of this year or of last year.
  const dated = t.rows.filter((r) => r.period);
  if (dated.length && (period === 'current' || period === 'prior')) {
    const y = year === undefined ? undefined : period === 'current' ? year : year - 1;
    const word = period === 'current' ? /^(本年|当年)/ : /^上年/;
    const hit = dated.filter((r) => (y !== undefined && new RegExp(`^${y}年`).test(r.period!)) || word.test(r.period!));
    if (hit.length === 1) return hit[0];
  }
  const total = t.rows.find((r) => r.role === 'total' || r.role === 'grand-total');
  if (total) return total;
  const named = (re: RegExp, not?: RegExp) => t.rows.find((r) => re.test(squash(r.name)) && !(not && not.test(squash(r.name))));
  const byName =
    period === 'prior' ? named(/上年/) : period === 'budget' ? named(/预算/, /决算|调整|全年/) : period === 'adjusted' ? named(/调整预算|全年预算/) : kind === '决算' ? named(/决算/) : undefined;
  if (byName) return byName;
  const data = t.rows.filter((r) => r.role === 'data');
  return data.length === 1 ? data[0] : undefined;
}

const rowKeys = new Map<string, string>();
/** itemKey of a printed row name, remembered: the same names are looked up for every claim. */
function rowKey(name: string): string {
  let k = rowKeys.get(name);
  if (k === undefined) {
    k = itemKey(name);
    if (rowKeys.size > 50000) rowKeys.clear();
    rowKeys.set(name, k);
  }
  return k;
}

/**
 * A comparison key for item names: brackets, quotes, 其中, "费用/经费" and "和/及" variants, and trailing
 * qualifiers (支出, 预算数, 财政拨款) do not change which line a name means.
 */
export function itemKey(s: string): string {
  return squash(s)
    .replace(/[()]/g, '')
    .replace(/^\d+[.、]/, '')
    .replace(/(?:财政拨款)?(?:预算数?|决算数?)$/, '')
    .replace(/和/g, '及')
    .replace(/运行维护/g, '运行')
    .replace(/(?:费用|经费)$/, '费');
}
