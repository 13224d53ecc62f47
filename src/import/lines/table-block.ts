import type { Table } from '../../model/document.js';
import { parseAmount, type MoneyUnit } from '../../money/index.js';
import { tableKindOfTitle, type TableKind } from '../../profiles/table-kinds.js';
import { headerRows, splitHeader } from '../tables/header.js';
import type { InRow, TableInput } from '../tables/index.js';
import { cellsOf, soleCell, EMPTY_NOTE, isTableLabel, LABELLED_TITLE, metaLine, NOTE_LINE, TITLE_WITH_LABEL, unitIn, UNIT_STATEMENT, type RawLine } from './line.js';

/** What the block around a table said besides its rows. */
export interface Collected {
  input: TableInput;
  /** Notes under the table that say nothing about emptiness (reported as unplaced). */
  notes: RawLine[];
  /** Index of the first line after the table. */
  next: number;
}

const isRow = (l: RawLine) => l.text.includes('\t') || (l.cells !== undefined && l.cells.length > 1);

/** A short line between a title and its rows: a subtitle such as "（按功能分类）" or "2026年度". */
const SUBTITLE = /^[（(].{1,20}[)）]$|^\d{4}年度?$|^.{1,16}$/;

/** The table's number when its title line carries it: led by it ("预算03表 支出总表") or ending in it ("收支总表（预算表1）"). */
function labelOfTitle(title: string, number?: string): { title: string; number?: string } {
  if (number) return { title, number };
  const led = LABELLED_TITLE.exec(title);
  if (led && tableKindOfTitle(led[2])) return { title: led[2].trim(), number: led[1] };
  return { title, number: TITLE_WITH_LABEL.exec(title)?.[1] };
}

/**
 * Collect a table that starts with its title at `start`: meta lines (部门/单位/金额单位), labels (公开01表),
 * subtitles, the rows, empty notes ("本表无数据") and notes under it. `kind` is the title's table kind.
 */
export function collectTable(lines: RawLine[], start: number, kind: TableKind, number?: string): Collected {
  let title = lines[start];
  // A note printed under the title ("（按经济分类科目分）") is part of it and may say what the table is.
  let k = start + 1;
  while (k < lines.length && lines[k].text.trim() === '') k++;
  const next = lines[k] as RawLine | undefined;
  if (next && /^[（(][^（()）]{2,20}[)）]$/.test(next.text.trim()) && !unitIn(next.text)) {
    title = { ...title, text: title.text.trim() + next.text.trim() };
    kind = tableKindOfTitle(title.text) ?? kind;
  }
  let unit: MoneyUnit | undefined;
  let unitSource: Table['unitSource'];
  const statedUnit = unitIn(title.text);
  if (statedUnit && statedUnit !== '千元') [unit, unitSource] = [statedUnit, 'title'];
  let emptyNote: string | undefined;
  const rows: InRow[] = [];
  const notes: RawLine[] = [];
  let i = start + 1;
  let afterNote = false;
  let lastPage: number | undefined;
  for (; i < lines.length; i++) {
    const l = lines[i];
    const t = l.text.trim();
    if (t === '') continue;
    if (isRow(l)) {
      if (afterNote) break;
      const sole = soleCell(l);
      if (sole && rows.length && l.title !== false && tableKindOfTitle(sole)) break; // the next table's title, in its grid
      // "预算单位：某局 | … | 单位：万元" drawn inside the grid, above the header.
      const meta = rows.length ? undefined : metaLine(t);
      if (meta) {
        if (meta.unit && !unit) [unit, unitSource] = [meta.unit, 'table'];
        continue;
      }
      const cells = cellsOf(l);
      // A unit stated inside the header ("金额单位：万元" in a header cell) is taken out of the cell.
      const u = cells.map((c) => unitIn(c.text)).find((x) => x !== undefined);
      if (u && u !== '千元' && !unit) [unit, unitSource] = [u, 'header'];
      const kept = cells.map((c) => (UNIT_STATEMENT.test(c.text.replace(/\s+/g, '')) ? { ...c, text: c.text.replace(/[（(]?\s*(金额|计量)?单位\s*[:：]\s*(亿元|万元|千元|元)\s*[)）]?/, '').trim() } : c));
      const row = { cells: kept, header: l.header, line: l.line };
      if (l.page !== undefined && l.page !== lastPage && !l.header && joinBrokenRow(rows, row)) continue;
      lastPage = l.page;
      rows.push(row);
      continue;
    }
    if (l.title === true || (l.title !== false && tableKindOfTitle(t))) break;
    const meta = metaLine(t);
    if (meta) {
      if (meta.unit && !unit) [unit, unitSource] = [meta.unit, 'table'];
      continue;
    }
    if (isTableLabel(t)) {
      if (rows.length) break; // the next table's label
      continue;
    }
    if (NOTE_LINE.test(t)) {
      if (EMPTY_NOTE.test(t)) emptyNote = t;
      else notes.push(l);
      afterNote = true;
      continue;
    }
    if (EMPTY_NOTE.test(t) && t.length <= 80) {
      emptyNote = t;
      continue;
    }
    if (!rows.length && SUBTITLE.test(t) && !/[。；]/.test(t)) {
      const u = unitIn(t);
      if (u && u !== '千元' && !unit) [unit, unitSource] = [u, 'table'];
      continue;
    }
    break;
  }
  const { title: titleText, number: printedNumber } = labelOfTitle(title.text.trim(), number);
  return {
    input: { kind, title: titleText, number: printedNumber, titleLine: title.line, unit, unitSource, emptyNote, rows },
    notes,
    next: i,
  };
}

/** Header rows of a table as their texts, for recognising a header repeated on a continuation page. */
export const rowKey = (r: InRow) => r.cells.map((c) => c.text.replace(/\s+/g, '')).join('|');

/**
 * Rows that continue the table before them (a table broken over pages whose parts the importer could not join):
 * rows right after it, without a title, with the same number of columns. A repeated header is dropped.
 */
export function continuation(prev: TableInput, lines: RawLine[], start: number): { rows: InRow[]; next: number } | undefined {
  const rows: InRow[] = [];
  const width = prev.rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
  const header = new Set(headerRows(prev.rows).map(rowKey));
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l.text.trim() === '') continue;
    if (!isRow(l)) break;
    const cells = cellsOf(l);
    if (cells.length !== width) break;
    const row = { cells, header: l.header, line: l.line };
    if (!rows.length && (header.has(rowKey(row)) || repeatsTotal(prev.rows, row))) continue;
    rows.push({ ...row, header: false });
  }
  if (rows.length && joinBrokenRow(prev.rows, rows[0])) rows.shift();
  return rows.length ? { rows, next: i } : undefined;
}

/** Brackets opened and not closed in a text. */
const openBrackets = (t: string) => (t.match(/[（(]/g)?.length ?? 0) - (t.match(/[）)]/g)?.length ?? 0);

const isAmountText = (t: string) => t !== '' && parseAmount(t).kind === 'amount';

/** The 合计 line printed again under the repeated header of a continued table: the same line, not a new one. */
export function repeatsTotal(before: InRow[], row: InRow): boolean {
  const key = rowKey(row);
  return row.cells.some((c) => /^(合计|总计)$/.test(c.text.replace(/\s+/g, ''))) && before.some((r) => rowKey(r) === key);
}

/**
 * A row broken by the page: the rest of the last row's name and of its figures ("12,437.3" | "6") opens the next
 * page with the row's first amount (its total) blank. Such a fragment is joined to the row it continues, and
 * nothing else is: every filled cell must continue a filled cell above, and the figures joined must still read.
 */
export function joinBrokenRow(before: InRow[], fragment: InRow): boolean {
  const last = before[before.length - 1];
  if (!last || last.cells.length !== fragment.cells.length) return false;
  const a = last.cells.map((c) => c.text.trim());
  const b = fragment.cells.map((c) => c.text.trim());
  const filled = b.flatMap((t, i) => (t !== '' ? [i] : []));
  // "杭州市公安局交通治安分局（水上" | … then "治安分局）" alone: a name whose bracket the page break left open.
  if (filled.length === 1 && !isAmountText(b[filled[0]]) && openBrackets(a[filled[0]]) > 0 && openBrackets(a[filled[0]] + b[filled[0]]) === 0) {
    last.cells = last.cells.map((c, i) => (i === filled[0] ? { ...c, text: a[i] + b[i] } : c));
    return true;
  }
  const firstAmount = a.findIndex(isAmountText);
  if (firstAmount < 0 || b[firstAmount] !== '') return false;
  const digits = filled.filter((i) => /^[\d,.]+$/.test(b[i]));
  if (!digits.length || filled.some((i) => a[i] === '')) return false;
  if (digits.some((i) => !isAmountText(a[i] + b[i]))) return false;
  last.cells = last.cells.map((c, i) => (b[i] ? { ...c, text: a[i] + b[i] } : c));
  return true;
}

/**
 * A table printed over several pages with its number, title and header repeated on each page reads as several
 * blocks of one title: consecutive blocks of the same kind, title and width on following pages are one table.
 * The repeated header rows are dropped.
 */
export function joinRepeated(blocks: TableInput[], lines: Map<number, RawLine>): TableInput[] {
  const out: TableInput[] = [];
  const pageOf = (line: number) => lines.get(line)?.page;
  const width = (b: TableInput) => Math.max(0, ...b.rows.map((r) => r.cells.length));
  const squashed = (t: string) => t.replace(/\s+/g, '');
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const lastPage = prev?.rows.length ? pageOf(prev.rows[prev.rows.length - 1].line) : undefined;
    const firstPage = pageOf(b.titleLine);
    const same = prev && prev.kind === b.kind && squashed(prev.title) === squashed(b.title) && width(prev) === width(b) && (!prev.number || !b.number || squashed(prev.number) === squashed(b.number));
    if (same && lastPage !== undefined && firstPage !== undefined && firstPage === lastPage + 1) {
      const header = new Set(headerRows(prev.rows).map(rowKey));
      const { header: own, data } = splitHeader(b.rows);
      if (own.every((r) => header.has(rowKey(r))) || own.length === 0) {
        if (data.length && joinBrokenRow(prev.rows, data[0])) data.shift();
        if (data.length && repeatsTotal(prev.rows, data[0])) data.shift();
        prev.rows.push(...data.map((r) => ({ ...r, header: false })));
        prev.emptyNote ??= b.emptyNote;
        continue;
      }
    }
    out.push(b);
  }
  return out;
}
