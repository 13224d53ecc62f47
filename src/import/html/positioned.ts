import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type { PdfPage } from '../pdf/load.js';
import type { Segment } from '../pdf/paths.js';
import type { Item } from '../pdf/text.js';
import { borderWidths, lengthPt, sheetRules, type SheetRules, type Style, styleOf } from './css.js';
import { isElement, SKIP } from './dom.js';
import { GongkaiError } from '../../model/errors.js';

/**
 * A PDF converted to HTML (pdftohtml, pdf2htmlEX, CMS converters): page boxes of a fixed size holding
 * absolutely positioned text runs and, often, thin bordered boxes for the table rules. Read here into the
 * pages the PDF reader gives its layout step, so such a page is read like the PDF it came from.
 */
export interface PositionedLayer {
  pages: PdfPage[];
  /** The page elements: the flow reading of the page leaves them out. */
  elements: Set<T.Element>;
  /** Characters of text on the pages, to weigh against the text around them. */
  chars: number;
}

/** Smallest page box (points): a positioned cell or a picture is smaller. */
const MIN_PAGE = 100;
/** Rules kept per page (the PDF reader's own limit is of the same order): later ones are dropped. */
const MAX_SEGMENTS = 20_000;
/** Pages and text runs on one page read at most (the PDF reader's limits): beyond them a page is refused. */
const MAX_PAGES = 2000;
const MAX_RUNS = 300_000;
/** A filled box thinner than this (points) is a rule drawn as a bar. */
const BAR = 2.5;
/** Font size when a page states none: the browser default of 16px. */
const DEFAULT_SIZE = 12;
/** Where the baseline of a line of text lies below the top of its glyph box, in font sizes (as the PDF reader takes it). */
const ASCENT = 0.86;

interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The pages of converted-PDF markup in a parsed page, or undefined when it has none. */
export function positionedLayer(doc: T.Document, where = '网页'): PositionedLayer | undefined {
  const styles = styleCache(sheetRules(doc));
  const boxes = pageElements(doc, styles);
  if (boxes.length === 0) return undefined;
  if (boxes.length > MAX_PAGES) throw new GongkaiError('too-many-pages', `${where}有 ${boxes.length} 个排版页面，超过上限 ${MAX_PAGES}，不像公开文件，已拒绝读取`, where);
  const pages = boxes.map((el, i) => readPage(el, i + 1, styles, where));
  const chars = pages.reduce((n, p) => n + p.items.reduce((m, it) => m + it.str.length, 0), 0);
  return { pages, elements: new Set(boxes), chars };
}

type Styles = (el: T.Element) => Style;

function styleCache(rules: SheetRules): Styles {
  const cache = new Map<T.Element, Style>();
  return (el) => {
    let s = cache.get(el);
    if (!s) cache.set(el, (s = styleOf(el, rules)));
    return s;
  };
}

const isAbsolute = (s: Style) => /^(absolute|fixed)$/i.test(s.get('position') ?? '');
const isHidden = (s: Style) => /^none$/i.test(s.get('display') ?? '') || /^hidden$/i.test(s.get('visibility') ?? '');
const children = (n: T.ParentNode): T.Element[] => n.childNodes.filter((c): c is T.Element => isElement(c) && !SKIP.has(c.tagName));

/**
 * Page boxes in document order: elements of a fixed width and height (at least MIN_PAGE points) holding
 * absolutely positioned elements, the innermost ones where such boxes nest.
 */
function pageElements(doc: T.Document, style: Styles): T.Element[] {
  const pages: T.Element[] = [];
  const visit = (n: T.ParentNode): { positioned: boolean; page: boolean } => {
    let positioned = false;
    let page = false;
    for (const c of children(n)) {
      const s = style(c);
      if (isHidden(s)) continue;
      const sub = visit(c);
      const w = lengthPt(s.get('width'));
      const h = lengthPt(s.get('height'));
      if (!sub.page && sub.positioned && w !== undefined && h !== undefined && w >= MIN_PAGE && h >= MIN_PAGE) {
        pages.push(c);
        page = true;
        continue;
      }
      positioned ||= sub.positioned || isAbsolute(s);
      page ||= sub.page;
    }
    return { positioned, page };
  };
  visit(doc);
  return pages;
}

/** Font size in points: absolute, or relative to the parent's (em, %); else inherited. */
function fontSize(s: Style, parent: number): number {
  const v = s.get('font-size');
  if (!v) return parent;
  const abs = lengthPt(v);
  if (abs !== undefined && abs > 0) return abs;
  const rel = /^(\d*\.?\d+)(em|%)$/i.exec(v.trim());
  return rel ? (Number(rel[1]) * parent) / (rel[2] === '%' ? 100 : 1) : parent;
}

function readPage(el: T.Element, page: number, style: Styles, where: string): PdfPage {
  const s = style(el);
  const width = lengthPt(s.get('width'))!;
  const height = lengthPt(s.get('height'))!;
  const items: Item[] = [];
  const segments: Segment[] = [];
  let hasImages = false;
  const walk = (n: T.Element, frame: Frame, size: number): void => {
    for (const c of children(n)) {
      const cs = style(c);
      if (isHidden(cs)) continue;
      if (c.tagName === 'img') {
        hasImages = true;
        continue;
      }
      const csize = fontSize(cs, size);
      if (!isAbsolute(cs)) {
        walk(c, frame, csize);
        continue;
      }
      const box = placeOf(cs, frame);
      const run = textOf(c, csize, style);
      // A rule is often an empty box holding a no-break space: no text.
      const shown = run.text.trim() !== '';
      if (shown) items.push(itemOf(run, cs, box));
      if (items.length > MAX_RUNS) throw new GongkaiError('too-many-items', `${where}第${page}页的文字块超过 ${MAX_RUNS} 个，不像公开文件，已拒绝读取`, where);
      if (segments.length < MAX_SEGMENTS) segments.push(...rulesOf(cs, box, !shown));
      walk(c, box, csize);
    }
  };
  walk(el, { x: 0, y: 0, w: width, h: height }, fontSize(s, DEFAULT_SIZE));
  return { page, width, height, items, segments: segments.slice(0, MAX_SEGMENTS), hasImages };
}

/** The box of an absolutely positioned element in page points (left/top, or right/bottom from its frame's far edges). */
function placeOf(s: Style, frame: Frame): Frame & { lineHeight?: number } {
  const w = lengthPt(s.get('width')) ?? 0;
  const h = lengthPt(s.get('height')) ?? 0;
  const left = lengthPt(s.get('left'));
  const top = lengthPt(s.get('top'));
  const right = lengthPt(s.get('right'));
  const bottom = lengthPt(s.get('bottom'));
  const x = frame.x + (left ?? (right !== undefined ? frame.w - right - w : 0));
  const y = frame.y + (top ?? (bottom !== undefined ? frame.h - bottom - h : 0));
  return { x, y, w, h };
}

interface Run {
  text: string;
  size: number;
}

/** The text an element shows itself (its positioned descendants are runs of their own), and the size of its first characters. */
function textOf(el: T.Element, size: number, style: Styles): Run {
  let text = '';
  let first: number | undefined;
  const walk = (n: T.Element, sz: number): void => {
    for (const c of n.childNodes) {
      if (!isElement(c)) {
        if (c.nodeName !== '#text') continue;
        const v = (c as T.TextNode).value;
        if (first === undefined && /[^ \t\r\n\f]/.test(v)) first = sz;
        text += v;
        continue;
      }
      if (SKIP.has(c.tagName)) continue;
      if (c.tagName === 'br') {
        text += ' ';
        continue;
      }
      const cs = style(c);
      if (isHidden(cs) || isAbsolute(cs)) continue;
      walk(c, fontSize(cs, sz));
    }
  };
  walk(el, size);
  // Spaces collapse as a browser shows them; ideographic and no-break spaces stay (they indent names).
  return { text: text.replace(/[ \t\r\n\f]+/g, ' ').replace(/^ +| +$/g, ''), size: first ?? size };
}

/** Full-width characters (CJK, full-width forms and punctuation, curly quotes in Chinese fonts) take one em. */
const WIDE = /[\u1100-\u115f\u2e80-\u303f\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2014\u2026]|[\ud840-\ud87f][\udc00-\udfff]/;

/** Width of text in ems, as Chinese fonts set it: full-width characters one em, the others half. */
function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 1 : 0.5;
  return n;
}

/**
 * A run as the PDF reader's text item: its leading ideographic spaces move it right (names are indented
 * with them), its width is estimated from its characters (the page does not give it) and its baseline
 * lies under the top of its line box by the half-leading and the ascent.
 */
function itemOf(run: Run, s: Style, box: Frame): Item {
  const lead = /^[\u3000\u00a0 ]*/.exec(run.text)![0];
  const str = run.text.slice(lead.length).replace(/[\u3000\u00a0 ]+$/, '');
  const size = run.size;
  const spacing = lengthPt(s.get('letter-spacing')) ?? 0;
  const w = ems(str) * size + spacing * [...str].length;
  let x = box.x + ems(lead) * size + spacing * [...lead].length;
  const align = (s.get('text-align') ?? '').toLowerCase();
  if (box.w > 0 && (align === 'right' || align === 'end')) x = box.x + box.w - w;
  else if (box.w > 0 && align === 'center') x = box.x + (box.w - w) / 2;
  const lh = lineHeight(s.get('line-height'), size);
  return { str, x, base: box.y + (lh - size) / 2 + ASCENT * size, w, size };
}

function lineHeight(v: string | undefined, size: number): number {
  const abs = lengthPt(v);
  if (abs !== undefined) return abs;
  const n = /^(\d*\.?\d+)(%)?$/.exec(v?.trim() ?? '');
  return n ? (Number(n[1]) * size) / (n[2] ? 100 : 1) : size;
}

/** The rules an element draws: each bordered side, or the element itself when it is a thin filled bar. */
function rulesOf(s: Style, box: Frame, empty: boolean): Segment[] {
  const [bt, br, bb, bl] = borderWidths(s);
  const W = bl + box.w + br;
  const H = bt + box.h + bb;
  const out: Segment[] = [];
  const hor = (y: number) => W >= 1 && out.push({ x1: box.x, y1: y, x2: box.x + W, y2: y });
  const ver = (x: number) => H >= 1 && out.push({ x1: x, y1: box.y, x2: x, y2: box.y + H });
  if (bt) hor(box.y + bt / 2);
  if (bb) hor(box.y + bt + box.h + bb / 2);
  if (bl) ver(box.x + bl / 2);
  if (br) ver(box.x + bl + box.w + br / 2);
  if (out.length === 0 && empty && isFilled(s)) {
    if (box.h <= BAR && box.w >= 3) hor(box.y + box.h / 2);
    else if (box.w <= BAR && box.h >= 3) ver(box.x + box.w / 2);
  }
  return out;
}

function isFilled(s: Style): boolean {
  const bg = (s.get('background-color') ?? s.get('background') ?? '').toLowerCase();
  return bg !== '' && !/transparent|none|url\(|rgba\([^)]*,\s*0\s*\)/.test(bg);
}
