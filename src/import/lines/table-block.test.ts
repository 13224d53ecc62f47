import { describe, expect, it } from 'vitest';
import { importText } from '../text/index.js';

const HEAD = ['测试县测试局', '2026年度部门预算公开'];

describe('tables whose title and unit are drawn inside the grid', () => {
  it('reads each title from a row whose only filled cell is the first, and the unit line as meta', () => {
    const doc = importText(
      [
        ...HEAD,
        ['收入总表(预算表2)', '', '', ''].join('\t'),
        ['预算单位：测试局', '', '', '单位：万元'].join('\t'),
        ['部门（单位）代码', '部门（单位）名称', '合计', '一般公共预算'].join('\t'),
        ['105001', '测试局', '10.00', '10.00'].join('\t'),
        ['支出总表（预算表3）', '', '', ''].join('\t'),
        ['预算单位：测试局', '', '', '单位：万元'].join('\t'),
        ['科目编码', '科目名称', '合计', '基本支出'].join('\t'),
        ['2010601-行政运行', '', '10.00', '10.00'].join('\t'),
      ].join('\n'),
    );
    expect(doc.tables.map((t) => [t.kind, t.title, t.unit])).toEqual([
      ['income-summary', '收入总表(预算表2)', '万元'],
      ['expense-summary', '支出总表（预算表3）', '万元'],
    ]);
    expect(doc.tables[0].rows.map((r) => r.name)).toEqual(["测试局"]);
    expect(doc.tables[1].rows.map((r) => [r.code, r.name])).toEqual([['2010601', '行政运行']]);
  });
});
