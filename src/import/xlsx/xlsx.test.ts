import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatIn } from '../../money/index.js';
import { importText } from '../text/index.js';
import { seedTable, tableSignature, SEED_FILE, type SeedTable } from '../html/testing.js';
import { importXlsx } from './index.js';

const TEMPLATE_KINDS = [
  'income-expense-summary', 'income-summary', 'expense-summary', 'fiscal-summary', 'gpb-expense', 'gov-fund-expense', 'soe-capital',
  'gpb-basic-economic', 'three-public-operating',
];

async function template(name: string) {
  return importXlsx(new Uint8Array(readFileSync(`test/fixtures/real/${name}`)), { file: name });
}

describe('Shanghai fill-in templates', () => {
  for (const [name, scope] of [['上海-部门预算模板.xlsx', '部门'], ['上海-单位预算模板.xlsx', '单位']] as const) {
    it(`reads every table sheet of ${name} with its kind, unit and header`, async () => {
      const doc = await template(name);
      expect(doc.meta).toMatchObject({ year: 2026, kind: '预算', scope });
      expect(doc.tables.map((t) => t.kind)).toEqual(TEMPLATE_KINDS);
      expect(doc.tables.map((t) => t.unit)).toEqual([...Array(8).fill('元'), '万元']);
      for (const t of doc.tables) expect(t.columns.every((c) => c.path.length > 0)).toBe(true);
      const byKind = (k: string) => doc.tables.find((t) => t.kind === k)!;
      expect(byKind('expense-summary').columns.map((c) => c.key)).toEqual(expect.arrayContaining(['name', 'total', 'basic', 'project']));
      expect(byKind('gpb-basic-economic').columns.map((c) => c.key)).toEqual(expect.arrayContaining(['name', 'total', 'personnel', 'public']));
      expect(byKind('fiscal-summary').columns.map((c) => c.key)).toEqual(expect.arrayContaining(['income.name', 'expense.gpb', 'expense.gov_fund', 'expense.soe']));
      expect(byKind('income-expense-summary').rows.some((r) => r.role === 'grand-total')).toBe(true);
      // Header labels of the multi-row merged headers, deepest last.
      expect(byKind('three-public-operating').columns.map((c) => c.path.join('/'))).toContain('“三公”经费预算数/公务用车购置及运行费/购置费');
    });
  }
  it('gives narrative sheets the numbered headings of the contents sheet and keeps the contents', async () => {
    const doc = await template('上海-部门预算模板.xlsx');
    expect(doc.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['部门主要职能', '部门机构设置', '名词解释', '部门预算编制说明', '其他相关情况说明']));
    expect(doc.toc.map((e) => e.title)).toContain('三、名词解释');
    const glossary = doc.sections.find((s) => s.heading === '名词解释')!;
    expect(glossary.paragraphs.some((p) => p.text.startsWith('（二）事业收入：'))).toBe(true);
  });
  it('points sources at sheet and cell', async () => {
    const doc = await template('上海-部门预算模板.xlsx');
    const t = doc.tables.find((x) => x.kind === 'expense-summary')!;
    const row = t.rows.find((r) => r.name === '教育支出')!;
    expect(row.source.file).toBe('上海-部门预算模板.xlsx#部门支出总表!A9');
    expect(row.cells.basic.source?.file).toBe('上海-部门预算模板.xlsx#部门支出总表!F9');
    expect(row.source.page).toBeUndefined();
    expect(doc.meta.source.file).toBe('上海-部门预算模板.xlsx');
  });
});

/** Write a seed table into a sheet the way a finance office lays it out: merged title, merged headers, numbers. */
function writeTable(ws: ExcelJS.Worksheet, t: SeedTable, headerRows: number, top: number): number {
  const width = Math.max(...t.rows.map((r) => r.length));
  ws.getCell(top, 1).value = t.title;
  ws.mergeCells(top, 1, top, width);
  ws.getCell(top + 1, 1).value = t.meta[0];
  ws.mergeCells(top + 1, 1, top + 1, width - 1);
  ws.getCell(top + 1, width).value = t.meta[1];
  t.rows.forEach((cells, i) => {
    const r = top + 3 + i;
    cells.forEach((c, j) => {
      if (c === '') return;
      const cell = ws.getCell(r, j + 1);
      if (i >= headerRows && /^\d+\.\d+$/.test(c)) {
        // A formula whose cached result carries a float artefact (0.06 + 650.18 = 650.2399999999999).
        cell.value = c === '650.24' ? { formula: 'SUM(0.06,650.18)', result: 0.06 + 650.18 } : Number(c);
        cell.numFmt = '#,##0.00';
      } else if (i >= headerRows && /^\d{3,7}$/.test(c)) cell.value = Number(c);
      else cell.value = c;
      if (i < headerRows) {
        let end = j;
        while (end + 1 < width && (cells[end + 1] ?? '') === '') end++;
        if (end > j) ws.mergeCells(r, j + 1, r, end + 1);
      }
    });
  });
  return top + 3 + t.rows.length + 1;
}

describe('a workbook laid out like the seed', () => {
  const seed = importText(readFileSync(SEED_FILE, 'utf8'), { file: 'seed.txt' });
  const tables = [seedTable('2026年预算收支总表'), seedTable('2026年预算支出总表')];

  async function book(twoPerSheet: boolean): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const cover = wb.addWorksheet('封面');
    cover.getCell('A1').value = '泽州县总工会';
    cover.getCell('A2').value = '2026年度部门预算公开';
    if (twoPerSheet) {
      const ws = wb.addWorksheet('报表');
      const next = writeTable(ws, tables[0], 2, 1);
      ws.getCell(next, 1).value = '一、表间说明';
      ws.getCell(next + 1, 1).value = '以上为收支总表。本段是表格之间的说明文字。';
      writeTable(ws, tables[1], 2, next + 3);
    } else {
      writeTable(wb.addWorksheet('收支总表'), tables[0], 2, 1);
      writeTable(wb.addWorksheet('支出总表'), tables[1], 2, 1);
    }
    wb.addWorksheet('辅助', { state: 'hidden' }).getCell('A1').value = '代码表';
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  for (const twoPerSheet of [false, true]) {
    it(`gives the same tables and totals as the text importer (${twoPerSheet ? 'two tables on one sheet' : 'one sheet per table'})`, async () => {
      const doc = await importXlsx(await book(twoPerSheet), { file: 'zezhou.xlsx' });
      expect(doc.tables.map((t) => t.kind)).toEqual(['income-expense-summary', 'expense-summary']);
      for (const t of doc.tables) expect(tableSignature(t)).toEqual(tableSignature(seed.tables.find((s) => s.kind === t.kind)!));
      const total = (kind: string, key: string, side?: 'income' | 'expense') =>
        formatIn(doc.tables.find((t) => t.kind === kind)!.rows.find((r) => r.role === 'total' && r.side === side)!.cells[key].value!, '万元', 2);
      expect(total('income-expense-summary', 'income.total', 'income')).toBe('650.24');
      expect(total('expense-summary', 'basic')).toBe('330.24');
      expect(total('expense-summary', 'project')).toBe('320.00');
      expect(doc.meta.department).toBe('泽州县总工会');
      expect(doc.unplaced).toContainEqual(expect.objectContaining({ text: '辅助', reason: '隐藏的工作表，未读取' }));
      if (twoPerSheet) expect(doc.sections.flatMap((s) => s.paragraphs).map((p) => p.text)).toContainEqual(expect.stringMatching(/^以上为收支总表/));
    });
  }
});
