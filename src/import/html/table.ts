import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { parseAmount } from '../../money/index.js';
import { GongkaiError } from '../../model/errors.js';
import { metaLines } from '../xlsx/layout.js';
import { attr, inlineText, isElement } from './dom.js';
import type { HtmlLine } from './walk.js';

interface Row {
  tr: T.Element;
  head: boolean;
}

const CELL = new Set(['td', 'th']);

const isColumnNumbers = (texts: string[]): boolean => texts.length >= 3 && texts.every((t, i) => t.replace(/\s/g, '') === String(i + 1));

function rowsOf(table: T.Element): Row[] {
  const rows: Row[] = [];
  for (const c of table.childNodes) {
    if (!isElement(c)) continue;
    if (c.tagName === 'tr') rows.push({ tr: c, head: false });
    if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') {
      for (const tr of c.childNodes) if (isElement(tr) && tr.tagName === 'tr') rows.push({ tr, head: c.tagName === 'thead' });
    }
  }
  return rows;
}

const cellsOf = (tr: T.Element): T.Element[] => tr.childNodes.filter((c): c is T.Element => isElement(c) && CELL.has(c.tagName));

function contains(el: T.Element, tag: string): boolean {
  return el.childNodes.some((c) => isElement(c) && (c.tagName === tag || contains(c, tag)));
}

/** As for a worksheet (src/import/xlsx): no disclosure table is wider, and no page has more cells. */
export const MAX_TABLE_COLUMNS = 256;
export const MAX_CELLS = 200_000;

/** The cells a page may still fill (spanned positions included), and how to name the page. */
export interface CellBudget {
  where: string;
  left: number;
}

function spend(budget: CellBudget, col: number, colspan: number, rowspan: number): void {
  if (col + colspan > MAX_TABLE_COLUMNS) {
    throw new GongkaiError('too-wide', `${budget.where}中有表格宽达 ${col + colspan} 列以上，超过 ${MAX_TABLE_COLUMNS} 列的上限，已拒绝读取`, budget.where);
  }
  budget.left -= colspan * rowspan;
  if (budget.left < 0) {
    throw new GongkaiError('too-many-cells', `${budget.where}的表格共有超过 ${MAX_CELLS} 个单元格（含合并单元格所占的位置），超过上限（预算公开文件通常只有几万个），已拒绝读取`, budget.where);
  }
}

function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/**
 * Emit a table as lines. A data table gives one tab-separated line per row, a merged cell's text in its
 * top-left position and empty cells in the positions it spans (colspan to the right, rowspan below). A row
 * holding only a title or note across the whole table, or only department / unit cells, becomes plain
 * lines. Layout tables (nested tables, or a single column) are walked as ordinary blocks. Every cell is paid
 * for from `budget` before it is placed (a span of 100,000 rows costs what it fills).
 */
export function tableLines(table: T.Element, out: HtmlLine[], walkBlock: (el: T.Element) => void, flush: () => void, budget: CellBudget): void {
  const rows = rowsOf(table);
  const grid: string[][] = rows.map(() => []);
  const origins: { col: number; colspan: number; text: string; th: boolean }[][] = rows.map(() => []);
  rows.forEach(({ tr }, r) => {
    let c = 0;
    for (const cell of cellsOf(tr)) {
      while (grid[r][c] !== undefined) c++;
      const colspan = span(attr(cell, 'colspan'), 200);
      const rowspan = attr(cell, 'rowspan') === '0' ? rows.length - r : span(attr(cell, 'rowspan'), rows.length - r);
      spend(budget, c, colspan, rowspan);
      const text = inlineText(cell).replace(/\t/g, ' ');
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? text : '';
      origins[r].push({ col: c, colspan, text, th: cell.tagName === 'th' });
      c += colspan;
    }
  });
  const width = grid.reduce((m, g) => Math.max(m, g.length), 0);
  const nested = rows.some(({ tr }) => cellsOf(tr).some((cell) => contains(cell, 'table')));
  if (nested || width <= 1) {
    for (const { tr } of rows) for (const cell of cellsOf(tr)) walkBlock(cell);
    flush();
    return;
  }
  const caption = table.childNodes.find((c): c is T.Element => isElement(c) && c.tagName === 'caption');
  if (caption && inlineText(caption)) out.push({ text: inlineText(caption) });
  rows.forEach(({ head }, r) => {
    const texts = Array.from({ length: width }, (_, c) => grid[r][c] ?? '');
    const filled = origins[r].filter((o) => o.text !== '');
    if (filled.length === 0) return;
    const meta = metaLines(filled.map((o) => o.text));
    if (meta) {
      for (const text of [...meta.other, ...(meta.dept ? [meta.dept] : []), ...(meta.unit ? [`单位：${meta.unit}`] : [])]) out.push({ text });
      return;
    }
    if (filled.length === 1 && filled[0].colspan >= width) {
      out.push({ text: filled[0].text });
      return;
    }
    // Trust <thead>/<th> only on rows without amounts: converters mark whole tables as header (mammoth
    // reads <w:tblHeader w:val="0"/> as a header row).
    const marked = head || (origins[r].length > 0 && origins[r].every((o) => o.th));
    const header = marked && (isColumnNumbers(filled.map((o) => o.text)) || !filled.some((o) => parseAmount(o.text).kind === 'amount'));
    out.push({ text: texts.join('\t'), ...(header ? { header: true } : {}) });
  });
}
