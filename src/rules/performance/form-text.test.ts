import { describe, expect, it } from 'vitest';
import { costAmounts, quantities, standards } from './form-text.js';
import { parseWhen, statements } from './months.js';

describe('figures in form text', () => {
  const relief = '最后确定我县符合条件的2026年为452人。2012年县委县政府将每人每月280元提高到320元,全年共需资金1735680元。另外相关费用14320元,全年总计175万元。';
  it('reads cost items and totals, not standards', () => {
    expect(costAmounts(relief).map((a) => [a.value.fen, a.total])).toEqual([[173568000n, false], [1432000n, false], [175000000n, true]]);
    expect(costAmounts('一等奖奖金2000元,总费用约50000元')[0]).toMatchObject({ approx: true, value: { fen: 5000000n } });
  });
  it('reads quantities and standards with their alternatives and periods', () => {
    expect(quantities(relief).map((q) => q.count)).toEqual([452n]);
    expect(standards(relief)).toMatchObject([{ per: '人', period: '月', values: [{ fen: 28000n }, { fen: 32000n }] }]);
    const s = standards('共有2名遗属,按月发放632元/月,取暖费两人发放标准3920元,费用总计23008元。');
    expect(s.map((x) => [x.values[0].fen, x.per, x.period])).toEqual([[63200n, undefined, '月'], [392000n, undefined, undefined]]);
    expect(quantities('共有2名遗属,取暖费两人发放').map((q) => q.count)).toEqual([2n, 2n]);
  });
  it('reads months and schedule statements', () => {
    expect(parseWhen('2026年6月和12月')?.months).toEqual([{ year: 2026, month: 6 }, { year: 2026, month: 12 }]);
    expect(parseWhen('七月')?.months).toEqual([{ month: 7, year: undefined }]);
    expect(parseWhen('12个月')).toBeUndefined();
    expect(parseWhen('上半年')?.specific).toBe(false);
    expect(statements('1、2025年12月受理申请 2、2026年1月份确定帮扶标准 3、2026年2月份集中发放。').map((s) => s.text)).toEqual([
      '1、2025年12月受理申请',
      '2、2026年1月份确定帮扶标准',
      '3、2026年2月份集中发放',
    ]);
  });
});
