import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FactsError, loadFacts } from '../facts/index.js';
import { factsToWorkbook, importWorkbook } from './index.js';

const facts = loadFacts('examples/zezhou-2026.facts.yaml');
let filled: Buffer;

beforeAll(async () => {
  filled = await factsToWorkbook(facts);
});

/** The filled example with some cells changed. */
async function edited(change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(filled as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function failure(buf: Buffer): Promise<FactsError> {
  const e = await importWorkbook(buf, { file: 'dept.xlsx' }).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(FactsError);
  return e as FactsError;
}

const paths = (e: FactsError) => e.issues.map((i) => `${i.path}：${i.message}`);

describe('importWorkbook with a bad workbook', () => {
  it('names the cell of an amount that is not a number', async () => {
    const e = await failure(await edited((wb) => (wb.getWorksheet('支出明细')!.getCell('F4').value = 'abc')));
    expect(paths(e)).toEqual(['「支出明细」表第4行F列：金额“abc”不是数字']);
    expect(e.message).toBe('工作簿“dept.xlsx”有1处错误：\n  - 「支出明细」表第4行F列：金额“abc”不是数字');
  });

  it('names a missing required column', async () => {
    const e = await failure(await edited((wb) => (wb.getWorksheet('支出明细')!.getCell('F3').value = '备注')));
    expect(paths(e)[0]).toBe('「支出明细」表第3行：缺少“金额（元）”列（表头应包括：科目编码、科目名称、支出类型、资金来源、年度、金额（元）、所属单位）');
  });

  it('names an unknown 资金来源 and other bad enumerations, all at once', async () => {
    const e = await failure(
      await edited((wb) => {
        wb.getWorksheet('支出明细')!.getCell('D5').value = '中央拨款';
        wb.getWorksheet('项目')!.getCell('C6').value = '专项类';
        wb.getWorksheet('单位信息')!.getCell('B12').value = '也许';
        wb.getWorksheet('基本支出经济分类')!.getCell('E5').value = -12;
        wb.getWorksheet('项目')!.getCell('D4').value = 1750000.123;
      }),
    );
    expect(paths(e)).toEqual([
      '「单位信息」表第12行B列：草稿应填“是”或“否”，实际是“也许”',
      '「支出明细」表第5行D列：资金来源“中央拨款”不是可选值；应为：一般公共预算、政府性基金预算、国有资本经营预算、财政专户管理资金、单位资金',
      '「基本支出经济分类」表第5行E列：人员经费不能为负数：“-12”',
      '「项目」表第4行D列：本年一般公共预算最多两位小数（精确到分）：“1750000.123”',
      '「项目」表第6行C列：项目类别“专项类”不是可选值；应为：其他运转类、特定目标类',
    ]);
  });

  it('traces the facts checks back to cells and sheets', async () => {
    const e = await failure(
      await edited((wb) => {
        wb.getWorksheet('说明文字')!.getCell('B4').value = null;
        wb.getWorksheet('支出明细')!.getCell('A4').value = '20129';
        wb.getWorksheet('绩效指标')!.getCell('A5').value = '不存在的项目';
        wb.getWorksheet('项目')!.getCell('C4').value = null;
        wb.getWorksheet('单位信息')!.getCell('B15').value = null;
      }),
    );
    const all = paths(e);
    expect(all).toContain('「绩效指标」表第5行A列：项目“不存在的项目”不在「项目」表中（部门整体指标请填“部门整体”）');
    expect(all).toContain('「说明文字」表第4行B列：缺少部门职责（必填）');
    expect(all).toContain('「支出明细」表第4行A列：功能分类科目编码应为7位（项级），如 "2012901"');
    expect(all).toContain('「项目」表第4行C列：缺少项目类别（必填）');
    expect(all).toContain('「单位信息」表第15行B列：缺少行政编制数（必填）');
    expect(all).toHaveLength(5);
  });

  it('checks the sums once every cell is read, naming the sheet or cell', async () => {
    const e = await failure(
      await edited((wb) => {
        wb.getWorksheet('项目')!.getCell('D5').value = 366000;
        wb.getWorksheet('支出明细')!.getCell('B4').value = '行政运行费';
      }),
    );
    expect(paths(e)).toEqual([
      '「支出明细」表第4行B列：科目2012901的名称应为“行政运行”，不是“行政运行费”',
      '「项目」表第5行：项目“工会经费”资金构成合计366992.00元，不等于项目年度资金总额（本年预算）366000.00元',
      '「项目」表：本年项目支出（一般公共预算）：各项目合计3199008.00元，与功能分类科目中的项目支出3200000.00元不一致（相差-992.00元）',
    ]);
  });

  it('reads amounts typed as text with thousands separators, and codes typed as numbers', async () => {
    const back = await importWorkbook(
      await edited((wb) => {
        wb.getWorksheet('支出明细')!.getCell('F4').value = '3,064,200.00';
        wb.getWorksheet('支出明细')!.getCell('A4').value = 2012901;
      }),
    );
    expect(back.expenditure[0].basic?.gpb?.fen).toBe(306420000n);
    expect(back.expenditure[0].code).toBe('2012901');
  });

  it('refuses a corrupt file, an old .xls and a workbook without its sheets', async () => {
    expect((await failure(Buffer.from('这不是工作簿'))).message).toBe(
      '工作簿“dept.xlsx”有1处错误：\n  - （整个文件）：无法打开：文件已损坏或不是 .xlsx 工作簿。请用 Excel 或 WPS 另存为“Excel 工作簿（*.xlsx）”后再导入',
    );
    expect(paths(await failure(filled.subarray(0, 3000)))[0]).toMatch(/^（整个文件）：无法打开：文件已损坏或不是 \.xlsx 工作簿（/);
    expect(paths(await failure(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))[0]).toContain('旧版 .xls 格式');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const e = await failure(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(paths(e)).toContain('「支出明细」表：缺少「支出明细」工作表（请使用 gongkai 生成的录入模板，不要改工作表名称）');
  });

  it('refuses duplicates and rows that contradict each other', async () => {
    const e = await failure(
      await edited((wb) => {
        const ws = wb.getWorksheet('支出明细')!;
        ws.getRow(7).values = ['2012999', '其他群众团体事务', '项目支出', '一般公共预算', '本年', 100];
      }),
    );
    expect(paths(e)).toEqual([
      '「支出明细」表第7行B列：科目2012999的名称“其他群众团体事务”与第5行的“其他群众团体事务支出”不一致',
      '「支出明细」表第7行F列：科目2012999的这笔金额（同一支出类型、资金来源和年度）已在第6行填写，请合并',
    ]);
  });
});
