import { TABLE_LABEL } from '../lines/line.js';
import { tableKindOfTitle } from '../../profiles/table-kinds.js';
import type { Grid } from './grid.js';
import type { PdfPage } from './load.js';
import { boxOf, groupLines, joinItems, maxOf, type Box, type Item } from './text.js';

/** A visual line of text outside tables. */
export interface PLine {
  text: string;
  page: number;
  box: Box;
  size: number;
  /** Reaches the right margin of the page's text (a wrapped paragraph line). */
  full?: boolean;
  /** Starts at the left margin (no first-line indent). */
  flush?: boolean;
  /** Starts one to four characters in from the left margin: the first line of an indented paragraph. */
  indented?: boolean;
  /** Centred on the page (title lines). */
  centred?: boolean;
  /** First or last text line of its page (running headers and watermarks aside). */
  pageStart?: boolean;
  pageEnd?: boolean;
  /** Outside the text flow: a rotated run (diagonal watermark) or a running header or footer. */
  aside?: boolean;
  rotated?: boolean;
}

/** A line, or a table: its grids (continuations included) and the lines that stood between its parts. */
export type Unit = { line: PLine } | { parts: Grid[]; held: PLine[] };

const PAGE_NUMBER = /^[-—–－]?\s*\d{1,4}\s*[-—–－]?$|^第\s*\d+\s*页(\s*[,，/／]?\s*共\s*\d+\s*页)?$|^\d{1,4}\s*[/／]\s*\d{1,4}$/;
export const NOTE = /^(注|说明)\s*\d*\s*[:：]/;
/** A unit statement, alone or ending a line (“编制单位：某局    单位：元” when the gap is narrow). */
export const UNIT = /(金额)?单位\s*[:：]\s*(亿元|万元|元)\s*$/;
export const TABLE_META = /^(编制单位|预算单位|部门名称|单位名称|部门)[:：]/;

/** In the top or bottom margin of its page, where page numbers and running headers stand. */
/** What the line flow needs of a page: its number and size in reading orientation. */
export type PageSize = Pick<PdfPage, 'page' | 'width' | 'height'>;

const inMargin = (box: Box, page: PageSize) => box[1] < page.height * 0.1 || box[1] > page.height * 0.88;

/**
 * Lines of a page outside its tables: split where a gap is wider than 2.5 em (a TOC page number joins by tab).
 * Rotated runs (a diagonal watermark) are lines of their own, after the others.
 */
export function pageLines(items: Item[], page: PageSize): PLine[] {
  const out: PLine[] = [];
  for (const line of groupLines(items.filter((it) => !it.rotated))) {
    const pieces: Item[][] = [[line[0]]];
    for (const it of line.slice(1)) {
      const prev = pieces[pieces.length - 1];
      const last = prev[prev.length - 1];
      if (it.x - (last.x + last.w) > 2.5 * Math.max(last.size, it.size)) pieces.push([it]);
      else prev.push(it);
    }
    const texts = pieces.map(joinItems);
    const size = maxOf(line, (i) => i.size);
    const push = (text: string, its: Item[]) => {
      const box = boxOf(its);
      if (inMargin(box, page) && PAGE_NUMBER.test(text)) return;
      const toc = /^(.*?)[.…·]{2,}\s*(\d{1,3})$/.exec(text);
      out.push({ text: toc ? `${toc[1]}\t${toc[2]}` : text, page: page.page, box, size });
    };
    if (pieces.length === 2 && /^\d{1,3}$/.test(texts[1]) && !PAGE_NUMBER.test(texts[0])) push(`${texts[0]}\t${texts[1]}`, line);
    else pieces.forEach((p, i) => push(texts[i], p));
  }
  const rotated = items.filter((it) => it.rotated).map((it) => ({ text: joinItems([it]), page: page.page, box: boxOf([it]), size: it.size, aside: true, rotated: true }));
  return [...out, ...rotated.filter((l) => l.text !== '')];
}

/** Digits stand for page numbers and dates in running headers: compared as one symbol. */
const runningKey = (text: string) => text.replace(/\d+/g, '#');

/** The first and the last line of a page's text flow, when they stand in its top or bottom margin. */
function marginLines(page: PageSize, lines: PLine[]): PLine[] {
  const flow = lines.filter((l) => !l.aside);
  if (!flow.length) return [];
  const byTop = [...flow].sort((a, b) => a.box[1] - b.box[1]);
  // A table's label (表2, 公开表3) numbers the table: with digits read as one symbol it would pass for a page header.
  const tableLine = (t: string) => !!tableKindOfTitle(t) || UNIT.test(t) || TABLE_META.test(t) || NOTE.test(t) || TABLE_LABEL.test(t.replace(/\s+/g, ''));
  return [...new Set([byTop[0], byTop[byTop.length - 1]])].filter((l) => inMargin(l.box, page) && !tableLine(l.text));
}

/**
 * Running headers and footers: the same text first or last on at least three pages, in the margin (not a
 * table's title, unit or note line: a table continued over pages may repeat those). The first
 * is kept outside the text flow, the repeats are dropped (like page numbers). Then the margins and line flags
 * of each page, measured on the lines of the text flow only.
 */
export function markLines(pages: { page: PageSize; lines: PLine[] }[]): PLine[][] {
  const count = new Map<string, number>();
  const candidates = new Set<PLine>();
  for (const { page, lines } of pages) {
    const edge = marginLines(page, lines);
    edge.forEach((l) => candidates.add(l));
    for (const key of new Set(edge.map((l) => runningKey(l.text)))) count.set(key, (count.get(key) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const out = pages.map(({ lines }) =>
    lines.filter((l) => {
      const key = runningKey(l.text);
      if (!candidates.has(l) || (count.get(key) ?? 0) < 3) return true;
      l.aside = true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
  // Margins of the text: a page's own, or where fewer than two lines reach one, the most common one of the
  // pages of its size that show theirs (a page of a few short lines).
  const flows = out.map((lines) => lines.filter((l) => !l.aside));
  const edges = flows.map((f) => ({ left: ownEdge(f.map((l) => l.box[0]), -1), right: ownEdge(f.map((l) => l.box[0] + l.box[2]), 1) }));
  // The same for every page of a width: found once per width and side.
  const usuals = new Map<string, number | undefined>();
  const usual = (p: number, k: 'left' | 'right') => {
    const key = `${pages[p].page.width}|${k}`;
    if (!usuals.has(key)) usuals.set(key, mode(edges.flatMap((e, q) => (pages[q].page.width === pages[p].page.width && e[k].sure ? [e[k].at] : []))));
    return usuals.get(key);
  };
  flows.forEach((flow, p) => {
    const { left: l0, right: r0 } = edges[p];
    const left = l0.sure ? l0.at : Math.min(l0.at, usual(p, 'left') ?? Infinity);
    const right = r0.sure ? r0.at : Math.max(r0.at, usual(p, 'right') ?? -Infinity);
    const page = pages[p].page;
    for (const l of flow) {
      const indent = (l.box[0] - left) / l.size;
      l.full = l.box[0] + l.box[2] >= right - 1.5 * l.size;
      l.flush = indent <= 0.6;
      l.indented = indent >= 1.2 && indent <= 4.5;
      l.centred = Math.abs(l.box[0] + l.box[2] / 2 - page.width / 2) < 0.04 * page.width;
    }
    if (flow.length) [flow[0].pageStart, flow[flow.length - 1].pageEnd] = [true, true];
  });
  return out;
}

/** The outermost of some edges (sign -1: leftmost, 1: rightmost); sure when two of them are within 6 pt of it. */
function ownEdge(xs: number[], sign: 1 | -1): { at: number; sure: boolean } {
  const at = sign * maxOf(xs, (x) => sign * x);
  return { at, sure: xs.filter((x) => Math.abs(x - at) <= 6).length >= 2 };
}

/** The most common value, to the point. */
function mode(xs: number[]): number | undefined {
  const count = new Map<number, number>();
  for (const x of xs) count.set(Math.round(x), (count.get(Math.round(x)) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Join the wrapped lines of a paragraph: a full line followed by an unindented line of the same size. Lines
 * outside the text flow (watermarks, running headers) that stand between two lines of a paragraph follow it.
 */
export function joinParagraphs(seq: Unit[]): Unit[] {
  const out: Unit[] = [];
  let aside: Unit[] = [];
  let last: PLine | undefined;
  // The paragraph being joined opened with an indented first line.
  let opened = false;
  for (const u of seq) {
    if ('line' in u && u.line.aside) {
      aside.push({ line: { ...u.line } });
      continue;
    }
    const prev = out[out.length - 1];
    if ('line' in u && prev && 'line' in prev && last && wraps(last, u.line, opened)) {
      const [a, b] = [prev.line, u.line];
      const text = a.text + (/[A-Za-z]$/.test(a.text) && /^[A-Za-z]/.test(b.text) ? ' ' : '') + b.text;
      prev.line = { ...a, text, box: b.page === a.page ? union(a.box, b.box) : a.box };
      last = b;
    } else {
      for (const x of aside) out.push(x);
      out.push('line' in u ? { line: { ...u.line } } : u);
      aside = [];
      last = 'line' in u ? u.line : undefined;
      opened = !!last?.indented;
    }
  }
  return [...out, ...aside];
}

const HEADING_START = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d))/;

/**
 * b continues the paragraph whose last line is a (on the same page, or at the top of the next one); or a and b
 * are lines of one centred title in large type. A line ending a sentence (。；：) ends its paragraph unless the
 * paragraph opened with an indented first line: then only the next indented line starts a new one.
 */
function wraps(a: PLine, b: PLine, opened: boolean): boolean {
  const gap = b.box[1] - (a.box[1] + a.box[3]);
  if (tableKindOfTitle(a.text) || tableKindOfTitle(b.text) || a.text.includes('\t') || b.text.includes('\t')) return false;
  const title = a.size >= 18 || (!a.full && !b.full);
  if (a.centred && b.centred && title && a.page === b.page && Math.abs(a.size - b.size) < 0.5 && gap < 1.5 * a.size) return !HEADING_START.test(b.text);
  if (HEADING_START.test(b.text)) return false;
  if (!a.full || !b.flush || Math.abs(a.size - b.size) > 0.5) return false;
  if (NOTE.test(b.text) || (!opened && /[。：:；;]$/.test(a.text))) return false;
  return b.page === a.page ? gap > -0.3 * a.size && gap < 1.2 * a.size : b.page === a.page + 1 && !!a.pageEnd && !!b.pageStart;
}

export function union(a: Box, b: Box): Box {
  const x = Math.min(a[0], b[0]);
  const y = Math.min(a[1], b[1]);
  return [x, y, Math.max(a[0] + a[2], b[0] + b[2]) - x, Math.max(a[1] + a[3], b[1] + b[3]) - y];
}
