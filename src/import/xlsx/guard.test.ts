import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../index.js';
import { importXlsx } from './index.js';
import { makeOle, makeZip } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-xlsx-'));
const file = (name: string, content: Uint8Array | string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const WORKBOOK = { name: 'xl/workbook.xml', data: '<workbook/>' };

async function message(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect((e as Error).name).toBe('GongkaiError');
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('bad workbooks are refused with a Chinese message naming the file', () => {
  it('not a zip', async () => {
    expect(await message(importXlsx(new TextEncoder().encode('项目\t合计\n'), { file: 'a.xlsx' }))).toMatch(/文件“a.xlsx”不是有效的 Excel 工作簿（.xlsx）：内容不是 ZIP 格式/);
    expect(await message(importFile(file('b.xlsx', '这不是表格')))).toMatch(/“b.xlsx”不是有效的 Excel 工作簿/);
  });
  it('a truncated zip', async () => {
    const whole = makeZip([WORKBOOK]);
    expect(await message(importXlsx(whole.subarray(0, whole.length - 30), { file: 'cut.xlsx' }))).toMatch(/“cut.xlsx”已损坏：找不到完整的 ZIP 目录/);
  });
  it('a zip bomb that declares its size', async () => {
    const bomb = makeZip([WORKBOOK, { name: 'xl/worksheets/sheet1.xml', data: 'x', declaredSize: 150 * 1024 * 1024 }]);
    expect(await message(importXlsx(bomb, { file: 'bomb.xlsx' }))).toMatch(/“bomb.xlsx”解压后有 150 MB.*超过 100 MB 的上限.*压缩炸弹/);
  });
  it('a zip bomb that lies about its size', async () => {
    const bomb = makeZip([WORKBOOK, { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(101 * 1024 * 1024), declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await message(importXlsx(bomb, { file: 'liar.xlsx' }))).toMatch(/“liar.xlsx”实际解压后超过 100 MB 的上限.*压缩炸弹/);
  });
  it('more than 200 sheets', async () => {
    const many = makeZip([WORKBOOK, ...Array.from({ length: 201 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: '<worksheet/>' }))]);
    expect(await message(importXlsx(many, { file: 'many.xlsx' }))).toMatch(/“many.xlsx”有 201 个工作表，超过 200 个的上限/);
  });
  it('an encrypted workbook and a legacy .xls', async () => {
    expect(await message(importXlsx(makeOle('EncryptionInfo', 'EncryptedPackage'), { file: 'secret.xlsx' }))).toMatch(/“secret.xlsx”是设有打开密码的加密 Office 文件/);
    expect(await message(importXlsx(makeOle('Workbook', 'SummaryInformation'), { file: 'old.xls' }))).toMatch(/“old.xls”是旧版 Excel 97-2003 工作簿（.xls），暂不支持；请.*另存为 .xlsx/);
    expect(await message(importFile(file('old.xls', makeOle('Workbook'))))).toMatch(/旧版 Excel 97-2003 工作簿/);
    expect(await message(importFile(file('old.doc', makeOle('WordDocument'))))).toMatch(/旧版 Word 97-2003 文档（.doc）/);
  });
  it('a Word document given as a workbook, and a zip that is neither', async () => {
    const docx = makeZip([{ name: 'word/document.xml', data: '<w:document/>' }]);
    expect(await message(importXlsx(docx, { file: 'w.xlsx' }))).toMatch(/“w.xlsx”不是 Excel 工作簿，而是 Word 文档（.docx）/);
    expect(await message(importFile(file('plain.zip', makeZip([{ name: 'a.txt', data: 'a' }]))))).toMatch(/是 ZIP 压缩包，但其中既没有 Excel 工作簿/);
  });
  it('a workbook saved with the wrong extension is still read as a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('支出总表');
    ws.addRows([['2026年预算支出总表'], ['单位：万元'], ['项目', '合计'], ['合计', 10]]);
    const doc = await importFile(file('misnamed.docx', new Uint8Array(await wb.xlsx.writeBuffer())));
    expect(doc.tables.map((t) => t.kind)).toEqual(['expense-summary']);
  });
});
