import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFacts } from '../../facts/index.js';
import { deriveDocument } from '../../derive/index.js';
import { syntheticFacts } from '../../derive/synthetic.fixture.js';
import { renderXlsx, tableSheetName } from './index.js';
import { headerGrid } from './grid.js';

const doc = deriveDocument(loadFacts('examples/zezhou-2026.facts.yaml'));
const wb = new ExcelJS.Workbook();
let size = 0;

beforeAll(async () => {
  const buf = await renderXlsx(doc);
  size = buf.length;
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
});

const sheetOf = (kind: string) => wb.getWorksheet(tableSheetName(doc.tables.find((t) => t.kind === kind)!))!;

/** Rows of a sheet as arrays of plain values (index 0 = column A). */
function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => (out[r - 1] = (row.values as unknown[]).slice(1)));
  return out;
}

describe('renderXlsx', () => {
  it('has a contents sheet, one sheet per table, the narrative and the forms; names valid and unique', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toHaveLength(1 + doc.tables.length + 2);
    expect(names[0]).toBe('目录');
    expect(names.slice(-2)).toEqual(['情况说明', '绩效目标表']);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    expect(names[1]).toBe('表一 预算收支总表');
    expect(size).toBeGreaterThan(10_000);
  });

  it('lists the parts, tables and top-level headings in the contents, each a link to its sheet and row', () => {
    const rows = values(wb.getWorksheet('目录')!).map((r) => r?.[1] as { text: string; hyperlink: string } | undefined);
    const at = values(wb.getWorksheet('目录')!).findIndex((r) => r?.[0] === '目　录');
    const links = rows.slice(at + 1).filter((x) => x !== undefined);
    expect(links.map((l) => l.text).slice(0, 5)).toEqual(['第一部分 概况', '一、本部门职责', '二、机构设置情况', '第二部分 2026年部门预算报表', '表一　2026年预算收支总表']);
    expect(links[3].hyperlink).toBe("#'表一 预算收支总表'!A1");
    const part3 = links.find((l) => l.text === '第三部分 2026年度部门预算情况说明')!;
    const row = Number(/!A(\d+)$/.exec(part3.hyperlink)![1]);
    expect(wb.getWorksheet('情况说明')!.getCell(row, 1).value).toBe(part3.text);
    expect(links.at(-1)!.text).toBe('第四部分 名词解释');
  });

  it('lays each table out like the template: number, merged title, department and unit line', () => {
    for (const t of doc.tables) {
      const ws = wb.getWorksheet(tableSheetName(t))!;
      expect(ws, t.title).toBeDefined();
      expect(ws.getCell('A1').value).toBe(t.number);
      expect(ws.getCell('A2').value).toBe(t.title);
      expect(ws.getCell('A2').isMerged).toBe(true);
      expect(ws.getCell(2, t.columns.length).master.address).toBe('A2');
      expect(ws.getCell('A3').value).toBe('部门名称：泽州县总工会');
      expect(ws.getCell(3, t.columns.length).value).toBe('单位：万元');
      if (t.emptyNote) expect(values(ws).flat()).toContain(t.emptyNote);
    }
  });

  it('merges the header cells from the header tree', () => {
    const t = doc.tables.find((x) => x.kind === 'fiscal-summary')!;
    const ws = sheetOf('fiscal-summary');
    for (const h of headerGrid(t).cells) {
      const first = ws.getCell(4 + h.row, 1 + h.col);
      expect(first.value).toBe(h.label);
      const last = ws.getCell(4 + h.row + h.rowspan - 1, h.col + h.colspan);
      expect(last.master.address).toBe(first.address);
      expect(first.font.bold).toBe(true);
      expect(first.border.top?.style).toBe('thin');
    }
    expect(ws.getCell('C4').master.address).toBe('C4');
    expect(ws.getCell('G4').master.address).toBe('C4');
    expect(ws.getCell('A6').master.address).toBe('A5');
    expect(ws.getCell('D6').value).toBe('小计');
  });

  it('writes amounts as numbers with two decimals; the 合计 row is bold with 650.24 / 330.24 / 320.00', () => {
    const ws = sheetOf('expense-summary');
    const total = values(ws).findIndex((r) => r[0] === '合计') + 1;
    expect(total).toBe(6);
    expect(ws.getCell('A6').master.address).toBe('A6');
    expect(ws.getCell('B6').master.address).toBe('A6');
    expect([ws.getCell('C6').value, ws.getCell('D6').value, ws.getCell('E6').value]).toEqual([650.24, 330.24, 320]);
    expect(ws.getCell('C6').numFmt).toBe('#,##0.00');
    expect(ws.getCell('C6').font.bold).toBe(true);
    expect(ws.getCell('A9').value).toBe('2012901');
    expect(ws.getCell('B9').value).toBe('行政运行');
    expect(ws.getCell('B9').font.bold).toBeFalsy();
    expect(ws.getCell('E9').value).toBeNull();
  });

  it('puts two-sided tables side by side, line by line', () => {
    const ws = sheetOf('income-expense-summary');
    expect(ws.getRow(6).values).toEqual([undefined, '一、一般公共预算', 650.24, '一、一般公共服务支出', 650.24, 650.24]);
    const rows = values(ws);
    const total = rows.find((r) => r[0] === '本年收入合计')!;
    expect(total.slice(0, 4)).toEqual(['本年收入合计', 650.24, '本年支出合计', 650.24]);
    const income = rows.find((r) => r[0] === '收入总计')!;
    expect(income[1]).toBe(650.24);
  });

  it('sets up A4 printing: fit to width, repeated header rows, landscape for wide tables', () => {
    const ws = sheetOf('income-expense-summary');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe('4:5');
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(sheetOf('operating-cost').pageSetup.orientation).toBe('portrait');
    expect(sheetOf('gpb-basic-economic').getColumn(1).width).toBeGreaterThanOrEqual(20);
  });

  it('writes the narrative one paragraph per row, wrapped, and the glossary', () => {
    const ws = wb.getWorksheet('情况说明')!;
    const text = values(ws).map((r) => String(r?.[0] ?? ''));
    for (const s of doc.sections) for (const p of s.paragraphs) expect(text).toContain(`　　${p.text}`);
    expect(text).toContain('第三部分 2026年度部门预算情况说明');
    const i = text.indexOf(`　　${doc.sections[0].paragraphs[0].text}`) + 1;
    expect(ws.getCell(i, 1).alignment.wrapText).toBe(true);
    expect(ws.getRow(i).height).toBeGreaterThan(30);
  });

  it('writes every performance form with its indicators and funds', () => {
    const ws = wb.getWorksheet('绩效目标表')!;
    const cells = values(ws).flat();
    for (const f of doc.forms) {
      expect(cells).toContain(f.fields['项目名称']);
      for (const i of f.indicators) expect(cells).toContain(i.name);
    }
    expect(cells).toContain(1750000);
    const titles = values(ws).filter((r) => r?.[0] === '泽州县县(区)级预算部门(单位)项目支出绩效目标表');
    expect(titles).toHaveLength(5);
  });

  it('renders an imported document (the seed text): every figure is a number cell', async () => {
    const { readFileSync } = await import('node:fs');
    const { importTextBuffer } = await import('../../import/text/index.js');
    const seed = importTextBuffer(readFileSync('test/fixtures/seed/zezhou-2026.txt'), { file: 'zezhou-2026.txt' });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await renderXlsx(seed)) as unknown as ArrayBuffer);
    for (const t of seed.tables) {
      const cells = values(back.getWorksheet(tableSheetName(t))!).flat();
      for (const r of t.rows) for (const c of Object.values(r.cells)) if (c.value) expect(cells).toContain(Number(c.raw.replace(/,/g, '')));
    }
  });

  it('renders a large department (300 lines, 81 forms) in reasonable time', async () => {
    const big = deriveDocument(syntheticFacts());
    const t = Date.now();
    const buf = await renderXlsx(big);
    expect(Date.now() - t).toBeLessThan(20_000);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf as unknown as ArrayBuffer);
    const projects = back.getWorksheet(tableSheetName(big.tables.find((x) => x.kind === 'project-expense')!))!;
    expect(projects.rowCount).toBeGreaterThan(80);
  });
});
