import type { Column, Row, Table } from '../../model/document.js';
import type { Indicator } from '../../model/performance.js';
import { formatIn, type Money, type MoneyUnit } from '../../money/index.js';
import { rowLabelOf } from '../../derive/types.js';
import { headRows, lines } from '../html/table.js';

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

/** An amount as a spreadsheet number: rounded to the unit's two decimals via its exact decimal text. */
export function amountNumber(m: Money, unit: MoneyUnit, decimals = 2): number {
  return Number(formatIn(m, unit, decimals));
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/** A row's name as printed; breakdown lines ("其中") get their circled number when the label lacks one. */
export function nameText(r: Row, t: Table): string {
  const label = rowLabelOf(r);
  if (!r.sub || label !== r.name || /^[①-⑩]/.test(label)) return label;
  const i = t.rows.indexOf(r);
  let k = 0;
  while (i - k - 1 >= 0 && t.rows[i - k - 1].sub && t.rows[i - k - 1].side === r.side) k++;
  return (CIRCLED[k] ?? '') + label;
}

export interface BodyCell {
  col: number;
  colspan: number;
  kind: ColumnKind;
  text: string;
  /** Numeric value of an amount cell in the table's unit. */
  value?: number;
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

export interface IndicatorLine {
  l1: string;
  l2: string;
  name: string;
  period: string;
  annual: string;
  /** Rows the 一级 / 二级 cell spans, on the first line of its group; 0 on the lines it covers. */
  span1: number;
  span2: number;
}

/** One line per indicator (level1, level2, name) with both periods' values, grouped, with merge spans. */
export function indicatorLines(list: Indicator[]): IndicatorLine[] {
  const rows: IndicatorLine[] = [];
  for (const i of list) {
    const l1 = i.level1 ?? '';
    const l2 = i.level2 ?? '';
    let r = rows.find((x) => x.l1 === l1 && x.l2 === l2 && x.name === i.name);
    if (!r) rows.push((r = { l1, l2, name: i.name, period: '', annual: '', span1: 0, span2: 0 }));
    if (i.period === '实施期') r.period = i.value.raw;
    else r.annual = i.value.raw;
  }
  const l1s = [...new Set(rows.map((r) => r.l1))];
  const order = l1s.flatMap((l1) => [...new Set(rows.filter((r) => r.l1 === l1).map((r) => r.l2))].flatMap((l2) => rows.filter((r) => r.l1 === l1 && r.l2 === l2)));
  order.forEach((r, i) => {
    const first1 = i === 0 || order[i - 1].l1 !== r.l1;
    const first2 = first1 || order[i - 1].l2 !== r.l2;
    r.span1 = first1 ? order.filter((x) => x.l1 === r.l1).length : 0;
    r.span2 = first2 ? order.filter((x) => x.l1 === r.l1 && x.l2 === r.l2).length : 0;
  });
  return order;
}

export { cnNum, headingText, sectionLevels } from '../outline.js';

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
