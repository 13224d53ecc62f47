import { describe, expect, it } from 'vitest';
import { readPdf } from './load.js';
import { minimalPdf } from './testing.js';

/**
 * A page that draws a form XObject (with its own /Matrix, moved by the page's cm) holding a clip rectangle,
 * two lines of text — one inside the clip, one outside it — and a table rule; plus text and a rule on the page.
 */
function formPage(): Uint8Array {
  const form = [
    '0 0 200 50 re W n',
    'BT /F1 12 Tf 10 20 Td (Inside) Tj ET',
    'BT /F1 12 Tf 10 80 Td (Outside) Tj ET',
    '0 0 0 RG 1 w 0 5 m 150 5 l S',
  ].join('\n');
  const page = ['BT /F1 12 Tf 72 760 Td (Page) Tj ET', '0.5 w 72 700 m 300 700 l S', 'q 1 0 0 1 100 500 cm /Fm1 Do Q'].join('\n');
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${page.length} >>\nstream\n${page}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Type /XObject /Subtype /Form /BBox [0 0 300 100] /Matrix [1 0 0 1 20 0] /Resources << /Font << /F1 5 0 R >> >> /Length ${form.length} >>\nstream\n${form}\nendstream`,
  ]);
}

describe('form XObjects', () => {
  it('place their text and rules through their /Matrix and the page cm, and clip their text in their own space', async () => {
    const [p] = await readPdf(formPage(), 'x');
    expect(p.items.map((it) => it.str)).toEqual(['Page', 'Inside']);
    const inside = p.items[1];
    // Form point (10, 20) → page (10 + 20 + 100, 20 + 500) → display (130, 842 - 520).
    expect(inside.x).toBeCloseTo(130, 1);
    expect(inside.base).toBeCloseTo(322, 1);
    const rules = p.segments.map((s) => [s.x1, s.y1, s.x2, s.y2].map((v) => Math.round(v)));
    expect(rules).toEqual([
      [72, 142, 300, 142],
      [120, 337, 270, 337],
    ]);
  });
});

/**
 * Four text objects on the page under two clipping states, one after the other (left half, then right half),
 * each with one object inside and one outside it. (PDFium drops the clip of an object wholly inside it.)
 */
function twoClipsPage(): Uint8Array {
  const page = [
    'q 0 0 300 842 re W n BT /F1 12 Tf 100 700 Td (Aleft) Tj ET BT /F1 12 Tf 400 690 Td (Bright) Tj ET Q',
    'q 300 0 295 842 re W n BT /F1 12 Tf 100 650 Td (Cleft) Tj ET BT /F1 12 Tf 400 600 Td (Dright) Tj ET Q',
  ].join('\n');
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${page.length} >>\nstream\n${page}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

describe('clip paths', () => {
  it('hold each text object to its own clip when the clip changes between objects', async () => {
    const [p] = await readPdf(twoClipsPage(), 'x');
    expect(p.items.map((it) => it.str)).toEqual(['Aleft', 'Dright']);
  });
});
