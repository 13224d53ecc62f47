import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../html/index.js';
import { importFile } from '../index.js';
import { claimsOf, claimSignature, seedParagraph, seedTable, SEED_FILE, tableSignature, type SeedTable } from '../html/testing.js';
import { importText } from '../text/index.js';
import { makeZip } from '../xlsx/testing.js';
import { docxToHtml, importDocx } from './index.js';

const seed = importText(readFileSync(SEED_FILE, 'utf8'), { file: 'seed.txt' });
const HEADING = '二、收入预算情况说明';
const PARAGRAPH = seedParagraph(HEADING);

/** A seed table as a Word table: header rows marked and merged across (gridSpan), as an office would type it. */
function wordTable(t: SeedTable, headerRows: number): (Paragraph | Table)[] {
  const rows = t.rows.map((cells, r) => {
    const spans: { text: string; span: number }[] = [];
    cells.forEach((c, i) => {
      if (r < headerRows && c === '' && i > 0) spans[spans.length - 1].span++;
      else spans.push({ text: c, span: 1 });
    });
    const children = spans.map(({ text, span }) => new TableCell({ children: [new Paragraph(text)], columnSpan: span }));
    // tableHeader: false still writes <w:tblHeader w:val="false"/>, which mammoth turns into <th>: the
    // importer must not take those data rows for headers.
    return new TableRow({ children, tableHeader: r < headerRows });
  });
  return [new Paragraph(t.title), ...t.meta.map((m) => new Paragraph(m)), new Table({ rows })];
}

async function build(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe('a Word document', () => {
  it('gives the same tables and claims as the seed text', async () => {
    const buf = await build([
      new Paragraph({ text: '泽州县总工会', heading: HeadingLevel.TITLE }),
      new Paragraph('2026年度部门预算公开'),
      new Paragraph({ text: '第二部分 2026年部门预算报表', heading: HeadingLevel.HEADING_1 }),
      ...wordTable(seedTable('2026年预算收支总表'), 2),
      ...wordTable(seedTable('2026年预算支出总表'), 2),
      new Paragraph({ text: '第三部分 2026年度部门预算情况说明', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: HEADING, heading: HeadingLevel.HEADING_2 }),
      new Paragraph(PARAGRAPH),
    ]);
    const doc = await importDocx(buf, { file: 'zezhou.docx' });
    expect(doc.meta).toMatchObject({ department: '泽州县总工会', year: 2026 });
    expect(doc.tables.map((t) => t.kind)).toEqual(['income-expense-summary', 'expense-summary']);
    for (const t of doc.tables) expect(tableSignature(t)).toEqual(tableSignature(seed.tables.find((s) => s.kind === t.kind)!));
    const claims = claimsOf(doc, PARAGRAPH);
    expect(claims.length).toBeGreaterThan(3);
    expect(claimSignature(claims)).toEqual(claimSignature(claimsOf(seed, PARAGRAPH)));
  });
  it('keeps a cell merged down rows in its top row', async () => {
    const cell = (text: string, rowSpan = 1) => new TableCell({ children: [new Paragraph(text)], rowSpan });
    const buf = await build([new Table({ rows: [new TableRow({ children: [cell('一般公共服务支出', 2), cell('1.00')] }), new TableRow({ children: [cell('2.00')] })] })]);
    expect(htmlToLines(await docxToHtml(buf, 'x')).map((l) => l.text)).toEqual(['一般公共服务支出\t1.00', '\t2.00']);
  });
  it('reads a draft mark printed in the page header, and no other header text', async () => {
    const withHeader = (text: string) =>
      Packer.toBuffer(new Document({ sections: [{ headers: { default: new Header({ children: [new Paragraph(text)] }) }, children: [new Paragraph('泽州县总工会2026年度部门预算公开')] }] }));
    const draft = await importDocx(new Uint8Array(await withHeader('仅供内部审核')), { file: 'draft.docx' });
    expect(draft.meta.draft).toBe(true);
    expect(draft.meta.draftSource?.line).toBe(1);
    const plain = await importDocx(new Uint8Array(await withHeader('泽州县总工会')), { file: 'plain.docx' });
    expect(plain.meta.draft).toBe(false);
  });
  it('is recognised by its parts, whatever its name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-docx-'));
    const p = join(dir, '预算.xlsx');
    writeFileSync(p, await build([new Paragraph('2026年预算支出总表'), new Paragraph('单位：万元'), new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('项目')] }), new TableCell({ children: [new Paragraph('合计')] })] })] })]));
    expect((await importFile(p)).tables.map((t) => t.kind)).toEqual(['expense-summary']);
  });
  it('refuses corrupt files with a Chinese message', async () => {
    const good = await build([new Paragraph('2026年预算')]);
    await expect(importDocx(good.subarray(0, good.length - 40), { file: 'cut.docx' })).rejects.toThrow(/“cut.docx”已损坏：找不到完整的 ZIP 目录/);
    const broken = makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document><w:body>' }]);
    await expect(importDocx(broken, { file: 'broken.docx' })).rejects.toThrow(/“broken.docx”无法作为 Word 文档读取（文件可能已损坏）/);
    await expect(importDocx(new TextEncoder().encode('hello'), { file: 'text.docx' })).rejects.toThrow(/“text.docx”不是有效的 Word 文档（.docx）：内容不是 ZIP 格式/);
    await expect(importDocx(makeZip([{ name: 'word/document.xml', data: 'x', declaredSize: 200 * 1024 * 1024 }]), { file: 'bomb.docx' })).rejects.toThrow(/压缩炸弹/);
  });
});
