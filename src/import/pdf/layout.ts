import type { RawLine } from '../text/tables.js';
import { tableKindOfTitle } from '../../profiles/table-kinds.js';
import { findGrids, type Grid } from './grid.js';
import type { PdfPage } from './load.js';
import { tableRows } from './table.js';
import { findTextTables } from './unruled.js';
import { boxOf, groupLines, joinItems, type Box, type Item } from './text.js';

/** A visual line of text outside tables. */
interface PLine {
  text: string;
  page: number;
  box: Box;
  size: number;
  /** Reaches the right margin of the page's text (a wrapped paragraph line). */
  full?: boolean;
  /** Starts at the left margin (no first-line indent). */
  flush?: boolean;
  /** Centred on the page (title lines). */
  centred?: boolean;
  /** First or last text line of its page. */
  pageStart?: boolean;
  pageEnd?: boolean;
}

/** A line, or a table: its grids (continuations included) and the lines that stood between its parts. */
type Unit = { line: PLine } | { parts: Grid[]; held: PLine[] };

const PAGE_NUMBER = /^[-—–－]?\s*\d{1,4}\s*[-—–－]?$|^第\s*\d+\s*页(\s*[,，/／]?\s*共\s*\d+\s*页)?$|^\d{1,4}\s*[/／]\s*\d{1,4}$/;
/** A unit statement, alone or ending a line (“编制单位：某局    单位：元” when the gap is narrow). */
const UNIT = /(金额)?单位\s*[:：]\s*(亿元|万元|元)\s*$/;
const TABLE_META = /^(编制单位|预算单位|部门名称|单位名称|部门)[:：]/;
const NOTE = /^(注|说明)\s*\d*\s*[:：]/;

/** Lines of a page outside its tables: split where a gap is wider than 2.5 em (a TOC page number joins by tab). */
function pageLines(items: Item[], page: PdfPage): PLine[] {
  const out: PLine[] = [];
  for (const line of groupLines(items)) {
    const pieces: Item[][] = [[line[0]]];
    for (const it of line.slice(1)) {
      const prev = pieces[pieces.length - 1];
      const last = prev[prev.length - 1];
      if (it.x - (last.x + last.w) > 2.5 * Math.max(last.size, it.size)) pieces.push([it]);
      else prev.push(it);
    }
    const texts = pieces.map(joinItems);
    const size = Math.max(...line.map((i) => i.size));
    const push = (text: string, its: Item[]) => {
      const box = boxOf(its);
      const margin = box[1] < page.height * 0.1 || box[1] > page.height * 0.88;
      if (margin && PAGE_NUMBER.test(text)) return;
      const toc = /^(.*?)[.…·]{2,}\s*(\d{1,3})$/.exec(text);
      out.push({ text: toc ? `${toc[1]}\t${toc[2]}` : text, page: page.page, box, size });
    };
    if (pieces.length === 2 && /^\d{1,3}$/.test(texts[1]) && !PAGE_NUMBER.test(texts[0])) push(`${texts[0]}\t${texts[1]}`, line);
    else pieces.forEach((p, i) => push(texts[i], p));
  }
  const left = Math.min(...out.map((l) => l.box[0]));
  const right = Math.max(...out.map((l) => l.box[0] + l.box[2]));
  for (const l of out) {
    l.full = l.box[0] + l.box[2] >= right - 1.5 * l.size;
    l.flush = l.box[0] <= left + 0.6 * l.size;
    l.centred = Math.abs(l.box[0] + l.box[2] / 2 - page.width / 2) < 0.04 * page.width;
  }
  if (out.length) [out[0].pageStart, out[out.length - 1].pageEnd] = [true, true];
  return out;
}

/** Join the wrapped lines of a paragraph: a full line followed by an unindented line of the same size. */
function joinParagraphs(seq: Unit[]): Unit[] {
  const out: Unit[] = [];
  let last: PLine | undefined;
  for (const u of seq) {
    const prev = out[out.length - 1];
    if ('line' in u && prev && 'line' in prev && last && wraps(last, u.line)) {
      const [a, b] = [prev.line, u.line];
      const text = a.text + (/[A-Za-z]$/.test(a.text) && /^[A-Za-z]/.test(b.text) ? ' ' : '') + b.text;
      prev.line = { ...a, text, box: b.page === a.page ? union(a.box, b.box) : a.box };
      last = b;
    } else {
      out.push('line' in u ? { line: { ...u.line } } : u);
      last = 'line' in u ? u.line : undefined;
    }
  }
  return out;
}

const HEADING_START = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d))/;

/**
 * b continues the paragraph whose last line is a (on the same page, or at the top of the next one); or a and b
 * are lines of one centred title in large type.
 */
function wraps(a: PLine, b: PLine): boolean {
  const gap = b.box[1] - (a.box[1] + a.box[3]);
  if (tableKindOfTitle(a.text) || tableKindOfTitle(b.text) || a.text.includes('\t') || b.text.includes('\t')) return false;
  const title = a.size >= 18 || (!a.full && !b.full);
  if (a.centred && b.centred && title && a.page === b.page && Math.abs(a.size - b.size) < 0.5 && gap < 1.5 * a.size) return !HEADING_START.test(b.text);
  if (HEADING_START.test(b.text)) return false;
  if (!a.full || !b.flush || Math.abs(a.size - b.size) > 0.5) return false;
  if (NOTE.test(b.text) || /[。：:；;]$/.test(a.text)) return false;
  return b.page === a.page ? gap > -0.3 * a.size && gap < 1.2 * a.size : b.page === a.page + 1 && !!a.pageEnd && !!b.pageStart;
}

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

/** Pages → lines and tables in reading order, with tables that continue across pages joined. */
function units(pages: PdfPage[]): Unit[] {
  const out: Unit[] = [];
  let lastTable: { parts: Grid[]; held: PLine[] } | undefined;
  let since: PLine[] = [];
  for (const page of pages) {
    const ruled = findGrids(page.segments, page.items, page.page);
    const unruled = findTextTables(ruled.rest, page.page);
    const [grids, rest] = [[...ruled.grids, ...unruled.grids], unruled.rest];
    const seq = [...pageLines(rest, page).map((line) => ({ line })), ...grids.filter((g) => g.cells.some((c) => c.text !== '')).map((g) => ({ parts: [g], held: [] }))];
    seq.sort((a, b) => top(a) - top(b));
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
        lastTable.held.push(...since);
      } else {
        const t = { parts: [g], held: [] };
        out.push(...since.map((line) => ({ line })), t);
        lastTable = t;
      }
      since = [];
    }
    // A table is continued only from the last grid of a page.
    if (since.length > 4 || since.some((l) => NOTE.test(l.text))) lastTable = undefined;
  }
  out.push(...since.map((line) => ({ line })));
  return joinParagraphs(out);
}

/** Reconstructed lines for the text importer: tables as tab-separated rows with page and cell boxes. */
export function layoutLines(pages: PdfPage[]): RawLine[] {
  const out: RawLine[] = [];
  const emit = (l: Omit<RawLine, 'line'>) => out.push({ ...l, line: out.length + 1 });
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
      emit({ text: r.cells.map((c) => c.text).join('\t'), page: r.page, box: r.box, cellBoxes: r.cells.map((c) => c.box), header: r.header });
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

function union(a: Box, b: Box): Box {
  const x = Math.min(a[0], b[0]);
  const y = Math.min(a[1], b[1]);
  return [x, y, Math.max(a[0] + a[2], b[0] + b[2]) - x, Math.max(a[1] + a[3], b[1] + b[3]) - y];
}
