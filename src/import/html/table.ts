import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { parseAmount } from '../../money/index.js';
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

function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/**
 * Emit a table as lines. A data table gives one tab-separated line per row, a merged cell's text in its
 * top-left position and empty cells in the positions it spans (colspan to the right, rowspan below). A row
 * holding only a title or note across the whole table, or only department / unit cells, becomes plain
 * lines. Layout tables (nested tables, or a single column) are walked as ordinary blocks.
 */
export function tableLines(table: T.Element, out: HtmlLine[], walkBlock: (el: T.Element) => void, flush: () => void): void {
  const rows = rowsOf(table);
  const grid: string[][] = rows.map(() => []);
  const origins: { col: number; colspan: number; text: string; th: boolean }[][] = rows.map(() => []);
  rows.forEach(({ tr }, r) => {
    let c = 0;
    for (const cell of cellsOf(tr)) {
      while (grid[r][c] !== undefined) c++;
      const colspan = span(attr(cell, 'colspan'), 200);
      const rowspan = attr(cell, 'rowspan') === '0' ? rows.length - r : span(attr(cell, 'rowspan'), rows.length - r);
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
