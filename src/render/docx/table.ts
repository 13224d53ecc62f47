import { AlignmentType, Paragraph, ShadingType, Table as DocxTable, TableCell, TableLayoutType, TableRow, TabStopType, VerticalAlign, WidthType } from 'docx';
import type { Table } from '../../model/document.js';
import { bodyLines, columnKind, headerGrid, isTotalRole, textWidth } from '../xlsx/grid.js';
import { SIZE, heading, run, type RunOpts } from './text.js';

export interface CellOpts extends RunOpts {
  span?: number;
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
  indent?: number;
  shade?: boolean;
  /** Width in twips (of all the columns the cell spans). */
  width?: number;
}

/** A table cell of one paragraph (or several lines), in the table font size. */
export function cell(text: string, o: CellOpts = {}): TableCell {
  const align = o.align === 'right' ? AlignmentType.RIGHT : o.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new TableCell({
    columnSpan: o.span && o.span > 1 ? o.span : undefined,
    rowSpan: o.rowSpan && o.rowSpan > 1 ? o.rowSpan : undefined,
    verticalAlign: VerticalAlign.CENTER,
    width: o.width ? { size: o.width, type: WidthType.DXA } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: text.split('\n').map(
      (line) => new Paragraph({ alignment: align, indent: o.indent ? { left: o.indent * 180 } : undefined, children: [run(line, { size: o.size ?? SIZE.table, bold: o.bold, head: o.head })] }),
    ),
  });
}

/** Relative column weights from the header leaves and the body text. */
function weights(t: Table, body: ReturnType<typeof bodyLines>): number[] {
  return t.columns.map((c, i) => {
    const kind = columnKind(c);
    let w = textWidth(c.label);
    for (const line of body) {
      const x = line.cells.find((y) => y.col === i && y.colspan === 1);
      if (x) w = Math.max(w, textWidth(x.text) + (x.indent ?? 0) * 2);
    }
    if (kind === 'name' || kind === 'alt') return Math.min(40, Math.max(16, w));
    if (kind === 'code') return Math.max(8, w);
    return Math.min(14, Math.max(10, w));
  });
}

/** Twips of each column for a table `width` twips wide. */
export function columnTwips(w: number[], width: number): number[] {
  const total = w.reduce((a, b) => a + b, 0) || 1;
  const out = w.map((x) => Math.floor((x / total) * width));
  out[out.length - 1] += width - out.reduce((a, b) => a + b, 0);
  return out;
}

/**
 * A table with its number, title, 部门名称/单位 line, merged multi-level header (repeated on every page) and
 * body; amounts right-aligned, totals bold, two-sided tables side by side line by line.
 */
export function tableBlock(t: Table, department: string | undefined, width: number, newPage = true): (Paragraph | DocxTable)[] {
  const out: (Paragraph | DocxTable)[] = [];
  if (t.number) out.push(new Paragraph({ children: [run(t.number, { size: SIZE.small })], pageBreakBefore: newPage, keepNext: true }));
  out.push(heading(t.title, 2, { alignment: AlignmentType.CENTER, pageBreakBefore: newPage && !t.number }));
  out.push(
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: width }],
      keepNext: true,
      spacing: { after: 60 },
      children: [run(`${department ? `部门名称：${department}` : ''}\t单位：${t.unit}`, { size: SIZE.small })],
    }),
  );
  const body = bodyLines(t);
  const twips = columnTwips(weights(t, body), width);
  const spanWidth = (col: number, span: number) => twips.slice(col, col + span).reduce((a, b) => a + b, 0);
  const { cells, depth } = headerGrid(t);
  const head: TableRow[] = [];
  for (let r = 0; r < depth; r++)
    head.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: cells.filter((h) => h.row === r).map((h) => cell(h.label, { span: h.colspan, rowSpan: h.rowspan, width: spanWidth(h.col, h.colspan), align: 'center', bold: true, shade: true })),
      }),
    );
  const rows = body.map((line) => {
    const bold = isTotalRole(line.main);
    return new TableRow({
      cantSplit: true,
      children: line.cells.map((c) =>
        cell(c.text, { span: c.colspan, width: spanWidth(c.col, c.colspan), bold, indent: c.indent, align: c.kind === 'value' ? 'right' : c.colspan > 1 && bold ? 'center' : 'left' }),
      ),
    });
  });
  out.push(new DocxTable({ rows: [...head, ...rows], columnWidths: twips, width: { size: width, type: WidthType.DXA }, layout: TableLayoutType.FIXED }));
  if (t.emptyNote) out.push(new Paragraph({ children: [run(t.emptyNote, { size: SIZE.small })], spacing: { before: 60 } }));
  return out;
}
