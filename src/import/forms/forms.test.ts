import { describe, expect, it } from 'vitest';
import { importText } from '../text/index.js';
import { isForeignSummary } from './form-labels.js';

const form = (rows: string[][]) =>
  ['测试县测试局', '2026年度部门预算公开', '测试县项目支出绩效目标表', '(2026年度)', ...rows.map((r) => r.join('\t'))].join('\n');

describe('performance form layouts', () => {
  it('reads "label：value" cells, goals under a 实施期/年度 header, and compact indicator rows', () => {
    const doc = importText(
      form([
        ['项目名称', '送温暖经费'],
        ['项目资金(元)', '实施期资金总额：60,000', '年度资金总额：60,000'],
        ['', '其中：中央财政资金：0', '其中：中央财政资金：0'],
        ['', '市县（区）财政资金：60,000', '市县（区）财政资金：60,000'],
        ['总体目标', '实施期目标', '年度目标'],
        ['帮扶60户困难职工', '2026年2月发放'],
        ['一级指标', '二级指标', '三级指标', '指标值（实施期）', '指标值（年度）'],
        ['产出指标', '数量指标', '帮扶户数', '60户', '60户'],
        ['时效指标', '发放时间', '2月', '2月'],
      ]),
    );
    const f = doc.forms[0];
    expect(f.funds.annual?.fen).toBe(6_000_000n);
    expect(f.funds.local?.fen).toBe(6_000_000n);
    expect(f.goals).toEqual({ period: '帮扶60户困难职工', annual: '2026年2月发放' });
    expect(f.indicators.map((i) => [i.period, i.level2, i.name, i.value.raw])).toEqual([
      ['实施期', '数量指标', '帮扶户数', '60户'],
      ['年度', '数量指标', '帮扶户数', '60户'],
      ['实施期', '时效指标', '发放时间', '2月'],
      ['年度', '时效指标', '发放时间', '2月'],
    ]);
    expect(doc.unplaced).toEqual([]);
  });

  it('joins the rest of a goals or text row broken across pages (a row with an empty label cell)', () => {
    const doc = importText(
      form([
        ['项目名称', '工会经费', '', ''],
        ['项目概况', '开展劳动', '', ''],
        ['', '竞赛。', '', ''],
        ['总体目标', '实施期目标', '年度目标', ''],
        ['', '深化产业工人', '维护职工', ''],
        ['', '队伍建设改革。', '合法权益。', ''],
        ['一级指标', '二级指标', '三级指标', '指标值（实施期）', '指标值（年度）'],
        ['产出指标', '数量指标', '竞赛人数', '≥100人', '≥100人'],
      ]),
    );
    const f = doc.forms[0];
    expect(f.fields['项目概况']).toBe('开展劳动竞赛。');
    expect(f.goals).toEqual({ period: '深化产业工人队伍建设改革。', annual: '维护职工合法权益。' });
    expect(doc.unplaced).toEqual([]);
  });
  it('takes the funds unit from a "资金金额（万元）" label', () => {
    const doc = importText(
      form([
        ['项目名称', '', '办公场所租赁'],
        ['资金金额（万元）', '', '实施期资金总额', '', '78'],
        ['', '', '其中：财政拨款', '', '78'],
      ]),
    );
    expect(doc.forms[0].fundsUnit).toBe('万元');
    expect(doc.forms[0].funds.total?.fen).toBe(78_000_000n);
  });
});


describe('a form whose content was replaced by a summary', () => {
  it('is told by a line of Latin prose, not by a row of figures (Beijing 部门整体支出绩效目标表 funds)', () => {
    expect(isForeignSummary('Table with columns for Department Name, Basic Information, Objectives, Budget Situation, Key Tasks')).toBe(true);
    expect(isForeignSummary('44,169.357532\t44,169.357532\t28,016.258321\t16,153.099211')).toBe(false);
    expect(isForeignSummary('30,939.116470 30,939.116470 921.324552 30,017.791918 0.000000 0.000000')).toBe(false);
  });
});

describe('several forms under one title', () => {
  it('opens a new form at each 项目名称 row (one form a page, the repeated title dropped as running header: Yantai, Xi’an)', () => {
    const doc = importText(
      form([
        ['项目名称', '公车统管费用'],
        ['项目资金(元)', '年度资金总额：300,000'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['成本指标', '经济成本', '年度车辆统管费用', '≤30万元'],
        ['项目名称', '财政工作专项经费'],
        ['项目资金(元)', '年度资金总额：3,150,000'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训次数', '≥7次'],
      ]),
    );
    expect(doc.forms.map((f) => [f.projectName, f.funds.annual?.fen, f.indicators.some((i) => i.name === '培训次数')])).toEqual([
      ['公车统管费用', 30_000_000n, false],
      ['财政工作专项经费', 315_000_000n, true],
    ]);
  });
});

describe('the kind of a form', () => {
  it('takes a special fund’s 总体 form, like a department’s 整体 form, for no single project’s (Xi’an 表16)', () => {
    const doc = importText(['测试县测试局', '2026年度部门预算公开', '专项资金总体绩效目标表', '(2026年度)', ['专项资金名称', '交通运输发展专项资金'].join('\t')].join('\n'));
    expect(doc.forms.map((f) => f.kind)).toEqual(['overall']);
  });
});
