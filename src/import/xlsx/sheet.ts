import { GongkaiError } from '../../model/errors.js';
import { parseAmount } from '../../money/index.js';
import { tableKindOfTitle } from '../../profiles/table-kinds.js';
import { squash } from '../../model/columns.js';
import { formatNumber } from './cells.js';
import { mergeAt, underMerge, type GridCell, type GridRow, type SheetGrid } from './grid.js';
import { joinBroken, metaLines, NOTE, NUMBER_LINE, splitNarrative, UNIT } from './layout.js';

/** A line for the text importer plus where it came from: the sheet row and the column of each tab cell. */
export interface SheetLine {
  text: string;
  row: number;
  cols: number[];
  title?: boolean;
  header?: boolean;
}

const CODE = /^\d{3}(\d{2}){0,2}$/;
const ENUM = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．]\s*\S|[①②③④⑤⑥⑦⑧⑨⑩]|其中[:：]|…)/;
const TOTAL = /^(合计|总计|小计|(本年)?(收入|支出)(合计|总计))$/;
/** "（2026年度）" under a title. */
const SUBTITLE = /^[（(][^（()）]*[)）]$/;
const MAX_HEADER_ROWS = 6;
/** Widest table read: disclosure tables have a few dozen columns. */
const MAX_TABLE_COLUMNS = 256;
const DECIMALS = { 元: 2, 万元: 6, 亿元: 10 } as const;

function cellText(c: GridCell, maxDecimals = 10): string {
  return c.num !== undefined ? formatNumber(c.num, c.numFmt, maxDecimals) : joinBroken(c.text.trim());
}

const single = (r: GridRow): string | undefined => (r.cells.length === 1 ? r.cells[0].text.trim() : undefined);

function titleOf(r: GridRow): string | undefined {
  const texts = r.cells.map((c) => joinBroken(c.text.trim()));
  if (texts.length > 2) return undefined;
  const t = texts.join('');
  return tableKindOfTitle(t) ? t : undefined;
}

function isColumnNumbers(r: GridRow): boolean {
  const vals = r.cells.map((c) => squash(cellText(c))).filter((v) => v !== '栏次');
  return vals.length >= 3 && vals.every((v, i) => v === String(i + 1));
}

/** A row that carries data rather than labels: numbers, codes, enumerated names or an unmerged total. */
function isDataRow(grid: SheetGrid, r: GridRow): boolean {
  if (r.cells.some((c) => c.num !== undefined || parseAmount(c.text).kind === 'amount')) return true;
  // A row under a cell merged down from the row above continues the header.
  if (underMerge(grid, r.row)) return false;
  const first = squash(cellText(r.cells[0]));
  if (CODE.test(first) || ENUM.test(first)) return true;
  const merge = mergeAt(grid, r.row, r.cells[0].col);
  if (TOTAL.test(first) && !(merge && merge.bottom > merge.top)) return true;
  // A lone label that is not merged across columns is a row name, not a header.
  return r.cells.length === 1 && !(merge && merge.right > merge.left);
}

/** Lines of one worksheet: tables under recognised titles, everything else as plain lines. */
export function sheetLines(grid: SheetGrid): SheetLine[] {
  const rows = grid.rows;
  // A title has table rows (or a unit line) close below it and is not one of a list of titles (a contents page).
  const candidate = rows.map((r) => titleOf(r) !== undefined);
  const titles = rows
    .map((_, i) => i)
    .filter((i) => candidate[i] && !candidate[i + 1] && rows.slice(i + 1, i + 5).some((r) => r.cells.length > 1 || UNIT.test(single(r) ?? '')));
  const out: SheetLine[] = [];
  if (titles.length === 0 && tableKindOfTitle(grid.name) && rows.some((r) => r.cells.length > 1)) {
    // No printed title: the sheet's name titles the table; text above the table stays text.
    const lead = Math.max(0, rows.findIndex((r) => r.cells.length > 1 || metaLines(r.cells.map((c) => cellText(c))) !== undefined));
    for (const r of rows.slice(0, lead)) plain(r, out);
    out.push({ text: grid.name.trim(), row: rows[lead].row, cols: [rows[lead].cells[0].col], title: true });
    const used = lead + emitTable(grid, rows.slice(lead), out);
    for (const r of rows.slice(used)) plain(r, out);
    return out;
  }
  // A table begins at its number line ("表一") when one stands right above the title.
  const begins = titles.map((t) => (t > 0 && NUMBER_LINE.test(squash(single(rows[t - 1]) ?? '')) ? t - 1 : t));
  let i = 0;
  for (let k = 0; k <= titles.length; k++) {
    const begin = k < titles.length ? begins[k] : rows.length;
    for (; i < begin; i++) plain(rows[i], out);
    if (k === titles.length) break;
    const start = titles[k];
    if (begin < start) plain(rows[begin], out);
    const title = titleOf(rows[start])!;
    out.push({ text: title, row: rows[start].row, cols: [rows[start].cells[0].col], title: true });
    const end = k + 1 < titles.length ? Math.max(start + 1, begins[k + 1]) : rows.length;
    i = start + 1 + emitTable(grid, rows.slice(start + 1, end), out);
  }
  return out;
}

/** Emit a row outside tables: one cell as narrative lines, several as a tab-joined row. */
function plain(r: GridRow, out: SheetLine[]): void {
  const only = single(r);
  if (only !== undefined) {
    for (const text of splitNarrative(r.cells[0].num !== undefined ? cellText(r.cells[0]) : only)) out.push({ text, row: r.row, cols: [r.cells[0].col], title: false });
    return;
  }
  const first = r.cells[0].col;
  const last = r.cells[r.cells.length - 1].col;
  const cols = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const text = cols.map((c) => { const cell = r.cells.find((x) => x.col === c); return cell ? cellText(cell) : ''; }).join('\t');
  out.push({ text, row: r.row, cols, title: false });
}

/**
 * Where a table's rows end: after its last row with several cells, a number, a total or a note, any rows
 * that follow without a blank row still belong to it (empty items); after a blank row they do not.
 */
function trimTail(rows: GridRow[], from: number, end: number): number {
  let last = -1;
  for (let k = from; k < end; k++) {
    const r = rows[k];
    const t = squash(cellText(r.cells[0]));
    if (r.cells.length > 1 || r.cells[0].num !== undefined || TOTAL.test(t) || NOTE.test(t)) last = k;
  }
  if (last < 0) return end;
  let cut = last + 1;
  while (cut < end && rows[cut].row === rows[cut - 1].row + 1) cut++;
  return cut;
}

/**
 * Emit the rows of a table (after its title): department and unit lines, header rows (marked), data rows
 * padded to the table's width, notes. Returns how many rows were consumed; a narrative row ends the table.
 */
function emitTable(grid: SheetGrid, rows: GridRow[], out: SheetLine[]): number {
  let n = 0;
  let unit: keyof typeof DECIMALS = '元';
  const before: SheetLine[] = [];
  const metaOut: SheetLine[] = [];
  for (; n < rows.length; n++) {
    const r = rows[n];
    const meta = metaLines(r.cells.map((c) => cellText(c)));
    if (!meta && SUBTITLE.test(single(r) ?? '')) {
      before.push({ text: single(r)!, row: r.row, cols: [r.cells[0].col], title: false });
      continue;
    }
    if (!meta) break;
    for (const text of meta.other) before.push({ text, row: r.row, cols: [r.cells[0].col], title: false });
    if (meta.dept) metaOut.push({ text: meta.dept, row: r.row, cols: [r.cells[0].col], title: false });
    if (meta.unit) {
      unit = meta.unit;
      const at = r.cells.find((c) => UNIT.test(cellText(c).trim())) ?? r.cells[0];
      metaOut.push({ text: `单位：${unit}`, row: r.row, cols: [at.col], title: false });
    }
  }
  const titleLine = out.pop()!;
  for (const l of [...before, titleLine, ...metaOut]) out.push(l);
  let end = n;
  while (end < rows.length) {
    const only = single(rows[end]);
    if (only !== undefined && !NOTE.test(only) && (only.length > 40 || only.includes('\n')) && rows[end].cells[0].num === undefined) break;
    end++;
  }
  end = trimTail(rows, n, end);
  const body = rows.slice(n, end);
  if (body.length === 0) return end;
  const first = body.reduce((m, r) => Math.min(m, r.cells[0].col), Infinity);
  const last = body.reduce((m, r) => Math.max(m, r.cells[r.cells.length - 1].col), 0);
  if (last - first >= MAX_TABLE_COLUMNS) {
    throw new GongkaiError('too-wide', `工作表“${grid.name}”第${body[0].row}行起的表格宽达 ${last - first + 1} 列，超过 ${MAX_TABLE_COLUMNS} 列的上限，已拒绝读取`);
  }
  const cols = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  let headerRows = 0;
  let inHeader = true;
  for (const r of body) {
    const only = single(r);
    if (only !== undefined && NOTE.test(only)) {
      out.push({ text: joinBroken(only), row: r.row, cols: [r.cells[0].col], title: false });
      continue;
    }
    const columnNumbers = isColumnNumbers(r);
    let header: boolean | undefined;
    if (inHeader) {
      header = columnNumbers || (headerRows < MAX_HEADER_ROWS && !isDataRow(grid, r));
      if (header) headerRows++;
      else {
        inHeader = false;
        if (headerRows === 0) header = undefined;
      }
    }
    const byCol = new Map(r.cells.map((x) => [x.col, x]));
    const text = cols
      .map((c) => {
        const cell = byCol.get(c);
        if (!cell || (columnNumbers && squash(cell.text) === '栏次')) return '';
        return cellText(cell, DECIMALS[unit]);
      })
      .join('\t');
    out.push({ text, row: r.row, cols, header });
  }
  return end;
}
