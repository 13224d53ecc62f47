// The review report (审核意见) of one real PDF, in every format; the document is imported and checked once.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { importBytes } from '../src/import/index.js';
import type { BudgetDocument } from '../src/model/document.js';
import { pageTexts } from '../src/pdf/page-text.js';
import { htmlReview } from '../src/report/html.js';
import { docxReview } from '../src/report/review-docx.js';
import { pdfReview } from '../src/report/review-pdf.js';
import { findingCrops, pngSize, reviewReport, type ReviewReport } from '../src/report/review.js';
import { checkDocument } from '../src/rules/engine/run.js';
import type { Finding } from '../src/rules/engine/types.js';

const PDF = 'test/fixtures/real/24年普陀区财政局（测试问题版本）.pdf';
const DATE = new Date(2026, 2, 5);

let doc: BudgetDocument;
let findings: Finding[];
let review: ReviewReport;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(PDF));
  doc = await importBytes(bytes, PDF);
  findings = checkDocument(doc);
  review = reviewReport(doc, findings, { crops: await findingCrops(bytes, findings), date: DATE });
}, 120_000);

describe('the review report of a PDF', () => {
  it('heads with document, department, year, profile and why, date and tool; sums up by severity and category', () => {
    expect(review.document).toMatchObject({ file: '24年普陀区财政局（测试问题版本）.pdf', department: doc.meta.department, year: 2024, profile: doc.meta.profile });
    expect(review.document.profileReason).toBe(doc.meta.profileReason);
    expect(review.date).toBe('2026-03-05');
    expect(review.tool).toMatch(/^gongkai \d+\.\d+\.\d+$/);
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(review.counts).toEqual({ errors: count('error'), warnings: count('warning'), infos: count('info') });
    expect(review.categories.reduce((n, c) => n + c.errors + c.warnings + c.infos, 0)).toBe(findings.length);
    expect(review.unplaced.length).toBe(doc.unplaced.length);
  });
  it('shows each finding with its place, figures, suggestion and a crop of the page where it has a box', () => {
    const boxed = findings.filter((f) => f.locations.some((l) => l.page && l.box)).length;
    expect(boxed).toBeGreaterThan(0);
    expect(review.findings.filter((f) => f.crop)).toHaveLength(boxed);
    const crop = review.findings.find((f) => f.crop)!.crop!;
    const { width, height } = pngSize(crop.png);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(30);
    // No place repeats itself ("第6页（第6页…）") or shows an empty label.
    for (const f of review.findings) for (const p of f.places) expect(p).not.toMatch(/^(第\d+页)（\1|^（第|“”/);
  });
  it('never asks to correct a rate against a total that another finding says is wrong', () => {
    for (const f of findings.filter((x) => x.dependsOn)) expect(f.suggestion).toMatch(/^先更正所依据的数/);
    // "总计0万元" is wrong (narrative-amount); the next sentence's rate, right on the table's 2,995.39, is not faulted.
    expect(findings.some((f) => f.ruleId === 'narrative-amount' && f.message.includes('收入支出总计'))).toBe(true);
    expect(findings.some((f) => f.ruleId === 'narrative-change' && f.message.includes('收入支出总计'))).toBe(false);
  });
  it('as HTML: one self-contained file with every finding, the crops inline and print CSS with page numbers', () => {
    const html = htmlReview(review);
    expect(html).not.toMatch(/<link|<script|src="http|url\(http/);
    expect(html.match(/<article class="finding/g)).toHaveLength(findings.length);
    expect(html.match(/src="data:image\/png;base64,/g)?.length).toBe(review.findings.filter((f) => f.crop).length);
    expect(html).toContain('counter(page)');
    expect(html).toContain('tabular-nums');
    for (const text of ['审核意见', review.document.department!, '2024年', review.document.profileReason!, '2026-03-05', review.tool, `附：未能读出的内容（${doc.unplaced.length}）`, '审核人']) expect(html).toContain(text);
  });
  it('as PDF: A4 pages with the header, the findings and page numbers', async () => {
    const pages = await pageTexts(new Uint8Array(await pdfReview(review)));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain('审核意见');
    expect(pages[0]).toContain(review.document.department!);
    expect(pages.at(-1)).toContain(`第 ${pages.length} 页 / 共 ${pages.length} 页`);
    const all = pages.join('\n').replace(/\s+/g, '');
    for (const f of review.findings.slice(0, 5)) expect(all).toContain(f.title.replace(/\s+/g, ''));
  }, 60_000);
  it('as DOCX: the findings, the crops as pictures, the document in the header and page numbers in the footer', async () => {
    const zip = unzipSync(new Uint8Array(await docxReview(review)));
    const body = strFromU8(zip['word/document.xml']);
    expect(body).toContain('审核意见');
    expect(body).toContain(review.findings[0].message.slice(0, 10));
    expect(Object.keys(zip).filter((k) => k.startsWith('word/media/')).length).toBeGreaterThan(0);
    const parts = Object.keys(zip).filter((k) => /word\/(header|footer)\d*\.xml/.test(k)).map((k) => strFromU8(zip[k]));
    expect(parts.join('')).toContain(review.document.title);
    expect(parts.join('')).toMatch(/NUMPAGES/);
  });
});

describe('check --format on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-review-cli-'));
  const cli = (...argv: string[]) => run(argv, { out: () => undefined, err: () => undefined, isTTY: false });
  it('writes the review report of a text file as PDF and DOCX files', async () => {
    const seed = 'test/fixtures/seed/zezhou-2026.txt';
    expect(await cli('check', seed, '-f', 'pdf', '-o', join(dir, 'r.pdf'))).toBe(1);
    expect(readFileSync(join(dir, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await cli('check', seed, '-f', 'docx', '-o', join(dir, 'r.docx'))).toBe(1);
    expect(strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'r.docx'))))['word/document.xml'])).toContain('审核意见');
  }, 60_000);
});
