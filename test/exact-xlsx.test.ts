import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/import/text/index.js';
import { renderXlsx } from '../src/render/xlsx/index.js';

// A generated workbook never shows a rounded amount: numbers when Excel shows them exactly, text otherwise.
describe('amounts in a generated workbook', () => {
  it('keep every digit', async () => {
    const doc = importText(
      '某局\n2026年部门预算公开\n2026年部门支出总表\n单位：元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n合计\t\t123456789012345.67\t123456789012345.00\t0.67\n201\t一般公共服务支出\t123456789012345.67\t123456789012345.00\t0.67\n',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(doc)) as unknown as ArrayBuffer);
    const values = wb.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])));
    expect(values).toContain('123,456,789,012,345.67');
    expect(values).toContain('123,456,789,012,345.00');
    expect(values).toContain(0.67);
    expect(values.filter((v) => typeof v === 'number' && v > 1e14)).toEqual([]);
  });
});
