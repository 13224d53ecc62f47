import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../model/errors.js';
import { openPdf } from './document.js';
import { renderPagePng } from './render.js';

const ROTATED = new Uint8Array(readFileSync('test/fixtures/real/yantai-sifaju-2026-p21-rotate90.pdf'));

/** Width, height and RGB pixels of a PNG as encodePng writes it (8-bit RGB, filters None and Up). */
function decode(png: Buffer): { width: number; height: number; rgb: Uint8Array } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]]).toEqual([8, 2]);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    if (png.subarray(at + 4, at + 8).toString('latin1') === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const row = width * 3;
  const rgb = new Uint8Array(row * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (row + 1)];
    expect([0, 2]).toContain(filter);
    for (let x = 0; x < row; x++) rgb[y * row + x] = (raw[y * (row + 1) + 1 + x] + (filter === 2 ? rgb[(y - 1) * row + x] : 0)) & 0xff;
  }
  return { width, height, rgb };
}

describe('renderPagePng', () => {
  it('renders a page as displayed (/Rotate 90: landscape) at the asked scale, with ink where the table is', async () => {
    const { width, height, rgb } = decode(await renderPagePng(ROTATED, 1, 0.5));
    expect([width, height]).toEqual([421, 298]);
    let dark = 0;
    for (let i = 0; i < rgb.length; i += 3) if (rgb[i] + rgb[i + 1] + rgb[i + 2] < 300) dark++;
    // Text and rules, on a mostly white page.
    expect(dark / (width * height)).toBeGreaterThan(0.005);
    expect(dark / (width * height)).toBeLessThan(0.3);
    // The title runs across the top of the landscape page (upright: it would not be there on a portrait render).
    const inkAt = (x0: number, y0: number, w: number, h: number) => {
      let n = 0;
      for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) if (rgb[(y * width + x) * 3] < 128) n++;
      return n;
    };
    expect(inkAt(155, 38, 105, 12)).toBeGreaterThan(50);
    expect(inkAt(0, 0, 20, 20)).toBe(0);
  });

  it('renders from an open document too, and refuses a page that does not exist', async () => {
    const doc = await openPdf(ROTATED, 'x.pdf');
    try {
      expect(decode(await renderPagePng(doc, 1, 0.25)).width).toBe(211);
      const err = await renderPagePng(doc, 2, 1, 'PDF 文件“x.pdf”').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GongkaiError);
      expect((err as Error).message).toBe('PDF 文件“x.pdf”没有第 2 页（共 1 页）');
    } finally {
      doc.close();
    }
  });
});
