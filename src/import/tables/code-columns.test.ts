import { describe, expect, it } from 'vitest';
import { importText } from '../text/index.js';

const doc = (rows: string[][]) =>
  importText(['测试县测试局', '2026年度部门预算公开', '2026年一般公共预算支出表', '单位：万元', ...rows.map((r) => r.join('\t'))].join('\n'));
const codes = (rows: string[][]) => doc(rows).tables[0].rows.map((r) => `${r.code ?? ''} ${r.name}`);

describe('类 | 款 | 项 code columns', () => {
  it('merges full codes and names the merged column', () => {
    const t = doc([
      ['类', '款', '项', '科目名称', '合计'],
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '1.00'],
    ]).tables[0];
    expect(t.columns.map((c) => c.key)).toEqual(['code', 'name', 'total']);
    expect(t.rows[0].code).toBe('2080505');
  });

  it('fills a blank 类 or 款 from the rows above (only the new digits printed)', () => {
    expect(
      codes([
        ['功能分类科目编码', '', '', '科目名称', '合计'],
        ['类', '款', '项', '', ''],
        ['201', '', '', '一般公共服务支出', '10.00'],
        ['', '05', '', '财政事务', '10.00'],
        ['', '', '07', '信息化建设', '4.00'],
        ['', '', '08', '财政委托业务支出', '6.00'],
      ]),
    ).toEqual(['201 一般公共服务支出', '20105 财政事务', '2010507 信息化建设', '2010508 财政委托业务支出']);
  });

  it('reads a 款 row printed with its 款 digits only under a 项 row printed in full', () => {
    expect(
      codes([
        ['类', '款', '项', '科目名称', '合计'],
        ['201', '', '', '一般公共服务支出', '3.00'],
        ['', '40', '', '信访事务', '3.00'],
        ['201', '40', '01', '行政运行', '3.00'],
      ]),
    ).toEqual(['201 一般公共服务支出', '20140 信访事务', '2014001 行政运行']);
  });
});
