import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GongkaiError } from '../../model/errors.js';
import { DEFAULT_LIMITS, readPdf } from './load.js';
import { REAL, realPath } from './testing.js';
import { readLayoutsWatched } from './watched.js';
import { pageLayout } from './layout.js';
import { watchPdfReads } from './watching.js';

// The command line reads a PDF on a worker it stops when a page overruns (PDFium's parse of a page cannot be
// interrupted from JavaScript). Here the worker runs the TypeScript sources through tsx.

async function firstPages(n: number): Promise<Uint8Array> {
  const src = await PDFDocument.load(readFileSync(realPath(REAL.social)));
  const out = await PDFDocument.create();
  for (const p of await out.copyPages(src, Array.from({ length: n }, (_, i) => i))) out.addPage(p);
  return out.save();
}

/** Forty million bytes of q Q in a 40 KB file: PDFium parses them in one call of several seconds. */
async function contentBomb(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(`${'q Q '.repeat(10_000_000)}BT /F1 12 Tf 72 720 Td (2026) Tj ET`)));
  return doc.save();
}

async function refusal(p: Promise<unknown>): Promise<GongkaiError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(GongkaiError);
  return e as GongkaiError;
}

describe('a watched PDF read', () => {
  beforeAll(() => watchPdfReads(true));
  afterAll(() => watchPdfReads(false));

  it('gives the pages readPdf gives, and its refusals', { timeout: 60_000 }, async () => {
    const pages = await firstPages(2);
    expect(await readLayoutsWatched(pages, 'x', DEFAULT_LIMITS)).toEqual((await readPdf(pages, 'x')).map(pageLayout));
    const encrypted = readFileSync(join('src', 'import', 'pdf', 'testdata', 'encrypted.pdf'));
    const [mine, direct] = [await refusal(readLayoutsWatched(encrypted, 'PDF 文件“e.pdf”', DEFAULT_LIMITS)), await refusal(readPdf(encrypted, 'PDF 文件“e.pdf”'))];
    expect({ code: mine.code, message: mine.message, where: mine.where }).toEqual({ code: direct.code, message: direct.message, where: direct.where });
  });

  it('is stopped inside a page PDFium is still parsing, and names the page', { timeout: 60_000 }, async () => {
    const e = await refusal(readLayoutsWatched(await contentBomb(), 'PDF 文件“b.pdf”', { ...DEFAULT_LIMITS, maxPageMillis: 200 }, 300));
    expect(e.code).toBe('pdf-too-slow');
    expect(e.message).toBe('PDF 文件“b.pdf”第 1 页过于复杂：PDF 引擎 0.5 秒内未能读完这一页，已停止读取');
  });
});
