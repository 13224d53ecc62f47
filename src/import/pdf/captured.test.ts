import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../model/errors.js';
import { importPdfBuffer } from './index.js';
import { LAYOUT } from './layout.js';
import { captureDocument, DEFAULT_LIMITS, finishDocument, packSegments, readDocument, type CapturedPdf } from './load.js';

// Capturing a PDF (PDFium only) and finishing it later, possibly on another thread with its segments packed,
// must read exactly what reading it in one go does: the batch's reading worker relies on it.
const files = ['test/fixtures/layouts/yantai-rotated-split-codes.pdf', 'test/fixtures/parts/fuzhongxin-baobiao.pdf', 'src/import/pdf/testdata/zezhou-2026.pdf'];
const packed = (c: CapturedPdf): CapturedPdf => structuredClone({ pages: c.pages.map((p) => ({ ...p, segments: Array.isArray(p.segments) ? packSegments(p.segments) : p.segments })) });

describe('a PDF captured, then finished elsewhere', () => {
  for (const file of files) {
    it(`reads ${file.split('/').pop()} as reading it in one go does`, async () => {
      const buf = new Uint8Array(readFileSync(file));
      const direct = await readDocument(buf, 'PDF', DEFAULT_LIMITS, LAYOUT);
      const captured = await captureDocument(buf, 'PDF', DEFAULT_LIMITS);
      expect(finishDocument(captured, 'PDF', DEFAULT_LIMITS, LAYOUT)).toEqual(direct);
      expect(finishDocument(packed(captured), 'PDF', DEFAULT_LIMITS, LAYOUT)).toEqual(direct);
      const doc = await importPdfBuffer(buf, { file });
      // The bytes are not read again: the captured pages are the document.
      expect(await importPdfBuffer(new Uint8Array(0), { file, captured: packed(captured) })).toEqual(doc);
    });
  }

  it('refuses what reading refuses, with the same message', async () => {
    const buf = new Uint8Array(readFileSync(files[1]));
    const limits = { ...DEFAULT_LIMITS, maxItems: 50 };
    const direct = await readDocument(buf, 'PDF', limits, LAYOUT).catch((e: unknown) => e);
    const later = await captureDocument(buf, 'PDF', limits).then((c) => finishDocument(c, 'PDF', limits, LAYOUT)).catch((e: unknown) => e);
    expect(direct).toBeInstanceOf(GongkaiError);
    expect((later as GongkaiError).message).toBe((direct as GongkaiError).message);
    const encrypted = new Uint8Array(readFileSync('src/import/pdf/testdata/encrypted.pdf'));
    await expect(captureDocument(encrypted, 'PDF', DEFAULT_LIMITS)).rejects.toBeInstanceOf(GongkaiError);
  });
});
