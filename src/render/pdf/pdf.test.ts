import { beforeAll, describe, expect, it } from 'vitest';
import { loadFacts } from '../../facts/index.js';
import { deriveDocument } from '../../derive/index.js';
import { normalizeKangxi } from '../../model/names.js';
import { pageTexts as pdfiumTexts } from '../../pdf/page-text.js';
import { DRAFT_WATERMARK, pdfDefinition, renderPdf } from './index.js';

const doc = deriveDocument(loadFacts('examples/zezhou-2026.facts.yaml'));
const final = { ...doc, meta: { ...doc.meta, draft: false } };

/** The text of every page, Kangxi radicals normalised and whitespace removed. */
async function pageTexts(buf: Buffer): Promise<string[]> {
  return (await pdfiumTexts(new Uint8Array(buf))).map((t) => normalizeKangxi(t).replace(/\s+/g, ''));
}

let draftPdf: Buffer;
let finalPdf: Buffer;
let pages: string[];
let finalPages: string[];
let all: string;

// Two full renders: seconds each on a busy machine.
beforeAll(async () => {
  [draftPdf, finalPdf] = await Promise.all([renderPdf(doc), renderPdf(final)]);
  [pages, finalPages] = await Promise.all([pageTexts(draftPdf), pageTexts(finalPdf)]);
  all = pages.join('\n');
}, 60_000);

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('renderPdf', () => {
  it('writes a complete A4 PDF with the font subset embedded, no other fonts', () => {
    expect(draftPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(draftPdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const raw = draftPdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Bold/);
    expect(raw).not.toMatch(/Roboto|Helvetica|SimSun/);
    expect(raw).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(draftPdf.length).toBeLessThan(1_500_000); // two 14.8 MB fonts, subset
  });

  it('gives the same bytes for the same document (fixed creation date, no random ids)', async () => {
    expect((await renderPdf(doc)).equals(draftPdf)).toBe(true);
  });

  it('has the expected number of pages, numbered in the footer from page 2', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
    expect(pages.length).toBeLessThanOrEqual(40);
    expect(pages[0]).not.toMatch(/第\d+页/);
    pages.slice(1).forEach((p, i) => expect(p).toContain(`第${i + 2}页/共${pages.length}页`));
  });

  it('opens with a cover and a table of contents whose page numbers point at the tables', () => {
    expect(pages[0]).toContain('泽州县总工会');
    expect(pages[0]).toContain('2026年度部门预算公开');
    expect(pages[1]).toContain('目录');
    for (const t of doc.tables) {
      const title = squeeze(`${t.number}${t.title}`);
      const at = pages[1].indexOf(title);
      expect(at).toBeGreaterThan(0);
      const page = Number(/^\d+/.exec(pages[1].slice(at + title.length))![0]);
      expect(pages[page - 1]).toContain(title);
    }
    expect(pages[1]).toContain('第四部分名词解释');
  });

  it('contains every table title, the totals and the figures of the tables', () => {
    for (const t of doc.tables) expect(all).toContain(squeeze(t.title));
    for (const total of ['650.24', '330.24', '320.00', '315.61', '14.63']) expect(all).toContain(total);
    expect(all).toContain('2012999其他群众团体事务支出343.8223.82320.00');
    expect(all).toContain('注：本表无数据');
  });

  it('lays two-sided tables out line by line with their merged headers', () => {
    const p = pages.find((x, i) => i > 1 && x.includes('表四2026年财政拨款收支总表'))!;
    expect(p).toContain('收入支出项目金额项目金额小计一般公共预算政府性基金预算国有资本经营预算');
    expect(p).toContain('一、一般公共预算650.24一、一般公共服务支出650.24650.24');
    expect(p).toContain('收入总计650.24支出总计650.24650.24');
  });

  it('has the narrative, the charts with their labels, the performance forms and the glossary', () => {
    for (const s of doc.sections) if (s.topic !== 'glossary') expect(all).toContain(squeeze(s.heading));
    for (const caption of ['一般公共预算当年拨款结构图', '支出预算按功能分类科目情况', '基本支出和项目支出结构图']) expect(all).toContain(caption);
    expect(all).toContain('330.24万元（50.79%）');
    expect(all).toContain('行政运行306.42');
    expect(pages.filter((p) => p.includes('项目支出绩效目标表'))).toHaveLength(doc.forms.length);
    expect(all).toContain('实施期资金总额：1,750,000');
    expect(all).toContain('十二、财政拨款：包含一般公共预算、政府性基金预算、国有资本经营预算。');
  });

  it('puts the watermark on every page of a draft, and none on a final document', () => {
    expect(doc.meta.draft).toBe(true);
    for (const p of pages) expect(p).toContain(DRAFT_WATERMARK);
    expect(finalPages.join('')).not.toContain(DRAFT_WATERMARK);
    expect(pdfDefinition(final).watermark).toBeUndefined();
    expect(finalPages.length).toBe(pages.length);
  });
});
