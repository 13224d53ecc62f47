import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { headingFor, type ContentsEntry } from './contents.js';
import { importXlsx, workbookLines } from './index.js';

/** A workbook: a contents sheet (given rows), one table sheet and a narrative sheet. */
async function workbook(contents: (string | number)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const toc = wb.addWorksheet('目录');
  contents.forEach((cells, r) => cells.forEach((v, c) => v !== '' && (toc.getCell(r + 1, c + 1).value = v)));
  const t = wb.addWorksheet('表一 预算支出总表');
  [['表一'], ['2026年预算支出总表'], ['部门名称：泽州县总工会', '', '单位：万元'], ['项目', '合计', ''], ['合计', 1, '']].forEach((cells, r) =>
    cells.forEach((v, c) => v !== '' && (t.getCell(r + 1, c + 1).value = v)),
  );
  const n = wb.addWorksheet('情况说明');
  ['泽州县总工会2026年度部门预算公开', '第一部分 概况', '一、本部门职责', '职责的说明。'].forEach((v, r) => (n.getCell(r + 1, 1).value = v));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const LIST = ['第一部分 概况', '一、本部门职责', '第二部分 2026年部门预算报表', '表一　2026年预算支出总表'];

describe('the contents sheet of a workbook', () => {
  it('is found by its name when no row reads 目录; numbers in a column of their own are left out', async () => {
    const buf = await workbook([['泽州县总工会2026年度部门预算公开'], ...LIST.map((t, i) => [i + 1, t])]);
    const doc = await importXlsx(buf, { file: 'x.xlsx' });
    expect(doc.tables.map((t) => t.title)).toEqual(['2026年预算支出总表']);
    expect(doc.toc.map((e) => e.title)).toEqual(LIST);
    expect(doc.toc[0].source.file).toBe('x.xlsx#目录!B2');
    expect(doc.meta).toMatchObject({ year: 2026, department: '泽州县总工会' });
    expect(doc.sections.map((s) => s.heading)).toEqual(['本部门职责']);
  });
  it('is found by a 目录 row under the title; the title stays a line of the document', async () => {
    const buf = await workbook([['泽州县总工会2026年度部门预算公开'], ['目　录'], ...LIST.map((t) => ['', t])]);
    const doc = await importXlsx(buf, { file: 'x.xlsx' });
    expect(doc.tables).toHaveLength(1);
    expect(doc.toc.map((e) => e.title)).toEqual(LIST);
    const { lines, places } = await workbookLines(buf, 'x');
    expect([lines[0].text, places.get(lines[0].line)?.sheet]).toEqual(['泽州县总工会2026年度部门预算公开', '目录']);
    expect(lines.some((l) => l.text.includes('目　录') || (l.text.startsWith('第一部分') && places.get(l.line)?.sheet === '目录'))).toBe(false);
  });
});

describe('headingFor', () => {
  const entries: ContentsEntry[] = ['一、部门主要职能', '二、收入预算情况说明', '三、支出预算情况说明'].map((title, i) => ({ title, row: i + 1, col: 1 }));
  it('numbers a narrative sheet whose title or name ends a single entry', () => {
    expect(headingFor(entries, 'Sheet3', 'XX（部门）主要职能')).toBe('一、部门主要职能');
    expect(headingFor(entries, '收入预算情况说明', '说明')).toBe('二、收入预算情况说明');
  });
  it('takes none when several entries end with it', () => {
    expect(headingFor(entries, '情况说明', '泽州县总工会2026年度部门预算公开')).toBeUndefined();
  });
});
