// The review report (审核意见) in a real browser: at 1,000 px and 1,600 px, and printed to A4, no finding cell
// overflows its box. GK_SCREENSHOTS=docs/images keeps screenshots of both widths and of two printed pages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../src/import/index.js';
import { checkDocument } from '../../src/rules/engine/run.js';
import { htmlReview } from '../../src/report/html.js';
import { findingCrops, reviewReport } from '../../src/report/review.js';
import { CHROMIUM, launch } from './browser.js';

const PDF = 'test/fixtures/real/24年普陀区财政局（测试问题版本）.pdf';
const SHOTS = process.env.GK_SCREENSHOTS;

/** Every finding cell, heading and crop whose content is wider than its box or that sticks out of its card. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('.finding')) {
      const outer = card.getBoundingClientRect();
      for (const el of card.querySelectorAll<HTMLElement>('.cell, h3, .msg, .suggest, .excerpt, .rule, img')) {
        const r = el.getBoundingClientRect();
        const clipped = el.scrollWidth > el.clientWidth + 1;
        const outside = r.left < outer.left - 0.5 || r.right > outer.right + 0.5;
        if (clipped || outside) bad.push(`${card.id} ${el.className || el.tagName}: ${el.textContent?.slice(0, 30)}`);
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) bad.push(`page ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    return bad;
  });
}

describe.skipIf(!CHROMIUM)('review report in the browser', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let file = '';
  let findings = 0;

  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(PDF));
    const doc = await importBytes(bytes, PDF);
    const found = checkDocument(doc);
    findings = found.length;
    const html = htmlReview(reviewReport(doc, found, { crops: await findingCrops(bytes, found), date: new Date(2026, 0, 15) }));
    file = join(mkdtempSync(join(tmpdir(), 'gongkai-review-')), 'review.html');
    writeFileSync(file, html);
    ({ browser, close } = await launch());
  }, 180_000);
  afterAll(async () => close?.());

  for (const width of [1000, 1600]) {
    it(`lays every finding out within its card at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`file://${file}`);
      expect(await page.locator('.finding').count()).toBe(findings);
      expect(await page.locator('.finding img').count()).toBeGreaterThan(0);
      expect(await overflowing(page)).toEqual([]);
      // The screenshot shows the first findings (the header is a plain table).
      if (SHOTS) await page.evaluate(() => window.scrollTo(0, document.querySelector<HTMLElement>('h2.error')!.offsetTop - 16));
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `review-report-${width}.png`), fullPage: false });
      await page.close();
    });
  }

  it('prints on A4 with nothing clipped, page numbers in the margin', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await page.emulateMedia({ media: 'print' });
    // The A4 content width at 96 dpi (210 mm less 2 × 14 mm margins).
    await page.setViewportSize({ width: Math.floor(((210 - 28) / 25.4) * 96), height: 1000 });
    expect(await overflowing(page)).toEqual([]);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (SHOTS) {
      const out = join(tmpdir(), `gongkai-print-${process.pid}.pdf`);
      writeFileSync(out, pdf);
      mkdirSync(SHOTS, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', out, join(SHOTS, 'review-report-print')]);
    }
    await page.close();
  });
});
