import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadFacts, parseFacts } from '../facts/index.js';
import { deriveDocument } from '../derive/index.js';
import { syntheticFacts } from '../derive/synthetic.fixture.js';
import { ALL_SHEETS, factsToWorkbook, importWorkbook, writeTemplate } from './index.js';

const facts = loadFacts('examples/zezhou-2026.facts.yaml');

async function open(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** Every table cell's printed figure, by table and row, for comparing derived documents. */
const figures = (d: ReturnType<typeof deriveDocument>) => d.tables.map((t) => t.rows.map((r) => [r.name, ...Object.values(r.cells).map((c) => c.raw)].join('|')));

describe('writeTemplate', () => {
  it('has a guide sheet and one sheet per group of facts, with titles, instructions and Chinese headers', async () => {
    const wb = await open(await writeTemplate({ year: 2026, profile: 'shanxi-13' }));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(['填表说明', ...ALL_SHEETS.map((s) => s.name)]);
    expect(names).toEqual(expect.arrayContaining(['单位信息', '收入', '支出明细', '基本支出经济分类', '三公经费', '机关运行经费', '政府采购', '资产', '项目', '绩效指标', '上年数', '说明文字']));
    const ws = wb.getWorksheet('支出明细')!;
    expect(ws.getCell('A1').value).toBe('2026年部门预算事实录入表——支出明细');
    expect(String(ws.getCell('A2').value)).toMatch(/^填写说明：每行填一个功能分类项级科目/);
    expect(ws.getRow(3).values).toEqual([undefined, '科目编码', '科目名称', '支出类型', '资金来源', '年度', '金额（元）', '所属单位']);
    const info = wb.getWorksheet('单位信息')!;
    expect(info.getCell('A5').value).toBe('预算年度');
    expect(info.getCell('B5').value).toBe(2026);
    expect(info.getCell('B13').value).toBe('shanxi-13');
  });

  it('validates enumerations and formats numbers', async () => {
    const wb = await open(await writeTemplate({ year: 2026 }));
    const ws = wb.getWorksheet('支出明细')!;
    expect(ws.getCell('C4').dataValidation).toMatchObject({ type: 'list', formulae: ['"基本支出,项目支出"'] });
    expect(ws.getCell('D100').dataValidation).toMatchObject({ type: 'list', formulae: ['"一般公共预算,政府性基金预算,国有资本经营预算,财政专户管理资金,单位资金"'] });
    expect(ws.getCell('E4').dataValidation).toMatchObject({ type: 'list', formulae: ['"本年,上年结转"'] });
    expect(ws.getCell('F4').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
    expect(ws.getCell('F4').numFmt).toBe('#,##0.00');
    expect(ws.getCell('A4').numFmt).toBe('@');
    const projects = wb.getWorksheet('项目')!;
    expect(projects.getCell('C4').dataValidation).toMatchObject({ type: 'list', formulae: ['"其他运转类,特定目标类"'] });
    const indicators = wb.getWorksheet('绩效指标')!;
    expect(indicators.getCell('E4').dataValidation).toMatchObject({ type: 'list', formulae: ['"实施期和年度,实施期,年度"'] });
    expect(wb.getWorksheet('单位信息')!.getCell('B12').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(wb.getWorksheet('三公经费')!.getColumn(1).values.slice(4)).toEqual(['因公出国（境）费', '公务接待费', '公务用车购置费', '公务用车运行维护费']);
  });

  it('refuses an empty template with Chinese, cell-addressed messages', async () => {
    const err = (await importWorkbook(await writeTemplate({ year: 2026 }), { file: 'empty.xlsx' }).then(
      () => new Error('imported'),
      (e: Error) => e,
    )) as Error;
    expect(err.name).toBe('FactsError');
    expect(err.message).toContain('工作簿“empty.xlsx”有');
    expect(err.message).toContain('「单位信息」表第4行B列：缺少部门名称（必填）');
    expect(err.message).toContain('「说明文字」表第4行B列：缺少部门职责（必填）');
  });
});

describe('factsToWorkbook → importWorkbook', () => {
  it('gives back the example facts exactly, and the same tables', async () => {
    const buf = await factsToWorkbook(facts);
    const back = await importWorkbook(buf);
    expect(back).toEqual(facts);
    expect(figures(deriveDocument(back))).toEqual(figures(deriveDocument(facts)));
    const t3 = deriveDocument(back).tables.find((t) => t.kind === 'expense-summary')!;
    expect(['total', 'basic', 'project'].map((k) => t3.rows[0].cells[k].raw)).toEqual(['650.24', '330.24', '320.00']);
  });

  it('fills the sheets as a preparer would', async () => {
    const wb = await open(await factsToWorkbook(facts));
    const ws = wb.getWorksheet('支出明细')!;
    expect(ws.getRow(6).values).toEqual([undefined, '2012999', '其他群众团体事务支出', '项目支出', '一般公共预算', '本年', 3200000]);
    const ind = wb.getWorksheet('绩效指标')!;
    expect(ind.getRow(4).values).toEqual([undefined, '养老救助经费', '产出指标', '数量指标', '养老救助人数', '实施期和年度', '452人']);
    expect(ind.getColumn(5).values).toContain('实施期');
  });

  it('round-trips a large department with several units, sources and carry-over', async () => {
    const big = parseFacts(syntheticFacts());
    const back = await importWorkbook(await factsToWorkbook(big));
    expect(back).toEqual(big);
    expect(figures(deriveDocument(back))).toEqual(figures(deriveDocument(big)));
  });

  it('reads a workbook from a path', async () => {
    const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/gongkai-`);
    const file = `${dir}/泽州.xlsx`;
    writeFileSync(file, await factsToWorkbook(facts));
    try {
      expect((await importWorkbook(file)).department.name).toBe('泽州县总工会');
      await expect(importWorkbook(`${file}.missing`)).rejects.toThrow('找不到工作簿');
      await expect(importWorkbook(file)).resolves.toBeDefined();
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
