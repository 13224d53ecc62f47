import type { InCell, RawLine } from '../lines/line.js';
import { tableKindOfTitle } from '../../profiles/table-kinds.js';
import { joinParagraphs, markLines, NOTE, pageLines, TABLE_META, union, UNIT, type PageSize, type PLine, type Unit } from './flow.js';
import { findGrids, type Grid } from './grid.js';
import type { PageWork, PdfPage } from './load.js';
import { tableRows } from './table.js';
import { findTextTables } from './unruled.js';

function top(u: { line: PLine } | { parts: Grid[] }): number {
  return 'line' in u ? u.line.box[1] : u.parts[0].box[1];
}

/** A grid at the top of a page that continues the table ending the previous page. */
function continues(prev: Grid, g: Grid, between: PLine[]): boolean {
  if (g.page !== prev.page + 1 || between.length > 4) return false;
  if (between.some((l) => tableKindOfTitle(l.text) || NOTE.test(l.text))) return false;
  const near = (a: number, b: number) => Math.abs(a - b) < 8;
  if (!near(prev.xs[0], g.xs[0]) || !near(prev.xs[prev.xs.length - 1], g.xs[g.xs.length - 1])) return false;
  const inner = g.xs.slice(1, -1);
  return inner.filter((x) => prev.xs.some((y) => near(x, y))).length >= 0.6 * inner.length;
}

/**
 * What one page gives the layout on its own: its grids (ruled and unruled tables) and its other text lines.
 * Computed by the thread that read the page (see page-helper.ts), so that it travels instead of the glyphs.
 */
export interface PageLayout {
  page: number;
  size: PageSize;
  grids: Grid[];
  lines: PLine[];
  /** What pdfLines needs of the page once its glyphs are gone. */
  turn?: PdfPage['turn'];
  textItems: number;
  hasImages: boolean;
}

export function pageLayout(page: PdfPage): PageLayout {
  const ruled = findGrids(page.segments, page.items, page.page);
  const unruled = findTextTables(ruled.rest, page.page);
  const size = { page: page.page, width: page.width, height: page.height };
  return { page: page.page, size, grids: [...ruled.grids, ...unruled.grids], lines: pageLines(unruled.rest, size), turn: page.turn, textItems: page.items.length, hasImages: page.hasImages };
}

/** pdfLines' work on each page as it is read. */
export const LAYOUT: PageWork<PageLayout> = { of: pageLayout, text: (l) => ({ items: l.textItems, hasImages: l.hasImages }) };

/** Pages → lines and tables in reading order, with tables that continue across pages joined. */
function units(found: PageLayout[]): Unit[] {
  const out: Unit[] = [];
  let lastTable: { parts: Grid[]; held: PLine[] } | undefined;
  let since: PLine[] = [];
  const lines = markLines(found.map((f) => ({ page: f.size, lines: f.lines })));
  for (const [p, { grids }] of found.entries()) {
    // Rotated runs (a watermark across the page) come after the page's text and tables.
    const seq: Unit[] = [...lines[p].filter((l) => !l.rotated).map((line) => ({ line })), ...grids.filter((g) => g.cells.some((c) => c.text !== '')).map((g) => ({ parts: [g], held: [] }))];
    seq.sort((a, b) => top(a) - top(b));
    for (const line of lines[p]) if (line.rotated) seq.push({ line });
    for (const u of seq) {
      if ('line' in u) {
        since.push(u.line);
        continue;
      }
      const g = u.parts[0];
      const prev = lastTable?.parts[lastTable.parts.length - 1];
      if (lastTable && prev && continues(prev, g, since)) {
        lastTable.parts.push(g);
        // Running headers and footers between the parts follow the table and its notes.
        for (const line of since) lastTable.held.push(line);
      } else {
        const t = { parts: [g], held: [] };
        for (const line of since) out.push({ line });
        out.push(t);
        lastTable = t;
      }
      since = [];
    }
    // A table is continued only from the last grid of a page.
    if (since.length > 4 || since.some((l) => NOTE.test(l.text))) lastTable = undefined;
  }
  for (const line of since) out.push({ line });
  return joinParagraphs(out);
}

/** Reconstructed lines for the text importer: tables as tab-separated rows with page and cell boxes. */
export function layoutLines(pages: PdfPage[]): RawLine[] {
  return layoutOfPages(pages.map(pageLayout));
}

/** layoutLines on pages whose own layout is already done. */
export function layoutOfPages(pages: PageLayout[]): RawLine[] {
  const out: RawLine[] = [];
  // Every emitted line is a fresh literal: numbered in place.
  const emit = (l: Omit<RawLine, 'line'>) => {
    const line = l as RawLine;
    line.line = out.length + 1;
    out.push(line);
  };
  const plain = (l: PLine, title = false) => emit({ text: l.text, page: l.page, box: l.box, title });
  const us = units(pages);
  for (let i = 0; i < us.length; i++) {
    const u = us[i];
    if ('line' in u) {
      plain(u.line);
      continue;
    }
    // Title, unit and table-meta lines above the table (already emitted) are re-ordered: title first.
    const before: PLine[] = [];
    let titleAt = -1;
    for (let k = out.length - 1, n = 0; k >= 0 && n < 6; k--, n++) {
      if (out[k].text.includes('\t')) break;
      if (tableKindOfTitle(out[k].text) && out[k].page! >= u.parts[0].page - 1) {
        titleAt = k;
        break;
      }
    }
    if (titleAt >= 0) {
      const tail = out.splice(titleAt);
      const [title, ...rest] = tail;
      let unit: { name: string; line: PLine } | undefined;
      for (const l of rest) {
        const m = UNIT.exec(l.text);
        const line = { text: m ? l.text.slice(0, m.index).trim() : l.text, page: l.page!, box: l.box!, size: 0 };
        if (m) unit ??= { name: m[2], line };
        if (line.text) before.push(line);
      }
      before.filter((l) => !TABLE_META.test(l.text)).forEach((l) => plain(l));
      emit({ ...title, title: true });
      before.filter((l) => TABLE_META.test(l.text)).forEach((l) => plain(l));
      if (unit) emit({ text: `单位：${unit.name}`, page: unit.line.page, box: unit.line.box, title: false });
    }
    for (const r of tableRows(u.parts)) {
      const cells = r.cells.map((c): InCell => (c.ink && c.box ? { text: c.text, box: c.box, span: c.span, inset: [c.ink[0] - c.box[0], c.box[0] + c.box[2] - c.ink[1]] } : { text: c.text, box: c.box, span: c.span }));
      emit({ text: r.cells.map((c) => c.text).join('\t'), page: r.page, box: r.box, cellBoxes: r.cells.map((c) => c.box), cells, header: r.header });
    }
    // Notes under the table, with their wrapped lines joined.
    while (i + 1 < us.length && 'line' in us[i + 1] && NOTE.test((us[i + 1] as { line: PLine }).line.text)) {
      const note = { ...(us[++i] as { line: PLine }).line };
      while (i + 1 < us.length && 'line' in us[i + 1]) {
        const next = (us[i + 1] as { line: PLine }).line;
        const gap = next.box[1] - (note.box[1] + note.box[3]);
        if (next.page !== note.page || gap > 0.8 * next.size || NOTE.test(next.text) || tableKindOfTitle(next.text)) break;
        note.text += next.text;
        note.box = union(note.box, next.box);
        i++;
      }
      plain(note);
    }
    u.held.forEach((l) => plain(l));
  }
  return out;
}
