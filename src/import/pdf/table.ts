import { buildHeader, squash, typeOfPath } from '../../model/columns.js';
import type { Grid } from './grid.js';
import { maxOf, type Box } from './text.js';

/** A cell of a reconstructed table row; `span` is the column range of a merged cell (end exclusive). */
export interface TCell {
  text: string;
  box?: Box;
  /** Left and right x of the text (indentation of names). */
  ink?: [number, number];
  span?: [number, number];
}

export interface TRow {
  cells: TCell[];
  page: number;
  box: Box;
  header: boolean;
}

const NUM = /^[-－]?[\d,，]*\d(\.\d+)?%?$/;
const CODE_LABEL = /^(类|款|项)$/;
const TOTAL_LABEL = /^(合计|总计|.{1,8}合计|.{1,6}总计)$/;
const ENUMERATED = /^([一二三四五六七八九十]+、|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]+[)）])/;

/** Elementary rows of a grid; a merged cell's text sits at its top-left position. */
function gridRows(g: Grid): TRow[] {
  const rows: TRow[] = [];
  for (let r = 0; r < g.ys.length - 1; r++) {
    const cells: TCell[] = [];
    for (let c = 0; c < g.xs.length - 1; c++) {
      const cell = g.cells[g.at[r][c]];
      cells.push(cell.r0 === r && cell.c0 === c ? { text: cell.text, box: cell.box, ink: cell.ink, span: [cell.c0, cell.c1] } : { text: '' });
    }
    const box: Box = [g.box[0], g.ys[r], g.box[2], g.ys[r + 1] - g.ys[r]];
    rows.push({ cells, page: g.page, box: box.map((n) => Math.round(n * 100) / 100) as Box, header: false });
  }
  return rows;
}

const texts = (r: TRow) => r.cells.map((c) => c.text.trim());
const isEmpty = (r: TRow) => texts(r).every((t) => t === '');

/** "1 2 3 …" or "栏次 1 2 3" rows that number the columns. */
function isColumnNumbers(r: TRow): boolean {
  const all = texts(r).filter((t) => t !== '');
  const vals = all.filter((t) => t !== '栏次');
  return vals.length >= (all.length > vals.length ? 1 : 3) && vals.every((v, i) => v === String(i + 1));
}

/**
 * Map the columns of a continuation grid onto the columns of the first part by horizontal overlap. A column
 * that covers several columns of the first part (a merged cell) maps to the first of them, where a merged
 * cell's text sits.
 */
function alignColumns(rows: TRow[], from: Grid, to: Grid): TRow[] {
  const target = (c: number) => {
    let best = -1;
    let bestOverlap = 0;
    for (let k = 0; k < to.xs.length - 1; k++) {
      const ov = Math.min(from.xs[c + 1], to.xs[k + 1]) - Math.max(from.xs[c], to.xs[k]);
      if (ov >= 0.8 * (to.xs[k + 1] - to.xs[k]) && ov < 0.8 * (from.xs[c + 1] - from.xs[c])) return k;
      if (ov > bestOverlap) [best, bestOverlap] = [k, ov];
    }
    return best;
  };
  const map = from.xs.slice(0, -1).map((_, c) => target(c));
  return rows.map((r) => {
    const cells: TCell[] = to.xs.slice(0, -1).map(() => ({ text: '' }));
    r.cells.forEach((cell, c) => {
      const k = map[c];
      if (k < 0 || cell.text === '') return;
      cells[k] = cells[k].text ? { ...cells[k], text: cells[k].text + cell.text } : { ...cell, span: [k, k + 1] };
    });
    return { ...r, cells };
  });
}

const ROW_LABEL_HEAD = /^(项目|科目|.*编码|.*名称)$/;

/** Columns under a row-label header (项目/科目编码/科目名称…): 合计 there is a row, not a column. */
function labelZone(header: TRow[]): number {
  let zone = 0;
  for (const r of header) {
    // Row labels may take several leading columns (科目编码 | 科目名称).
    for (let k = 0; k < r.cells.length && ROW_LABEL_HEAD.test(squash(r.cells[k].text)); ) {
      const end = r.cells[k].span ? r.cells[k].span![1] : k + 1;
      zone = Math.max(zone, end);
      k = Math.max(end, k + 1);
    }
  }
  return zone;
}

/** Every column under a row-label header, the second side's (支出 beside 收入) included. */
const labelColumns = (header: TRow[]) =>
  new Set(header.flatMap((r) => r.cells.flatMap((c, k) => (ROW_LABEL_HEAD.test(squash(c.text)) ? columnsOf(c, k) : []))));
const columnsOf = (c: TCell, k: number) => (c.span ? Array.from({ length: c.span[1] - c.span[0] }, (_, i) => c.span![0] + i) : [k]);

/**
 * Split the rows of a table into header rows and data rows. Where the header's last row shares its line
 * with the first data row (类/款/项 beside 合计, or sub-column labels beside 合计), the row is split in two.
 */
function splitHeader(rows: TRow[], ruled: boolean): { header: TRow[]; data: TRow[] } {
  const header: TRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const zone = labelZone(header);
    const t = texts(r);
    // In a ruled grid, a row with a label and cells of its own (empty) for every value column is a data row
    // of an empty table; header rows share value cells merged from above or label them.
    const emptyRow = ruled && zone > 0 && t.every((x, c) => c < zone || (x === '' && r.cells[c].span !== undefined));
    const isData = emptyRow || t.some((x, c) => x !== '' && (NUM.test(x) || ENUMERATED.test(x) || (c < zone && TOTAL_LABEL.test(squash(x)))));
    if (isColumnNumbers(r)) continue;
    if (!isData) {
      header.push({ ...r, header: true });
      continue;
    }
    // Header labels on the first data row's line move to a header row of their own.
    const labelsOnly = !t.some((x) => NUM.test(x) || ENUMERATED.test(x));
    const rowLabel = (x: string, c: number) => TOTAL_LABEL.test(squash(x)) && labelColumns(header).has(c);
    const moved = t.map((x, c) => x !== '' && (CODE_LABEL.test(x) || (labelsOnly && zone > 0 && c >= zone && !rowLabel(x, c))));
    if (moved.some(Boolean)) {
      header.push({ ...r, header: true, cells: r.cells.map((c, k) => (moved[k] ? c : { text: '' })) });
      rows = [...rows.slice(0, i), { ...r, cells: r.cells.map((c, k) => (moved[k] ? { text: '' } : c)) }, ...rows.slice(i + 1)];
    }
    return { header, data: rows.slice(i) };
  }
  return { header, data: [] };
}

/** Rows of one logical table from its grids (the first one plus continuations on following pages). */
export function tableRows(parts: Grid[]): TRow[] {
  const own = gridRows(parts[0]).filter((r) => !isEmpty(r));
  const first = splitHeader(parts[0].unruled ? joinWrapped(own) : own, !parts[0].unruled);
  const data = [...first.data];
  const headKey = first.header.map((r) => texts(r).join('|'));
  for (const g of parts.slice(1)) {
    const own = gridRows(g).filter((r) => !isEmpty(r));
    let rows = alignColumns(g.unruled ? joinWrapped(own) : own, g, parts[0]);
    // Drop header rows repeated at the top of a continuation page.
    let k = 0;
    while (k < rows.length && k < headKey.length && headKey.includes(texts(rows[k]).join('|'))) k++;
    rows = rows.slice(k).filter((r) => !isColumnNumbers(r));
    for (const r of rows) data.push(r);
  }
  let rows = [...first.header, ...data].filter((r) => !isEmpty(r) && !(r.header === false && isColumnNumbers(r)));
  const paths = buildHeader(first.header.map(texts), parts[0].xs.length - 1).paths;
  rows = moveSpannedLabels(rows, paths);
  return unfoldPanels(rows);
}

/**
 * In a table without rules a long name wraps onto text lines of its own. A line holding only such a fragment
 * joins the nearer of its neighbouring rows that carry amounts, when it is closer to it than rows are to each
 * other: before its text if the fragment is above (names printed centred on their amounts), else after.
 */
function joinWrapped(rows: TRow[]): TRow[] {
  const figures = (x?: TRow) => !!x && texts(x).some((v) => NUM.test(v));
  // Row pitch: the spacing of consecutive rows that both carry amounts (no wrapped lines between them).
  const gaps = rows.slice(0, -1).filter((r, i) => figures(r) && figures(rows[i + 1])).map((r) => r.box[3]).sort((a, b) => a - b);
  const pitch = gaps[Math.floor(gaps.length / 2)] ?? maxOf(rows, (r) => r.box[3]);
  const out: TRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const filled = texts(r).map((t, c) => [t, c] as const).filter(([t]) => t !== '');
    const [t, c] = filled[0] ?? ['', -1];
    const fragment = filled.length === 1 && !NUM.test(t) && !ENUMERATED.test(t) && !TOTAL_LABEL.test(squash(t));
    const next = rows[i + 1];
    const prev = out[out.length - 1];
    const above = rows[i - 1]?.box[3] ?? Infinity;
    const toNext = fragment && figures(next) && r.box[3] < 0.75 * pitch ? r.box[3] : Infinity;
    const toPrev = fragment && figures(prev) && above < 0.75 * pitch && texts(prev)[c] !== '' ? above : Infinity;
    const join = (row: TRow, before: boolean): TRow => ({ ...row, cells: row.cells.map((cell, k) => (k !== c ? cell : cell.text ? { ...cell, text: before ? t + cell.text : cell.text + t } : { ...r.cells[c] })) });
    if (toNext < Infinity && (toNext <= toPrev || texts(next)[c] === '')) rows[i + 1] = join(next, true);
    else if (toPrev < Infinity) out[out.length - 1] = join(prev, false);
    else out.push(r);
  }
  return out;
}

const roleOf = (path: string[]) => (path.length ? typeOfPath(path) : 'amount');

/** A data label printed in a merged cell spanning code and name columns belongs to the name column. */
function moveSpannedLabels(rows: TRow[], paths: string[][]): TRow[] {
  return rows.map((r) => {
    if (r.header) return r;
    // Copied on the first move only: most rows have no spanned label (the rows given are the caller's own).
    let cells = r.cells;
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k];
      if (!c.span || c.span[1] - c.span[0] < 2 || c.text === '' || roleOf(paths[k]) === 'name') continue;
      for (let n = c.span[0] + 1; n < c.span[1]; n++)
        if (roleOf(paths[n]) === 'name' && cells[n].text === '') {
          if (cells === r.cells) cells = [...cells];
          cells[n] = { ...c, span: [n, n + 1] };
          cells[k] = { text: '' };
          break;
        }
    }
    return cells === r.cells ? r : { ...r, cells };
  });
}

/** A table printed as two identical panels side by side (基本支出决算表: 人员经费 | 公用经费) is read as one list. */
function unfoldPanels(rows: TRow[]): TRow[] {
  const header = rows.filter((r) => r.header);
  const width = rows[0]?.cells.length ?? 0;
  if (!header.length) return rows;
  const { paths } = buildHeader(header.map(texts), width);
  const key = (k: number) => paths[k].join('/');
  for (const n of [2, 3]) {
    if (width % n !== 0) continue;
    const p = width / n;
    const same = paths.every((_, k) => key(k) === key(k % p)) && paths.slice(0, p).some((path) => roleOf(path) === 'name');
    if (!same) continue;
    const slice = (r: TRow, i: number): TRow => ({ ...r, cells: r.cells.slice(i * p, (i + 1) * p) });
    const out = header.map((r) => slice(r, 0));
    for (let i = 0; i < n; i++) for (const r of rows) if (!r.header && !isEmpty(slice(r, i))) out.push(slice(r, i));
    return out;
  }
  return rows;
}
