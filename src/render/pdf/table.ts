import type { Content, ContentNode } from 'pdfmake';
import type { Column, Row, Table } from '../../model/document.js';
import { nameText } from '../outline.js';
import { headRows, lines } from '../html/table.js';

/** Width of the text area of an A4 page with the margins of renderPdf. */
export const CONTENT_WIDTH = 595.28 - 2 * 50;

const FONT_SIZE = 8;
const LINE_HEIGHT = 1.05;
const isName = (c: Column) => /(^|\.)name(#\d+)?$/.test(c.key);
const isCode = (c: Column) => /(^|\.)code(#\d+)?$/.test(c.key);
const isAlt = (c: Column) => /(^|\.)alt-name(#\d+)?$/.test(c.key);

/** Thin ruled grid, as printed. */
export const GRID_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#000',
  vLineColor: () => '#000',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 1.5,
  paddingBottom: () => 1,
};


const INDENT: Partial<Record<NonNullable<Row['level']>, number>> = { 款: 8, 项: 16, project: 10 };

/** Cells of one side of a line (or of the whole row). */
function cells(t: Table, cols: Column[], r: Row | undefined): Content[] {
  if (!r) return cols.map(() => '');
  const bold = r.role !== 'data' && r.role !== 'carryover-item';
  const out: Content[] = [];
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const next = cols[i + 1];
    if (isCode(c) && !r.code && next && isName(next) && r.role !== 'data') {
      out.push({ text: nameText(r, t), colSpan: 2, bold, alignment: 'center' }, '');
      i++;
    } else if (isName(c)) {
      const indent = (r.level ? (INDENT[r.level] ?? 0) : 0) + (r.sub ? 10 : 0);
      out.push({ text: nameText(r, t), bold, margin: [indent, 0, 0, 0] });
    } else if (isCode(c)) out.push({ text: r.code ?? '', bold, noWrap: true });
    else if (isAlt(c)) out.push({ text: r.altName ?? '' });
    else out.push({ text: r.cells[c.key]?.raw ?? '', alignment: 'right', bold, noWrap: true });
  }
  return out;
}

/** Header rows as a full grid: merged cells carry colSpan/rowSpan, the cells they cover are empty strings. */
export function headerGrid(t: Table): Content[][] {
  const rows = headRows(t);
  const n = t.columns.length;
  const grid: (Content | null)[][] = rows.map(() => Array<Content | null>(n).fill(null));
  rows.forEach((row, ri) => {
    let c = 0;
    for (const h of row) {
      while (c < n && grid[ri][c] !== null) c++;
      if (c >= n) break;
      grid[ri][c] = { text: h.label, colSpan: h.colspan, rowSpan: h.rowspan, bold: true, alignment: 'center', fillColor: '#f2f2f2' };
      for (let dr = 0; dr < h.rowspan; dr++) for (let dc = 0; dc < h.colspan; dc++) if (dr || dc) if (grid[ri + dr]) grid[ri + dr][c + dc] = '';
      c += h.colspan;
    }
  });
  return grid.map((row) => row.map((x) => x ?? ''));
}

/** Width of a text in ems: CJK and full-width characters one em, the rest about half. */
const ems = (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.56), 0);

function cellWidth(c: Content, size: number): number {
  if (typeof c === 'string') return ems(c) * size;
  if (Array.isArray(c) || Number((c as ContentNode).colSpan) > 1) return 0;
  const n = c as ContentNode;
  return ems(String(n.text ?? '')) * size + ((n.margin as number[] | undefined)?.[0] ?? 0);
}

/**
 * Column widths (without padding) from the body text: amounts at least MIN_NUM wide, growing up to MAX_NUM when
 * the page allows; codes as wide as the longest code (four characters at least); names take the rest, or shrink
 * and wrap when the page is too narrow.
 */
export function columnWidths(cols: Column[], body: Content[][], size: number): number[] {
  const MIN_NUM = 36;
  const MAX_NUM = 66;
  const pad = 1.5;
  // pdfmake adds the cell padding (3 + 3) and the rules (0.5) to the widths.
  const avail = CONTENT_WIDTH - cols.length * 6 - (cols.length + 1) * 0.5;
  const text = (i: number) => body.reduce((m, r) => Math.max(m, cellWidth(r[i], size)), 0) + pad;
  const isText = (c: Column) => isName(c) || isAlt(c);
  const w = cols.map((c, i) => (isText(c) || isCode(c) ? Math.max(text(i), 4 * size + pad) : Math.max(MIN_NUM, text(i))));
  const names = cols.map((c, i) => (isText(c) ? i : -1)).filter((i) => i >= 0);
  const nums = cols.map((c, i) => (!isText(c) && !isCode(c) ? i : -1)).filter((i) => i >= 0);
  let spare = avail - w.reduce((a, b) => a + b, 0);
  if (spare >= 0) {
    for (const i of nums) {
      const grow = Math.min(MAX_NUM - w[i], spare / nums.length);
      if (grow > 0) w[i] += grow;
    }
    spare = avail - w.reduce((a, b) => a + b, 0);
    const to = names.length ? names : nums;
    for (const i of to) w[i] += spare / to.length;
  } else {
    const nameTotal = names.reduce((a, i) => a + w[i], 0);
    for (const i of names) w[i] = Math.max(4 * size + pad, w[i] + (spare * w[i]) / nameTotal);
  }
  return w.map((x) => Math.floor(x * 10) / 10);
}

/** Line height of Noto Serif SC in ems ((ascender − descender) / unitsPerEm = (1151 + 286) / 1000). */
export const FONT_LINE = 1.437;

/**
 * Centre header labels vertically by a top margin (pdfmake's verticalAlignment misplaces row-spanning cells):
 * row heights are estimated from the wrapped lines of the cells that span one row.
 */
export function centreHeader(head: Content[][], widths: number[], size: number, lineHeight: number): void {
  const line = size * lineHeight * FONT_LINE;
  const cellsOf = head.flatMap((row, r) => row.flatMap((x, c) => (typeof x === 'object' && !Array.isArray(x) ? [{ node: x as ContentNode, r, c }] : [])));
  const span = (n: ContentNode, key: string) => Math.max(1, Number(n[key] ?? 1));
  const lines = ({ node, c }: { node: ContentNode; c: number }) => {
    const w = widths.slice(c, c + span(node, 'colSpan')).reduce((a, b) => a + b, 0) + (span(node, 'colSpan') - 1) * 6.5;
    return Math.max(1, Math.ceil((ems(String(node.text ?? '')) * size) / w - 0.01));
  };
  const rows = head.map((_, r) => Math.max(1, ...cellsOf.filter((x) => x.r === r && span(x.node, 'rowSpan') === 1).map(lines)) * line + 3);
  for (const x of cellsOf) {
    const rs = span(x.node, 'rowSpan');
    const inner = rows.slice(x.r, x.r + rs).reduce((a, b) => a + b, 0) - 3;
    const top = (inner - lines(x) * line) / 2;
    if (top > 0.5) x.node.margin = [0, Math.floor(top * 10) / 10, 0, 0];
  }
}

/** A table as printed: number and title (in the table of contents), department and unit, the ruled grid. */
export function tableBlock(t: Table, department?: string): Content[] {
  const head = headerGrid(t);
  const twoSided = t.rows.some((r) => r.side);
  const income = t.columns.filter((c) => c.side !== 'expense');
  const expense = t.columns.filter((c) => c.side === 'expense');
  const body = lines(t).map((line) => (twoSided ? [...cells(t, income, line[0]), ...cells(t, expense, line[1])] : cells(t, t.columns, line[0])));
  const widths = columnWidths(t.columns, body, FONT_SIZE);
  centreHeader(head, widths, FONT_SIZE, LINE_HEIGHT);
  const title: ContentNode = { text: t.number ? `${t.number}　${t.title}` : t.title, style: 'tableTitle', tocItem: true, tocStyle: 'tocItem', tocMargin: [24, 0, 0, 0] };
  return [
    title,
    {
      columns: [
        { text: department ? `部门名称：${department}` : '', width: '*' },
        { text: `单位：${t.unit}`, width: 'auto' },
      ],
      fontSize: 9,
      margin: [0, 0, 0, 3],
    },
    {
      table: { headerRows: head.length, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [...head, ...body] },
      layout: GRID_LAYOUT,
      fontSize: FONT_SIZE,
      lineHeight: LINE_HEIGHT,
    },
    ...(t.emptyNote ? [{ text: t.emptyNote, fontSize: 9, margin: [0, 3, 0, 0] }] : []),
  ];
}
