import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFPage } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../import/index.js';
import { GongkaiError } from '../model/errors.js';
import { checkDocument } from '../rules/engine/run.js';
import type { Finding } from '../rules/engine/types.js';
import { annotatePdf, findingNote, SEVERITY_RGB } from './annotate-pdf.js';
import { displayToUserRect, pageFrame, type DisplayBox } from './pdf-frame.js';

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

describe('display boxes map back through CropBox offsets and rotation like pdfjs', () => {
  it.each([0, 90, 180, 270])('rotation %i', async (rotate) => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([600, 800]);
    page.setCropBox(40, 60, 500, 700);
    page.node.set(PDFName.of('Rotate'), PDFNumber.of(rotate));
    const bytes = await doc.save();
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const vp = (await pdf.getPage(1)).getViewport({ scale: 1 });
    const user = [100, 200, 180, 230];
    const [a, b, c, d] = vp.convertToViewportRectangle(user);
    const box: DisplayBox = [Math.min(a, c), Math.min(b, d), Math.abs(c - a), Math.abs(d - b)];
    const back = displayToUserRect(pageFrame((await PDFDocument.load(bytes)).getPage(0)), box)!;
    back.forEach((v, i) => expect(v).toBeCloseTo(user[i], 6));
    await pdf.destroy();
  });
});
