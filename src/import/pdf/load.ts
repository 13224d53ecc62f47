import { GongkaiError } from '../../model/errors.js';
import { withPage, withPdf, type PdfDoc } from '../../pdf/document.js';
import { compose, displaySize, displayTransform, invert, turnTransform, type Matrix, type PageFrame, type Quarter } from '../../pdf/frame.js';
import { HEAP_LIMIT, scratch, type Engine } from '../../pdf/pdfium.js';
import { userUnits } from '../../pdf/user-unit.js';
import { dominantTurn, groupRuns, readGlyphs, VerticalRules, type Glyphs } from './glyphs.js';
import { pageGraphics, segmentsTo, type Segment } from './paths.js';
import type { Item } from './text.js';

export interface PdfPage {
  /** 1-based page number. */
  page: number;
  /** Size in reading orientation (points). */
  width: number;
  height: number;
  items: Item[];
  segments: Segment[];
  /** The page paints images (a scan when it has no text). */
  hasImages: boolean;
  /**
   * Clockwise angle at which the page's text runs on the displayed page (a sideways table): coordinates here
   * are turned back by it; `readingToDisplay` maps them to the page as a viewer shows it.
   */
  turn?: Quarter;
}

/**
 * What one PDF may cost. PDFium runs no operator count of its own, so a page's work is bounded by what it
 * yields: its objects (one per painting operator: text, path, image, form) and glyphs, both refused over the
 * limit, and path points (beyond them a page's drawing gives no more rules); and by the clock, checked after
 * each PDFium step of a page (parsing its content, its text layer) and every few thousand objects or glyphs.
 */
export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  /** Text items over the whole document. */
  maxItems: number;
  /** Wall-clock budget for reading all pages. */
  maxMillis: number;
  /** Wall-clock budget for one page. */
  maxPageMillis: number;
  /** Glyphs on one page. */
  maxGlyphs: number;
  /** Objects on one page, form XObjects' contents included. */
  maxObjects: number;
}

// Real disclosures (the 40 of the shared corpus) have at most about 2,700 objects and 2,600 glyphs on a page
// and take well under a second a page: the limits leave room of a hundred times.
export const DEFAULT_LIMITS: PdfLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxPages: 2000,
  maxItems: 2_000_000,
  maxMillis: 300_000,
  maxPageMillis: 5_000,
  maxGlyphs: 300_000,
  maxObjects: 200_000,
};

const GRAPHICS_LIMITS = { maxSegments: 50_000, maxPoints: 500_000 };

/** Bytes as megabytes for messages: “3.5 MB”, “200 MB”. */
export const mb = (n: number) => `${+(n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0)} MB`;

function checkBytes(buf: Uint8Array, where: string, limits: PdfLimits): void {
  if (buf.length > limits.maxBytes) {
    throw new GongkaiError('pdf-too-large', `${where}过大（${mb(buf.length)}，上限 ${mb(limits.maxBytes)}），拒绝读取`, where);
  }
  const head = new TextDecoder('latin1').decode(buf.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    throw new GongkaiError('pdf-not-pdf', `${where}不是 PDF 文件（文件开头没有“%PDF-”标记），请确认文件格式`, where);
  }
  const tail = new TextDecoder('latin1').decode(buf.subarray(Math.max(0, buf.length - 2048)));
  if (!tail.includes('%%EOF')) {
    throw new GongkaiError('pdf-truncated', `${where}不完整：文件末尾没有“%%EOF”结束标记（共 ${buf.length} 字节），可能下载或复制时被截断`, where);
  }
}

/** How the page is shown: PDFium's visible box (CropBox ∩ MediaBox) and /Rotate, with the /UserUnit. */
function frameOf(e: Engine, page: number, userUnit: number, tmp: number): PageFrame {
  const { fn } = e;
  fn.FPDF_GetPageBoundingBox(page, tmp);
  const f = e.heap().f32;
  const [l, t, r, b] = [f[tmp / 4], f[tmp / 4 + 1], f[tmp / 4 + 2], f[tmp / 4 + 3]];
  const rotate = ((fn.FPDFPage_GetRotation(page) & 3) * 90) as Quarter;
  return { view: [Math.min(l, r), Math.min(t, b), Math.max(l, r), Math.max(t, b)], rotate, userUnit };
}

/** Reading orientation → the page as displayed, for a turned page (what `--annotate` maps boxes back through). */
export function readingToDisplay(page: Pick<PdfPage, 'turn' | 'width' | 'height'>): Matrix | undefined {
  if (!page.turn) return undefined;
  const [w, h] = page.turn === 180 ? [page.width, page.height] : [page.height, page.width];
  return invert(turnTransform(page.turn, w, h));
}

function tooComplex(where: string, n: number, what: string, count: number, limit: number): GongkaiError {
  return new GongkaiError('pdf-too-complex', `${where}第 ${n} 页${what}过多（${count} 个，上限 ${limit} 个），拒绝读取`, `${where}第 ${n} 页`);
}

/**
 * A page as PDFium gives it, before any layout: its glyphs in display space, its ruling segments in PDF user
 * space, and how it is shown. Capturing is the PDFium half of reading a page; finishPage is the rest, and may run
 * on another thread (the batch's reading worker hands captured documents to the checking ones: cli/batch-capture.ts).
 */
export interface CapturedPage {
  page: number;
  glyphs: Glyphs;
  /** Ruling segments in PDF user space; packed (x1, y1, x2, y2 each) to cross threads. */
  segments: Segment[] | Float64Array;
  hasImages: boolean;
  /** PDF user space → the page as displayed. */
  display: Matrix;
  size: { width: number; height: number };
}

function capturePage(doc: PdfDoc, n: number, userUnit: number, where: string, limits: PdfLimits, tick: () => void): CapturedPage {
  const e = doc.engine;
  const { fn } = e;
  const tmp = scratch(e, 96);
  try {
    return withPage(doc, n - 1, (page) => {
      tick(); // PDFium has parsed the page's content
      const objects = fn.FPDFPage_CountObjects(page);
      if (objects > limits.maxObjects) throw tooComplex(where, n, '图形对象', objects, limits.maxObjects);
      const frame = frameOf(e, page, userUnit, tmp.at);
      const display = displayTransform(frame);
      const size = displaySize(frame);
      const graphics = pageGraphics(e, page, tmp.at, { ...GRAPHICS_LIMITS, maxObjects: limits.maxObjects, tick });
      if (graphics.objects > limits.maxObjects) throw tooComplex(where, n, '图形对象（含表单对象内的）', graphics.objects, limits.maxObjects);
      const text = fn.FPDFText_LoadPage(page);
      if (!text) throw new Error('PDFium 无法读取文字层');
      try {
        tick();
        const count = fn.FPDFText_CountChars(text);
        if (count > limits.maxGlyphs) throw tooComplex(where, n, '字符', count, limits.maxGlyphs);
        const glyphs = readGlyphs(e, text, Math.max(0, count), { toDisplay: display, ...size, textSpaces: graphics.textSpaces, tick }, tmp.at);
        return { page: n, glyphs, segments: graphics.segments, hasImages: graphics.hasImages, display, size };
      } finally {
        if (!e.broken) fn.FPDFText_ClosePage(text);
      }
    });
  } finally {
    tmp.done();
  }
}

/** Segments as one array of numbers, x1, y1, x2, y2 each (a transferable buffer). */
export function packSegments(segments: Segment[]): Float64Array {
  const out = new Float64Array(segments.length * 4);
  segments.forEach((s, k) => {
    out[4 * k] = s.x1;
    out[4 * k + 1] = s.y1;
    out[4 * k + 2] = s.x2;
    out[4 * k + 3] = s.y2;
  });
  return out;
}

function unpackSegments(packed: Float64Array): Segment[] {
  const out: Segment[] = [];
  for (let k = 0; k + 3 < packed.length; k += 4) out.push({ x1: packed[k], y1: packed[k + 1], x2: packed[k + 2], y2: packed[k + 3] });
  return out;
}

/** A captured page turned to reading orientation, its glyphs grouped into runs (no PDFium call). */
export function finishPage(c: CapturedPage): PdfPage {
  const turn = dominantTurn(c.glyphs);
  const toReading = turnTransform(turn, c.size.width, c.size.height);
  const segments = segmentsTo(compose(c.display, toReading), c.segments instanceof Float64Array ? unpackSegments(c.segments) : c.segments);
  const items = groupRuns(c.glyphs, toReading, turn, new VerticalRules(segments));
  const [width, height] = turn % 180 === 0 ? [c.size.width, c.size.height] : [c.size.height, c.size.width];
  return { page: c.page, width, height, items, segments, hasImages: c.hasImages, turn };
}

const seconds = (ms: number) => `${+(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} 秒`;

/** The time budgets of a document and of each page: `page(n)` gives the check to call while reading page n. */
function documentClock(where: string, pageCount: number, limits: PdfLimits): { page(n: number): () => void } {
  const documentEnd = Date.now() + limits.maxMillis;
  return {
    page(n) {
      const pageEnd = Date.now() + limits.maxPageMillis;
      const check = () => {
        const now = Date.now();
        if (now >= documentEnd) {
          throw new GongkaiError('pdf-too-slow', `${where}读取超时：${seconds(limits.maxMillis)}内只读完 ${n - 1} / ${pageCount} 页，停在第 ${n} 页，拒绝继续`, `${where}第 ${n} 页`);
        }
        if (now >= pageEnd) {
          throw new GongkaiError('pdf-too-slow', `${where}第 ${n} 页过于复杂：读取超过 ${seconds(limits.maxPageMillis)}仍未完成，拒绝继续`, `${where}第 ${n} 页`);
        }
      };
      check();
      return check;
    },
  };
}

/**
 * Which page a reader takes next and how many text items all readers have found, shared by the threads that
 * read one document together (Int32Array over a SharedArrayBuffer: [pages taken, items so far]).
 */
export const readCounters = (): Int32Array => new Int32Array(new SharedArrayBuffer(8));

/** A second reader of the same document (see page-helper.ts): takes pages from the same counters. */
export type HelperRead<T = PdfPage> = (pageCount: number, counters: Int32Array, units: number[] | undefined) => Promise<T[]> | undefined;

/** What a reader makes of each page as it reads it: the page itself, or (pdfLines) the page's own layout. */
export interface PageWork<T extends { page: number }> {
  of(page: PdfPage): T;
  /** Whether the page had a text layer, and whether it paints images (a scan). */
  text(t: T): { items: number; hasImages: boolean };
}

export const AS_READ: PageWork<PdfPage> = { of: (p) => p, text: (p) => ({ items: p.items.length, hasImages: p.hasImages }) };

function openedCheck(doc: PdfDoc, where: string, limits: PdfLimits): void {
  if (doc.pageCount > limits.maxPages) {
    throw new GongkaiError('pdf-too-many-pages', `${where}共 ${doc.pageCount} 页，超过上限 ${limits.maxPages} 页，拒绝读取`, where);
  }
  if (doc.pageCount <= 0) throw new GongkaiError('pdf-corrupt', `${where}已损坏：找不到任何页面`, where);
}

/** Where one document is read: the open document and what every reader of it shares. */
interface Reading<T extends { page: number }> {
  doc: PdfDoc;
  units: number[] | undefined;
  where: string;
  limits: PdfLimits;
  counters: Int32Array;
  work: PageWork<T>;
  onPage?: (n: number) => void;
}

/**
 * Read pages until none is left: each taken from the shared counters (or from `only`, pages another reader
 * took and could not deliver). Raises GongkaiError for what cannot be read.
 */
function readPages<T extends { page: number }>(r: Reading<T>, only?: number[]): T[] {
  const pages: T[] = [];
  const clock = documentClock(r.where, r.doc.pageCount, r.limits);
  for (let n = nextPage(r, only, 0); n; n = nextPage(r, only, pages.length)) pages.push(readOne(r, n, clock));
  return pages;
}

/** The next page this reader takes (0 when none is left): from `only`, else from the shared counters. */
function nextPage(r: Reading<{ page: number }>, only: number[] | undefined, k: number): number {
  const n = only ? (only[k] ?? 0) : Atomics.add(r.counters, 0, 1) + 1;
  return n >= 1 && n <= r.doc.pageCount ? n : 0;
}

/**
 * readPages for the reading thread while its helper has not joined: every few pages it lets the event loop run
 * (the helper's "ready" arrives as a message) and offers the helper the pages left.
 */
async function readPagesJoining<T extends { page: number }>(r: Reading<T>, join: () => boolean): Promise<T[]> {
  const pages: T[] = [];
  const clock = documentClock(r.where, r.doc.pageCount, r.limits);
  let joined = join();
  for (let n = nextPage(r, undefined, 0); n; n = nextPage(r, undefined, pages.length)) {
    pages.push(readOne(r, n, clock));
    if (!joined && pages.length % JOIN_EVERY === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      joined = join();
    }
  }
  return pages;
}

/** Pages between two offers to a helper that has not joined yet. */
const JOIN_EVERY = 4;

function readOne<T extends { page: number }>(r: Reading<T>, n: number, clock: { page(n: number): () => void }): T {
  return finishOne(r, captureOne(r, n, clock));
}

/** Capture page n, refusing in Chinese what PDFium cannot read. */
function captureOne(r: Pick<Reading<{ page: number }>, 'doc' | 'units' | 'where' | 'limits' | 'onPage'>, n: number, clock: { page(n: number): () => void }): CapturedPage {
  const { doc, where, limits } = r;
  r.onPage?.(n);
  try {
    return capturePage(doc, n, r.units?.[n - 1] ?? 1, where, limits, clock.page(n));
  } catch (e) {
    if (e instanceof GongkaiError) throw e;
    if (doc.engine.outOfMemory) {
      const refusal = new GongkaiError('pdf-too-complex', `${where}第 ${n} 页过于复杂：读取所需内存超过 ${mb(HEAP_LIMIT)} 的上限（可能是层层嵌套的表单对象），拒绝读取`, `${where}第 ${n} 页`);
      throw Object.assign(refusal, { outOfMemory: true });
    }
    throw unreadablePage(where, n, e);
  }
}

const unreadablePage = (where: string, n: number, e: unknown) =>
  new GongkaiError('pdf-corrupt', `${where}第 ${n} 页无法解析（${(e as Error).message}），文件可能已损坏`, `${where}第 ${n} 页`);

/** Finish a captured page and count its text items against the document's limit. */
function finishOne<T extends { page: number }>(r: Pick<Reading<T>, 'where' | 'limits' | 'counters' | 'work'>, captured: CapturedPage): T {
  const { where, limits, counters } = r;
  const n = captured.page;
  let page: PdfPage;
  try {
    page = finishPage(captured);
  } catch (e) {
    if (e instanceof GongkaiError) throw e;
    throw unreadablePage(where, n, e);
  }
  const count = Atomics.add(counters, 1, page.items.length) + page.items.length;
  if (count > limits.maxItems) {
    throw new GongkaiError('pdf-too-complex', `${where}文字元素过多（到第 ${n} 页已超过 ${limits.maxItems} 个），拒绝读取`, `${where}第 ${n} 页`);
  }
  return r.work.of(page);
}

/** A helper's pages merged with this reader's, in page order; pages it took but never delivered are read here. */
async function withHelper<T extends { page: number }>(r: Reading<T>, helper: HelperRead<T>): Promise<T[]> {
  let theirs: Promise<T[]> | undefined;
  const join = () => {
    theirs ??= helper(r.doc.pageCount, r.counters, r.units);
    theirs?.catch(() => {}); // handled below, unless this thread's own pages are refused first
    return !!theirs;
  };
  const mine = await readPagesJoining(r, join);
  if (mine.length === r.doc.pageCount) return mine; // the helper took no page (it may not have started yet)
  const pages = [...mine, ...(theirs ? await theirs : [])];
  const have = new Set(pages.map((p) => p.page));
  const left = Array.from({ length: r.doc.pageCount }, (_, i) => i + 1).filter((n) => !have.has(n));
  return [...pages, ...readPages(r, left)].sort((a, b) => a.page - b.page);
}

/**
 * Read every page's text items and ruling lines; raises GongkaiError for what cannot be read. `onPage(n)` is
 * called as page n starts. With `helper`, a second thread reads pages of the same document at the same time.
 */
export function readPdf(buf: Uint8Array, where: string, limits: PdfLimits = DEFAULT_LIMITS, onPage?: (n: number) => void, helper?: HelperRead): Promise<PdfPage[]> {
  return readDocument(buf, where, limits, AS_READ, onPage, helper);
}

/** readPdf, making `work` of each page as it is read (by whichever thread reads it). */
export async function readDocument<T extends { page: number }>(buf: Uint8Array, where: string, limits: PdfLimits, work: PageWork<T>, onPage?: (n: number) => void, helper?: HelperRead<T>): Promise<T[]> {
  checkBytes(buf, where, limits);
  const units = await userUnits(buf);
  return withPdf(buf, where, async (doc) => {
    openedCheck(doc, where, limits);
    const r: Reading<T> = { doc, units, where, limits, counters: readCounters(), work, onPage };
    return requireText(helper ? await withHelper(r, helper) : readPages(r), work, where);
  });
}

/** The pages, unless none of them has text (a scan, or an empty document). */
function requireText<T extends { page: number }>(pages: T[], work: PageWork<T>, where: string): T[] {
  const text = pages.map((p) => work.text(p));
  if (!text.some((t) => t.items)) {
    const scan = text.some((t) => t.hasImages);
    throw new GongkaiError(
      'pdf-no-text',
      `${where}没有可提取的文字层（共 ${pages.length} 页${scan ? '，页面是图片，可能是扫描件' : ''}）；请提供带文字层的 PDF，或先做文字识别（OCR）`,
      where,
    );
  }
  return pages;
}

/** Every page of a PDF captured (the PDFium half of readDocument, with its limits and refusals), in page order. */
export interface CapturedPdf {
  pages: CapturedPage[];
}

export async function captureDocument(buf: Uint8Array, where: string, limits: PdfLimits): Promise<CapturedPdf> {
  checkBytes(buf, where, limits);
  const units = await userUnits(buf);
  return withPdf(buf, where, (doc) => {
    openedCheck(doc, where, limits);
    const clock = documentClock(where, doc.pageCount, limits);
    const pages: CapturedPage[] = [];
    for (let n = 1; n <= doc.pageCount; n++) pages.push(captureOne({ doc, units, where, limits }, n, clock));
    return { pages };
  });
}

/** A captured PDF read as readDocument would have read it: the same pages, limits and refusals. */
export function finishDocument<T extends { page: number }>(c: CapturedPdf, where: string, limits: PdfLimits, work: PageWork<T>): T[] {
  const r = { where, limits, counters: readCounters(), work };
  return requireText(c.pages.map((p) => finishOne(r, p)), work, where);
}


/**
 * A helper thread's part of a document another thread has opened and checked: the pages it takes from the
 * shared counters (its own clock; limits as for the whole read; the /UserUnit of each page as read there).
 */
export function readPdfPart<T extends { page: number }>(buf: Uint8Array, where: string, limits: PdfLimits, counters: Int32Array, units: number[] | undefined, work: PageWork<T>, onPage?: (n: number) => void): Promise<T[]> {
  return withPdf(buf, where, (doc) => readPages({ doc, units, where, limits, counters, work, onPage }));
}
