import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { GongkaiError } from '../../model/errors.js';
import { LAYOUT, pageLayout } from './layout.js';
import { AS_READ, DEFAULT_LIMITS, readDocument, readPdf, readPdfPart, type HelperRead, type PdfPage } from './load.js';
import { helperReady, layoutHelper, MIN_PAGES, pageHelper, readPagesOnTwoThreads, warmPageHelper } from './page-helper.js';
import { REAL, realPath } from './testing.js';

// One PDF read on two threads must give exactly what one thread gives: the same pages, in page order, and the
// same refusals; pages the helper took and could not deliver are read by the reading thread.

const planning = new Uint8Array(readFileSync(realPath(REAL.planning)));

/** The helper, once it has started (it is started ahead of the first document). */
async function startedHelper(buf: Uint8Array, limits = DEFAULT_LIMITS): Promise<HelperRead> {
  readPagesOnTwoThreads(true);
  warmPageHelper();
  for (let i = 0; i < 400 && !helperReady(); i++) await new Promise((r) => setTimeout(r, 50));
  const h = pageHelper(buf, 'x', limits);
  if (h && helperReady()) return h;
  throw new Error('the page helper did not start');
}

afterAll(() => readPagesOnTwoThreads(true));

describe('reading one PDF on two threads', () => {
  it('gives the same pages as one thread, and the helper reads some of them', async () => {
    const one = await readPdf(planning, 'x');
    expect(one.length).toBeGreaterThanOrEqual(MIN_PAGES);
    const helper = await startedHelper(planning);
    const byHelper: number[] = [];
    const counting: HelperRead = (count, counters, units) => helper(count, counters, units)?.then((pages) => (byHelper.push(...pages.map((p) => p.page)), pages));
    const two = await readPdf(planning, 'x', DEFAULT_LIMITS, undefined, counting);
    expect(two).toEqual(one);
    expect(byHelper.length).toBeGreaterThan(0);
  });

  it('pages laid out by the helper are the pages laid out here', async () => {
    const here = (await readPdf(planning, 'x')).map(pageLayout);
    await startedHelper(planning);
    const helper = layoutHelper(planning, 'x', DEFAULT_LIMITS);
    expect(helper).toBeDefined();
    expect(await readDocument(planning, 'x', DEFAULT_LIMITS, LAYOUT, undefined, helper)).toEqual(here);
  });

  it('a helper that is not ready when the document starts joins it on a later page', async () => {
    const here = (await readPdf(planning, 'x')).map(pageLayout);
    await startedHelper(planning);
    const helper = layoutHelper(planning, 'x', DEFAULT_LIMITS)!;
    let offers = 0;
    let first = 0;
    const late: HelperRead<ReturnType<typeof pageLayout>> = (count, counters, units) => {
      if (++offers < 2) return undefined; // still starting at the first offer
      first = Atomics.load(counters, 0);
      return helper(count, counters, units);
    };
    expect(await readDocument(planning, 'x', DEFAULT_LIMITS, LAYOUT, undefined, late)).toEqual(here);
    expect(offers).toBe(2);
    expect(first).toBeGreaterThan(0); // the reading thread had read some pages alone
  });

  it('reads here the pages a helper took but never delivered', async () => {
    const one = await readPdf(planning, 'x');
    // A helper that takes three pages and then fails (as a crashed thread would).
    const lossy: HelperRead = (count, counters) => {
      for (let i = 0; i < 3; i++) Atomics.add(counters, 0, 1);
      return Promise.resolve([] as PdfPage[]);
    };
    expect(await readPdf(planning, 'x', DEFAULT_LIMITS, undefined, lossy)).toEqual(one);
  });

  it('a page the helper refuses refuses the document, with the page named', async () => {
    // Only the helper is held to a glyph limit the pages exceed: the refusal can only be the helper's.
    const helper = await startedHelper(planning, { ...DEFAULT_LIMITS, maxGlyphs: 400 });
    const err = await readPdf(planning, 'x', DEFAULT_LIMITS, undefined, helper).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GongkaiError);
    expect((err as GongkaiError).code).toBe('pdf-too-complex');
    expect((err as GongkaiError).where).toMatch(/^x第 \d+ 页$/);
  });

  it('a helper part reads only the pages left on the shared counters', async () => {
    const counters = new Int32Array(new SharedArrayBuffer(8));
    Atomics.store(counters, 0, 5); // pages 1–5 taken by another reader
    const part = await readPdfPart(planning, 'x', DEFAULT_LIMITS, counters, undefined, AS_READ);
    const all = await readPdf(planning, 'x');
    expect(part).toEqual(all.slice(5));
  });
});
