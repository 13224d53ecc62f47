import { readFileSync } from 'node:fs';
import { degrees, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts, type PDFPage } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../import/index.js';
import { pdfLines } from '../import/pdf/index.js';
import { GongkaiError } from '../model/errors.js';
import { checkDocument } from '../rules/engine/run.js';
import type { Finding } from '../rules/engine/types.js';
import { annotatePdf, findingNote, SEVERITY_RGB } from './annotate-pdf.js';
import { displayToUserRect, pageFrame } from './pdf-frame.js';

const REAL = 'test/fixtures/real/上海市普陀区财政局2024年度部门决算.pdf';

interface Annot {
  subtype: string;
  rect: number[];
  contents: string;
  contentsRaw: string;
  color: number[];
}

function annotsOf(page: PDFPage): Annot[] {
  const arr = page.node.Annots();
  if (!arr) return [];
  return arr.asArray().map((ref) => {
    const d = page.doc.context.lookup(ref, PDFDict);
    const nums = (key: string) => d.lookup(PDFName.of(key), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber());
    const contents = d.lookup(PDFName.of('Contents'), PDFHexString);
    return { subtype: d.lookup(PDFName.of('Subtype'), PDFName).decodeText(), rect: nums('Rect'), contents: contents.decodeText(), contentsRaw: contents.asString(), color: nums('C') };
  });
}

function inside(rect: number[], page: PDFPage): boolean {
  const { x, y, width, height } = page.getCropBox();
  return rect[0] >= x && rect[1] >= y && rect[2] <= x + width && rect[3] <= y + height && rect[2] > rect[0] && rect[3] > rect[1];
}

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'test-rule',
  severity: 'warning',
  category: 'arithmetic',
  title: '测试规则',
  message: '合计与明细之和不一致',
  locations: [],
  ...over,
});

async function twoPages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  doc.addPage([842, 595]);
  return doc.save();
}

describe('annotatePdf on a real final-accounts PDF', () => {
  let findings: Finding[];
  let src: PDFDocument;
  let out: PDFDocument;
  beforeAll(async () => {
    const doc = await importFile(REAL);
    findings = checkDocument(doc);
    const bytes = readFileSync(REAL);
    src = await PDFDocument.load(bytes);
    out = await PDFDocument.load(await annotatePdf(bytes, findings));
  }, 120_000);

  it('keeps every page and marks the pages of the findings', () => {
    expect(out.getPageCount()).toBe(src.getPageCount());
    const located = findings.flatMap((f) => f.locations).filter((l) => l.page && l.box);
    expect(located.length).toBeGreaterThan(0);
    for (const l of located) expect(annotsOf(out.getPage(l.page! - 1)).length, `page ${l.page}`).toBeGreaterThan(0);
  });

  it('highlights an error cell in red with the finding as a UTF-16 note, inside the page', () => {
    const err = findings.find((f) => f.severity === 'error' && f.locations.some((l) => l.page && l.box))!;
    const loc = err.locations.find((l) => l.page && l.box)!;
    const page = out.getPage(loc.page! - 1);
    const mark = annotsOf(page).find((a) => a.subtype === 'Highlight' && a.contents.includes(`[${err.ruleId}] ${err.message}`))!;
    expect(mark).toBeDefined();
    expect(mark.contents).toContain(findingNote(err));
    expect(mark.contentsRaw.startsWith('FEFF')).toBe(true);
    expect(mark.color).toEqual(SEVERITY_RGB.error);
    // The box's top-left corner (top-left origin) is the rectangle's top-left in bottom-left coordinates.
    const h = page.getHeight();
    expect(mark.rect[0]).toBeCloseTo(loc.box![0], 1);
    expect(mark.rect[3]).toBeCloseTo(h - loc.box![1], 1);
    for (const p of out.getPages()) for (const a of annotsOf(p)) expect(inside(a.rect, p), JSON.stringify(a.rect)).toBe(true);
  });
});

describe('annotatePdf without boxes', () => {
  it('puts a page-only finding as a note in the top margin of its page, and an unlocated one on page 1', async () => {
    const onPage = finding({ locations: [{ label: '说明', page: 2 }], expected: '10.00', actual: '9.00', difference: '1.00', suggestion: '核对合计' });
    const nowhere = finding({ ruleId: 'completeness-required-tables', severity: 'error', message: '缺少“政府性基金预算财政拨款收入支出决算表”', locations: [{ label: '全文' }] });
    const out = await PDFDocument.load(await annotatePdf(await twoPages(), [onPage, nowhere]));
    const [p1, p2] = [annotsOf(out.getPage(0)), annotsOf(out.getPage(1))];
    expect(p2).toHaveLength(1);
    expect(p2[0].subtype).toBe('Text');
    expect(p2[0].contents).toBe('[test-rule] 合计与明细之和不一致；应为 10.00，实为 9.00，差额 1.00；建议：核对合计');
    expect(p2[0].rect[3]).toBeGreaterThan(595 - 30); // top margin
    expect(inside(p2[0].rect, out.getPage(1))).toBe(true);
    expect(p1).toHaveLength(1);
    expect(p1[0].contents).toBe(`[completeness-required-tables] ${nowhere.message}`);
    expect(p1[0].color).toEqual(SEVERITY_RGB.error);
  });

  it('refuses what pdf-lib cannot read with a Chinese GongkaiError', async () => {
    const err = await annotatePdf(new TextEncoder().encode('%PDF-1.7\nnot really\n%%EOF'), []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GongkaiError);
    expect((err as GongkaiError).message).toMatch(/无法解析该 PDF/);
  });

  it('refuses an encrypted PDF (even with an empty open password) and says how to proceed', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.context.trailerInfo.Encrypt = doc.context.register(doc.context.obj({ Filter: 'Standard', V: 4, R: 4 }));
    const err = await annotatePdf(await doc.save(), []).catch((e: unknown) => e);
    expect((err as GongkaiError).code).toBe('annotate-encrypted');
    expect((err as GongkaiError).message).toMatch(/加密.*qpdf --decrypt/);
  });
});

/** Where the importer says the text “Total 12” is, mapped back to user space by the annotator's frame. */
async function measuredBack(bytes: Uint8Array): Promise<number[]> {
  const { lines } = await pdfLines(bytes);
  const line = lines.find((l) => l.text === 'Total 12')!;
  expect(line, JSON.stringify(lines.map((l) => l.text))).toBeDefined();
  return displayToUserRect(pageFrame((await PDFDocument.load(bytes)).getPage(0)), line.box!)!;
}

/**
 * `back` is where `want` is, in user space; the far end along the baseline only roughly: PDFium measures the
 * advance of a non-embedded standard font with its substitute font's widths.
 */
function expectAt(back: number[], want: number[], alongX: boolean): void {
  back.forEach((v, i) => {
    const far = alongX ? i === 2 : i === 3;
    expect(Math.abs(v - want[i]), `edge ${i}: ${v} vs ${want[i]}`).toBeLessThan(far ? 2 : 0.05);
  });
}

describe('boxes the importer measures map back onto the same spot, through CropBox offsets and rotation', () => {
  const SIZE = 10;
  const [X, Y] = [100, 210];

  it.each([0, 90, 180, 270])('/Rotate %i, text upright in user space', async (rotate) => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([600, 800]);
    page.setCropBox(40, 60, 500, 700);
    page.node.set(PDFName.of('Rotate'), PDFNumber.of(rotate));
    page.drawText('Total 12', { x: X, y: Y, size: SIZE, font });
    const back = await measuredBack(await doc.save());
    // The importer's box: from the text's left edge to its advance, 0.86 em above the baseline to 0.14 em below.
    expectAt(back, [X, Y - 0.14 * SIZE, X + font.widthOfTextAtSize('Total 12', SIZE), Y + 0.86 * SIZE], true);
  });

  it.each([90, 270])('text drawn turned %i° on an upright page (a sideways table), read upright and mapped back', async (angle) => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([600, 800]);
    page.setCropBox(40, 60, 500, 700);
    // pdf-lib turns counter-clockwise: at 90° the baseline runs up the sheet and the lines follow to the right.
    const up = angle === 90;
    const [ox, oy] = up ? [X, Y + 200] : [X + 200, Y + 300];
    // Several lines, so that turned text is what the page mostly holds.
    for (let k = 0; k < 5; k++) page.drawText(k ? `Row ${k}` : 'Total 12', { x: ox + (up ? 40 : -40) * k, y: oy, size: SIZE, font, rotate: degrees(angle) });
    const bytes = await doc.save();
    const { lines } = await pdfLines(bytes);
    expect(lines.map((l) => l.text)).toEqual(['Total 12', 'Row 1', 'Row 2', 'Row 3', 'Row 4']);
    const len = font.widthOfTextAtSize('Total 12', SIZE);
    const want = up ? [ox - 0.86 * SIZE, oy, ox + 0.14 * SIZE, oy + len] : [ox - 0.14 * SIZE, oy - len, ox + 0.86 * SIZE, oy];
    const back = await measuredBack(bytes);
    if (up) expectAt(back, want, false);
    else expectAt([back[0], -back[3], back[2], -back[1]], [want[0], -want[3], want[2], -want[1]], false);
  });
});
