import type { Borders, Cell, Font, Workbook, Worksheet } from 'exceljs';
import { textWidth } from './grid.js';

/** Cell styles of the rendered workbook: 宋体 body, 黑体 titles, thin borders, amounts with two decimals. */

export const BODY_FONT = '宋体';
export const TITLE_FONT = '黑体';
export const AMOUNT_FORMAT = '#,##0.00';

export const font = (opts: Partial<Font> = {}): Partial<Font> => ({ name: BODY_FONT, size: 10, ...opts });

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const HEAD_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };

/** Put a value in a cell range (merged when larger than one cell) and style every cell of the range. */
export function put(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value: Cell['value'], style: (cell: Cell) => void): Cell {
  if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) style(ws.getCell(r, c));
  const cell = ws.getCell(r1, c1);
  cell.value = value;
  return cell;
}

/** Border and font of a table cell; header cells are bold, centred and shaded. */
export function tableCell(opts: { head?: boolean; bold?: boolean; align?: 'left' | 'center' | 'right'; indent?: number; wrap?: boolean } = {}) {
  return (cell: Cell) => {
    cell.border = BORDER;
    cell.font = font({ bold: opts.head || opts.bold });
    if (opts.head) cell.fill = HEAD_FILL;
    cell.alignment = {
      vertical: 'middle',
      horizontal: opts.head ? 'center' : (opts.align ?? 'left'),
      indent: opts.indent || undefined,
      wrapText: opts.head || opts.wrap || undefined,
    };
  };
}

/** Approximate row height (points) for wrapped text in a cell `width` characters wide. */
export function wrappedHeight(text: string, width: number, pointSize = 10): number {
  const perLine = Math.max(4, Math.floor(width * 0.95));
  const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(textWidth(l) / perLine)), 0);
  return Math.max(pointSize * 1.5, Math.ceil(lines * pointSize * 1.45 + 4));
}

/** A worksheet name Excel accepts (≤31 characters, no []:*?/\), unique within the workbook. */
export function sheetName(wb: Workbook, wanted: string): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  let name = clean.slice(0, 31);
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = `(${i})`;
    name = clean.slice(0, 31 - suffix.length) + suffix;
  }
  return name;
}

/** Print setup: A4, fit to one page wide, centred, optional repeated header rows. */
export function printSetup(ws: Worksheet, opts: { landscape: boolean; titleRows?: [number, number] }): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: opts.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(opts.titleRows ? { printTitlesRow: `${opts.titleRows[0]}:${opts.titleRows[1]}` } : {}),
  };
  ws.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
}
