import type { Column, Row, Table } from '../../model/document.js';
import { exactCellValue, formatIn, type Money, type MoneyUnit } from '../../money/index.js';
import { headRows, lines } from '../html/table.js';
import { nameText } from '../outline.js';

/**
 * Layout shared by the XLSX and DOCX renderers: where each header and body cell of a table goes (0-based grid
 * positions with spans), printed names, indicator lines and section nesting. The HTML renderer's header and
 * line logic is reused, so all outputs lay a table out the same way.
 */

export interface GridCell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  label: string;
}

/** Header cells placed on a grid (a cell merged down occupies the rows below it). */
export function headerGrid(t: Table): { cells: GridCell[]; depth: number } {
  const rows = headRows(t);
  const taken: boolean[][] = rows.map(() => []);
  const cells: GridCell[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const h of row) {
      while (taken[r][c]) c++;
      cells.push({ row: r, col: c, rowspan: h.rowspan, colspan: h.colspan, label: h.label });
      for (let i = r; i < r + h.rowspan; i++) for (let j = c; j < c + h.colspan; j++) taken[i][j] = true;
      c += h.colspan;
    }
  });
  return { cells, depth: rows.length };
}

export type ColumnKind = 'code' | 'name' | 'alt' | 'value';

export function columnKind(c: Column): ColumnKind {
  if (/(^|\.)name(#\d+)?$/.test(c.key)) return 'name';
  if (/(^|\.)code(#\d+)?$/.test(c.key)) return 'code';
  if (/(^|\.)alt-name(#\d+)?$/.test(c.key)) return 'alt';
  return 'value';
}

/** An amount for a cell: a number when the spreadsheet shows it exactly, else its exact text (see exactCellValue). */
export function amountNumber(m: Money, unit: MoneyUnit, decimals = 2): number | string {
  return exactCellValue(formatIn(m, unit, decimals));
}


export interface BodyCell {
  col: number;
  colspan: number;
  kind: ColumnKind;
  text: string;
  /** Value of an amount cell in the table's unit: a number, or exact text when a number would be rounded. */
  value?: number | string;
  /** Indent level of a name (类 0, 款 1, 项 2, sub-line 1). */
  indent?: number;
}

const INDENT: Partial<Record<NonNullable<Row['level']>, number>> = { 款: 1, 项: 2, project: 1 };

function sideCells(t: Table, cols: Column[], offset: number, r: Row | undefined): BodyCell[] {
  const out: BodyCell[] = [];
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const kind = columnKind(c);
    const col = offset + i;
    if (!r) {
      out.push({ col, colspan: 1, kind, text: '' });
      continue;
    }
    const next = cols[i + 1];
    if (kind === 'code' && !r.code && next && columnKind(next) === 'name' && r.role !== 'data') {
      out.push({ col, colspan: 2, kind: 'name', text: nameText(r, t) });
      i++;
    } else if (kind === 'name') out.push({ col, colspan: 1, kind, text: nameText(r, t), indent: r.sub ? 1 : (r.level && INDENT[r.level]) || 0 });
    else if (kind === 'code') out.push({ col, colspan: 1, kind, text: r.code ?? '' });
    else if (kind === 'alt') out.push({ col, colspan: 1, kind, text: r.altName ?? '' });
    else {
      const cell = r.cells[c.key];
      const value = cell?.value ? amountNumber(cell.value, t.unit) : undefined;
      out.push({ col, colspan: 1, kind, text: cell?.raw ?? '', value });
    }
  }
  return out;
}

export interface BodyLine {
  /** The row that decides the line's style (the first present side). */
  main: Row;
  cells: BodyCell[];
}

/** Body lines of a table: one per row, or an income row and an expense row side by side. */
export function bodyLines(t: Table): BodyLine[] {
  const twoSided = t.rows.some((r) => r.side);
  const income = t.columns.filter((c) => c.side !== 'expense');
  const expense = t.columns.filter((c) => c.side === 'expense');
  return lines(t).map((line) => {
    const main = line.find((r) => r) as Row;
    const cells = twoSided ? [...sideCells(t, income, 0, line[0]), ...sideCells(t, expense, income.length, line[1])] : sideCells(t, t.columns, 0, line[0]);
    return { main, cells };
  });
}

export const isTotalRole = (r: Row) => r.role === 'total' || r.role === 'grand-total' || r.role === 'subtotal';



export { cnNum, headingText, indicatorLines, nameText, sectionLevels, type IndicatorLine } from '../outline.js';

/** Display width of text (CJK and full-width characters count 2). */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** A form's amount as printed: in its unit with its own decimals and thousands separators ("1,750,000"). */
export function fundsText(m: Money | undefined, unit: MoneyUnit): string {
  if (!m) return '';
  return formatIn(m, unit, m.decimals).replace(/^(-?\d+)/, (i) => i.replace(/\B(?=(\d{3})+$)/g, ','));
}
