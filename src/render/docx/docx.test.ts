import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFacts } from '../../facts/index.js';
import { deriveDocument } from '../../derive/index.js';
import { renderDocx } from './index.js';

const facts = loadFacts('examples/zezhou-2026.facts.yaml');
const doc = deriveDocument(facts);
let buf: Buffer;
let html = '';

/** One entry of a zip file, read through its central directory. */
function entry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const [method, size, nameLen, extra, comment, offset] = [zip.readUInt16LE(p + 10), zip.readUInt32LE(p + 20), zip.readUInt16LE(p + 28), zip.readUInt16LE(p + 30), zip.readUInt16LE(p + 32), zip.readUInt32LE(p + 42)];
    if (zip.toString('utf8', p + 46, p + 46 + nameLen) === name) {
      const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLen + extra + comment;
  }
  throw new Error(`no ${name}`);
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

beforeAll(async () => {
  buf = await renderDocx(doc);
  html = unescape((await mammoth.convertToHtml({ buffer: buf })).value);
});

describe('renderDocx', () => {
  it('opens (mammoth converts it) and holds every table title and figure', () => {
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    for (const t of doc.tables) {
      expect(html).toContain(t.title);
      for (const r of t.rows) for (const c of Object.values(r.cells)) if (c.raw) expect(html).toContain(`>${c.raw}<`);
      if (t.emptyNote) expect(html).toContain(t.emptyNote);
    }
    expect(html).toMatch(/<strong>合计<\/strong>.*<strong>650\.24<\/strong>.*<strong>330\.24<\/strong>.*<strong>320\.00<\/strong>/);
  });

  it('holds the cover, the parts, every heading and paragraph, the forms and the glossary', () => {
    expect(html).toContain('泽州县总工会');
    expect(html).toContain('（草稿，仅供内部审核）');
    for (const part of ['第一部分 概况', '第二部分 2026年部门预算报表', '第三部分 2026年度部门预算情况说明', '第四部分 名词解释']) expect(html).toContain(`<h1><strong>${part}</strong></h1>`);
    for (const s of doc.sections) {
      expect(html).toContain(s.heading);
      for (const p of s.paragraphs) expect(html).toContain(p.text);
    }
    for (const f of doc.forms) for (const i of f.indicators) expect(html).toContain(i.value.raw);
    expect(html.match(/项目支出绩效目标表/g)!.length).toBeGreaterThanOrEqual(5);
    expect(html).toContain('1,750,000');
    for (const g of doc.glossary) expect(html).toContain(g.definition);
  });

  it('merges header cells across columns and down rows', () => {
    expect(html).toContain('<th colspan="5"><p><strong>支出</strong></p></th>');
    expect(html).toMatch(/<th rowspan="2"><p><strong>项目<\/strong><\/p><\/th>/);
    expect(html).toMatch(/<td rowspan="6"><p><strong>项目资金（元）<\/strong><\/p><\/td>/);
  });

  it('uses Chinese fonts and language, A4 pages, page numbers and the draft header', () => {
    const xml = entry(buf, 'word/document.xml');
    const styles = entry(buf, 'word/styles.xml');
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    const footers = Array.from({ length: 8 }, (_, i) => (buf.includes(`word/footer${i + 1}.xml`) ? entry(buf, `word/footer${i + 1}.xml`) : '')).join('');
    expect(footers).toContain('PAGE');
    expect(entry(buf, 'word/header1.xml')).toContain('仅供内部审核');
  });

  it('renders an imported document (the seed text) with all its figures', async () => {
    const { readFileSync } = await import('node:fs');
    const { importTextBuffer } = await import('../../import/text/index.js');
    const seed = importTextBuffer(readFileSync('test/fixtures/seed/zezhou-2026.txt'), { file: 'zezhou-2026.txt' });
    const out = unescape((await mammoth.convertToHtml({ buffer: await renderDocx(seed) })).value);
    for (const t of seed.tables) {
      expect(out).toContain(t.title);
      for (const r of t.rows) for (const c of Object.values(r.cells)) if (c.raw) expect(out).toContain(`>${c.raw}<`);
    }
  });

  it('has no draft header when the facts are final', async () => {
    const final = await renderDocx(deriveDocument({ ...facts, draft: false }));
    const out = (await mammoth.convertToHtml({ buffer: final })).value;
    expect(out).not.toContain('仅供内部审核');
    expect(final.includes('word/header1.xml')).toBe(false);
  });
});
