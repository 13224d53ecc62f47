import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { GongkaiError } from '../../model/errors.js';
import { importPdfBuffer, importPdfFile } from './index.js';
import { imageOnlyPdf, realDoc, REAL, realPath, textPdf } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-pdf-'));
const write = (name: string, data: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

/** The error a file raises: code, message, and how long it took to refuse. */
async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string; ms: number }> {
  const t0 = Date.now();
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(GongkaiError);
    return { code: (e as GongkaiError).code, message: (e as Error).message, ms: Date.now() - t0 };
  }
  throw new Error('expected a GongkaiError');
}

describe('PDF import refuses what it cannot read, with a clear Chinese message', () => {
  const real = readFileSync(realPath(REAL.social));

  it('a truncated download', async () => {
    const path = write('截断.pdf', real.subarray(0, 100_000));
    const r = await refusal(importPdfFile(path));
    expect(r.code).toBe('pdf-truncated');
    expect(r.message).toBe('PDF 文件“截断.pdf”不完整：文件末尾没有“%%EOF”结束标记（共 100000 字节），可能下载或复制时被截断');
    expect(r.ms).toBeLessThan(1000);
  });

  it('a truncated file patched with an end marker', async () => {
    const bytes = new Uint8Array([...real.subarray(0, 100_000), ...Buffer.from('\n%%EOF\n')]);
    const r = await refusal(importPdfBuffer(bytes, { file: '损坏.pdf' }));
    expect(r.code).toBe('pdf-corrupt');
    expect(r.message).toMatch(/^PDF 文件“损坏\.pdf”已损坏/);
  });

  it('a file whose cross-reference offset is wrong is repaired and read like the original', async () => {
    const raw = real.toString('latin1');
    const broken = Buffer.from(`${raw.slice(0, raw.lastIndexOf('startxref'))}startxref\n123\n%%EOF\n`, 'latin1');
    const [a, b] = [await importPdfBuffer(new Uint8Array(broken), { file: 'x.pdf' }), await realDoc(REAL.social)];
    expect(a.tables.map((t) => t.rows.length)).toEqual(b.tables.map((t) => t.rows.length));
    expect(a.tables.length).toBe(9);
  });

  it('a text file named .pdf', async () => {
    const r = await refusal(importPdfFile(write('说明.pdf', '这是一个文本文件，不是 PDF。\n')));
    expect(r).toMatchObject({ code: 'pdf-not-pdf', message: 'PDF 文件“说明.pdf”不是 PDF 文件（文件开头没有“%PDF-”标记），请确认文件格式' });
  });

  it('an empty file', async () => {
    expect((await refusal(importPdfFile(write('空.pdf', '')))).code).toBe('pdf-not-pdf');
  });

  it('a missing file', async () => {
    const r = await refusal(importPdfFile(join(dir, '不存在.pdf')));
    expect(r.code).toBe('file-not-found');
    expect(r.message).toContain('不存在.pdf');
  });

  it('an encrypted PDF (made with `qpdf --encrypt secret owner 256`)', async () => {
    const r = await refusal(importPdfFile(join('src', 'import', 'pdf', 'testdata', 'encrypted.pdf')));
    expect(r).toMatchObject({ code: 'pdf-encrypted', message: 'PDF 文件“encrypted.pdf”已加密（需要打开密码），无法读取；请提供未加密的版本' });
  });

  it('a scan without a text layer', async () => {
    const r = await refusal(importPdfBuffer(imageOnlyPdf(), { file: '扫描件.pdf' }));
    expect(r.code).toBe('pdf-no-text');
    expect(r.message).toBe('PDF 文件“扫描件.pdf”没有可提取的文字层（共 1 页，页面是图片，可能是扫描件）；请提供带文字层的 PDF，或先做文字识别（OCR）');
  });

  it('a scanned page inside a document with a text layer is read around and reported by page', async () => {
    const doc = await PDFDocument.load(readFileSync(realPath(REAL.welfare)));
    const [scan] = await doc.copyPages(await PDFDocument.load(imageOnlyPdf()), [0]);
    doc.insertPage(2, scan);
    const read = await importPdfBuffer(await doc.save(), { file: '含扫描页.pdf' });
    expect(read.unplaced.filter((u) => /扫描/.test(u.text))).toEqual([
      { text: '第3页为扫描图像，无文字层', reason: '扫描页的内容未读取（需先做文字识别）', source: { file: '含扫描页.pdf', page: 3 } },
    ]);
    expect(read.tables.length).toBe((await realDoc(REAL.welfare)).tables.length);
  });

  it('a PDF with text that is not a budget disclosure', async () => {
    expect((await refusal(importPdfBuffer(textPdf('Quarterly report'), { file: 'report.pdf' }))).code).toBe('not-a-budget');
  });

  it('files over the page, size or item limits', async () => {
    const pages = await refusal(importPdfBuffer(new Uint8Array(real), { file: 'x.pdf', limits: { maxPages: 10 } }));
    expect(pages).toMatchObject({ code: 'pdf-too-many-pages', message: 'PDF 文件“x.pdf”共 24 页，超过上限 10 页，拒绝读取' });
    const size = await refusal(importPdfFile(realPath(REAL.social), { limits: { maxBytes: 1024 * 1024 / 8 } }));
    expect(size.code).toBe('pdf-too-large');
    expect(size.message).toMatch(/^PDF 文件“中共上海市普陀区委社会工作部 2024 年度部门决算\.pdf”过大（0\.2 MB，上限 0\.1 MB）/);
    const items = await refusal(importPdfBuffer(new Uint8Array(real), { file: 'x.pdf', limits: { maxItems: 100 } }));
    expect(items.code).toBe('pdf-too-complex');
    expect(items.message).toMatch(/^PDF 文件“x\.pdf”文字元素过多（到第 \d+ 页已超过 100 个）/);
    const glyphs = await refusal(importPdfBuffer(new Uint8Array(real), { file: 'x.pdf', limits: { maxGlyphs: 50 } }));
    expect(glyphs.code).toBe('pdf-too-complex');
    expect(glyphs.message).toBe('PDF 文件“x.pdf”第 2 页字符过多（309 个，上限 50 个），拒绝读取');
    const slow = await refusal(importPdfBuffer(new Uint8Array(real), { file: 'x.pdf', limits: { maxMillis: 0 } }));
    expect(slow).toMatchObject({ code: 'pdf-too-slow', message: 'PDF 文件“x.pdf”读取超时：0 秒内只读完 0 / 24 页，停在第 1 页，拒绝继续' });
  });

  it('a page over its object or time budget is refused by its number', async () => {
    const objects = await refusal(importPdfBuffer(new Uint8Array(real), { file: 'x.pdf', limits: { maxObjects: 40 } }));
    expect(objects.code).toBe('pdf-too-complex');
    const [, count] = objects.message.match(/^PDF 文件“x\.pdf”第 \d+ 页图形对象过多（(\d+) 个，上限 40 个），拒绝读取$/) ?? [];
    expect(Number(count)).toBeGreaterThan(40);
    const page1 = await refusal(importPdfBuffer(new Uint8Array(real), { file: 'x.pdf', limits: { maxPageMillis: 0 } }));
    expect(page1).toMatchObject({ code: 'pdf-too-slow', message: 'PDF 文件“x.pdf”第 1 页过于复杂：读取超过 0 秒仍未完成，拒绝继续' });
  });

  it('the page budget is checked inside a page, after each PDFium step, not only between pages', async () => {
    // A clock that moves one second at every look: page 1 starts, its content is parsed (1 s), its text layer
    // loaded (2 s), its glyphs read … a 2.5 s page budget runs out inside page 1.
    let now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    try {
      const r = await refusal(importPdfBuffer(new Uint8Array(real), { file: 'x.pdf', limits: { maxPageMillis: 2500 } }));
      expect(r).toMatchObject({ code: 'pdf-too-slow', message: 'PDF 文件“x.pdf”第 1 页过于复杂：读取超过 2.5 秒仍未完成，拒绝继续' });
    } finally {
      clock.mockRestore();
    }
  });
});
