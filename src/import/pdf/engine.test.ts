import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { GongkaiError } from '../../model/errors.js';
import { pageTexts } from '../../pdf/page-text.js';
import { pdfium, type Engine, type Pdfium } from '../../pdf/pdfium.js';
import { renderPagePng } from '../../pdf/render.js';
import { readPdf, type PdfLimits } from './load.js';
import { REAL, realPath } from './testing.js';

// The shared PDFium instance of a process (and of each batch worker) outlives every file: whatever a file
// does — read, refused, damaged, over a budget — it must give back all it took, and a trap must not reach
// the next file.

/** Calls that take something and the calls that give it back. */
const PAIRS: [keyof Pdfium, keyof Pdfium][] = [
  ['malloc', 'free'],
  ['FPDF_LoadMemDocument', 'FPDF_CloseDocument'],
  ['FPDF_LoadPage', 'FPDF_ClosePage'],
  ['FPDFText_LoadPage', 'FPDFText_ClosePage'],
  ['FPDFBitmap_CreateEx', 'FPDFBitmap_Destroy'],
];

const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((r) => r()));

/** Replace one PDFium call for the rest of the test. */
function replace<K extends keyof Pdfium>(e: Engine, name: K, by: (original: Pdfium[K]) => Pdfium[K]): void {
  const original = e.fn[name];
  e.fn[name] = by(original);
  restore.push(() => (e.fn[name] = original));
}

/** Count what is taken (non-null results) and given back on the engine. */
function countHandles(e: Engine): () => Record<string, number> {
  const open: Record<string, number> = {};
  for (const [take, give] of PAIRS) {
    open[take] = 0;
    replace(e, take, (f) => ((...a: number[]) => {
      const r = (f as (...x: number[]) => number)(...a);
      if (r) open[take]++;
      return r;
    }) as never);
    replace(e, give, (f) => ((...a: number[]) => {
      open[take]--;
      return (f as (...x: number[]) => unknown)(...a);
    }) as never);
  }
  return () => ({ ...open });
}

const real = readFileSync(realPath(REAL.social));
const encrypted = readFileSync(join('src', 'import', 'pdf', 'testdata', 'encrypted.pdf'));

async function firstPages(n: number): Promise<Uint8Array> {
  const src = await PDFDocument.load(real);
  const out = await PDFDocument.create();
  for (const p of await out.copyPages(src, Array.from({ length: n }, (_, i) => i))) out.addPage(p);
  return out.save();
}

/** A one-page PDF whose content is `content` (a hostile content stream). */
async function withContent(content: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(content)));
  return doc.save();
}

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'read';
  } catch (e) {
    if (!(e instanceof GongkaiError)) throw e;
    return e.code;
  }
}

describe('the shared PDFium instance', () => {
  it('gets back every document, page, text page, bitmap and block, whatever becomes of the file', async () => {
    const pages = await firstPages(3);
    const text = 'BT /F1 12 Tf 72 720 Td (2026) Tj ET ';
    const cases: [string, () => Promise<unknown>][] = [
      ['read', () => readPdf(pages, 'x')],
      ['encrypted', () => readPdf(encrypted, 'x')],
      ['damaged', () => readPdf(Buffer.concat([real.subarray(0, 60_000), Buffer.from('\n%%EOF\n')]), 'x')],
      ['too many glyphs', () => readPdf(pages, 'x', limits({ maxGlyphs: 50 }))],
      ['too many objects', () => readPdf(pages, 'x', limits({ maxObjects: 40 }))],
      ['page out of time', () => readPdf(pages, 'x', limits({ maxPageMillis: 0 }))],
      ['too many items', () => readPdf(pages, 'x', limits({ maxItems: 10 }))],
      ['nested graphics states', async () => readPdf(await withContent(`${'q '.repeat(5000)}${text}${'Q '.repeat(5000)}`), 'x')],
      ['one long path', async () => readPdf(await withContent(`0 0 m ${'100 0 l 0 0 l '.repeat(20_000)}S ${text}`), 'x')],
      ['page texts', () => pageTexts(pages)],
      ['render', () => renderPagePng(pages, 2)],
      ['render too large', () => renderPagePng(pages, 1, 100)],
    ];
    const e = await pdfium();
    const held = countHandles(e);
    const seen: Record<string, string> = {};
    for (const [name, run] of cases) {
      seen[name] = await outcome(run());
      expect(held(), name).toEqual({ malloc: 0, FPDF_LoadMemDocument: 0, FPDF_LoadPage: 0, FPDFText_LoadPage: 0, FPDFBitmap_CreateEx: 0 });
    }
    expect(seen).toMatchObject({
      read: 'read',
      encrypted: 'pdf-encrypted',
      damaged: 'pdf-corrupt',
      'too many glyphs': 'pdf-too-complex',
      'too many objects': 'pdf-too-complex',
      'page out of time': 'pdf-too-slow',
      'too many items': 'pdf-too-complex',
      'render too large': 'pdf-render-too-large',
    });
  });

  it('a trap inside PDFium is a damaged file, and the next file gets a fresh instance', async () => {
    const pages = await firstPages(2);
    const before = await readPdf(pages, 'x');
    const e = await pdfium();
    replace(e, 'FPDFText_LoadPage', () => () => {
      throw new WebAssembly.RuntimeError('unreachable');
    });
    let error: unknown;
    await readPdf(pages, 'PDF 文件“坏.pdf”').catch((x: unknown) => (error = x));
    expect(error).toBeInstanceOf(GongkaiError);
    expect((error as Error).message).toBe('PDF 文件“坏.pdf”第 1 页无法解析（unreachable），文件可能已损坏');
    expect(e.broken).toBe(true);
    const fresh = await pdfium();
    expect(fresh).not.toBe(e);
    expect(await readPdf(pages, 'x')).toEqual(before);
  });

  it('a file refused for its budget leaves the instance reading the next file as before', async () => {
    const pages = await firstPages(2);
    const before = await readPdf(pages, 'x');
    for (const l of [{ maxGlyphs: 10 }, { maxObjects: 5 }, { maxPageMillis: 0 }]) await outcome(readPdf(pages, 'x', limits(l)));
    expect(await readPdf(pages, 'x')).toEqual(before);
  });
});

function limits(l: Partial<PdfLimits>): PdfLimits {
  return { maxBytes: 1e9, maxPages: 2000, maxItems: 1e7, maxMillis: 60_000, maxPageMillis: 60_000, maxGlyphs: 1e6, maxObjects: 1e6, ...l };
}
