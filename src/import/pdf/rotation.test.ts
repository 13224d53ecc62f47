import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { displayToUserRect, pageFrame } from '../../report/pdf-frame.js';
import { importPdfBuffer, pdfLines } from './index.js';
import { readPdf } from './load.js';
import { realPath } from './testing.js';

/** Page 21 of 烟台市司法局 2026 部门预算: an A4 sheet shown landscape by /Rotate 90, with the 三公 table. */
const ROTATED = readFileSync(realPath('yantai-sifaju-2026-p21-rotate90.pdf'));

/** The same page with another /Rotate: at 0 its table runs up the displayed sheet, at 180 and 270 turned further. */
async function withRotate(deg: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(ROTATED);
  doc.getPage(0).node.set(PDFName.of('Rotate'), PDFNumber.of(deg));
  return doc.save();
}

const DATA_ROW = '107.05\t\t97.20\t54.00\t43.20\t9.85\t42.26\t\t37.25\t15.20\t22.05\t5.01';

describe('a page shown landscape by /Rotate 90', () => {
  it('is read in reading orientation, landscape, with its table row', async () => {
    const [page] = await readPdf(ROTATED, 'x');
    expect([Math.round(page.width), Math.round(page.height), page.turn]).toEqual([842, 595, 0]);
    const { lines } = await pdfLines(ROTATED);
    const texts = lines.map((l) => l.text);
    expect(texts).toContain('一般公共预算“三公”经费支出情况表');
    expect(texts).toContain(DATA_ROW);
    expect(lines.find((l) => l.text === DATA_ROW)!.cellBoxes).toHaveLength(12);
  });

  it('gives a 三公 table with its amounts', async () => {
    const doc = await importPdfBuffer(ROTATED, { file: 'p21.pdf' });
    const t = doc.tables.find((x) => x.kind === 'three-public')!;
    expect(t.unit).toBe('万元');
    expect(t.rows).toHaveLength(1);
    const printed = Object.values(t.rows[0].cells).flatMap((c) => (c.value ? [c.value.fen] : []));
    expect(printed).toEqual([107.05, 97.2, 54, 43.2, 9.85, 42.26, 37.25, 15.2, 22.05, 5.01].map((v) => BigInt(Math.round(v * 1_000_000))));
  });
});

describe('the same table drawn sideways (text running up or down the displayed sheet)', () => {
  it.each([0, 180, 270])('with /Rotate %i is turned upright and read exactly like the landscape page', async (deg) => {
    const bytes = await withRotate(deg);
    const [page] = await readPdf(bytes, 'x');
    expect(page.turn).not.toBe(0);
    expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
    const want = (await pdfLines(ROTATED)).lines;
    const got = (await pdfLines(bytes)).lines;
    expect(got.map((l) => l.text)).toEqual(want.map((l) => l.text));
    // Boxes are recorded on the page as displayed, so --annotate marks the same spot of the same content.
    const user = async (pdf: Uint8Array, lines: typeof got) => {
      const frame = pageFrame((await PDFDocument.load(pdf)).getPage(0));
      return lines.flatMap((l) => [l.box, ...(l.cellBoxes ?? [])]).flatMap((b) => (b ? displayToUserRect(frame, b) ?? [NaN] : [-1]));
    };
    const [a, b] = [await user(bytes, got), await user(ROTATED, want)];
    expect(a.length).toBe(b.length);
    // Boxes are kept to 0.01 pt in display space, whichever way the page is shown.
    a.forEach((v, i) => expect(Math.abs(v - b[i]), `coordinate ${i}`).toBeLessThan(0.02));
  });
});
