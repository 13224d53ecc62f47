import type { Workbook } from 'exceljs';
import type { Table } from '../../model/document.js';
import { bodyLines, columnKind, headerGrid, isTotalRole, textWidth } from './grid.js';
import { AMOUNT_FORMAT, TITLE_FONT, font, printSetup, put, sheetName, tableCell } from './style.js';

/** Sheet name of a table: its number and title without the leading year ("表五 一般公共预算支出预算表…"). */
export function tableSheetName(t: Table): string {
  const title = t.title.replace(/^\d{4}年(度)?/, '');
  return t.number ? `${t.number} ${title}` : title;
}

/** Column widths (Excel character units) from the header leaves and the body text. */
function widths(t: Table, body: ReturnType<typeof bodyLines>): number[] {
  return t.columns.map((c, i) => {
    const kind = columnKind(c);
    let w = textWidth(c.label);
    for (const line of body) {
      const cell = line.cells.find((x) => x.col === i && x.colspan === 1);
      if (cell) w = Math.max(w, textWidth(cell.text) + (cell.indent ?? 0) * 2);
    }
    if (kind === 'name' || kind === 'alt') return Math.min(44, Math.max(20, w + 2));
    if (kind === 'code') return Math.max(10, w + 2);
    return Math.min(18, Math.max(13, w + 2));
  });
}

/**
 * One table as a worksheet laid out like the printed template: number, merged title, 部门名称 and 单位 line,
 * the multi-level header with merged cells, then the body (two-sided tables side by side line by line) with
 * amounts as numbers, totals in bold, borders on every cell, and A4 print setup repeating the header rows.
 */
export function addTableSheet(wb: Workbook, t: Table, department: string | undefined): string {
  const name = sheetName(wb, tableSheetName(t));
  const ws = wb.addWorksheet(name);
  const n = Math.max(1, t.columns.length);
  const body = bodyLines(t);
  const colWidths = widths(t, body);
  colWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  if (t.number) ws.getCell(1, 1).value = t.number;
  ws.getCell(1, 1).font = font({ size: 11 });
  put(ws, 2, 1, 2, n, t.title, (c) => {
    c.font = { name: TITLE_FONT, size: 16, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  ws.getRow(2).height = 30;
  const deptEnd = Math.max(1, n - 1);
  put(ws, 3, 1, 3, deptEnd, department ? `部门名称：${department}` : '', (c) => (c.font = font()));
  const unitCell = ws.getCell(3, n);
  if (n > 1) unitCell.value = `单位：${t.unit}`;
  else ws.getCell(3, 1).value = `${department ? `部门名称：${department}　` : ''}单位：${t.unit}`;
  unitCell.font = font();
  unitCell.alignment = { horizontal: 'right' };

  const top = 4;
  const { cells, depth } = headerGrid(t);
  for (const h of cells) put(ws, top + h.row, 1 + h.col, top + h.row + h.rowspan - 1, h.col + h.colspan, h.label, tableCell({ head: true }));
  for (let r = top; r < top + depth; r++) ws.getRow(r).height = 22;

  let r = top + depth;
  for (const line of body) {
    const bold = isTotalRole(line.main);
    for (const cell of line.cells) {
      const align = cell.kind === 'value' ? 'right' : cell.kind === 'code' ? 'left' : cell.colspan > 1 && bold ? 'center' : 'left';
      const value = cell.value ?? (cell.text || null);
      const c = put(ws, r, 1 + cell.col, r, cell.col + cell.colspan, value, tableCell({ bold, align, indent: cell.indent }));
      if (typeof cell.value === 'number') c.numFmt = AMOUNT_FORMAT;
      else if (cell.kind === 'code') c.numFmt = '@';
    }
    r++;
  }
  if (t.emptyNote) {
    put(ws, r, 1, r, n, t.emptyNote, (c) => (c.font = font()));
    r++;
  }
  const total = colWidths.reduce((a, b) => a + b, 0);
  printSetup(ws, { landscape: total > 100, titleRows: [top, top + depth - 1] });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: top + depth - 1, showGridLines: false }];
  return name;
}
