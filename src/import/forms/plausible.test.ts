import { describe, expect, it } from 'vitest';
import type { PerformanceForm } from '../../model/performance.js';
import { doubtAbout } from './plausible.js';

const form = (projectName: string, names: string[]): PerformanceForm => ({
  kind: 'project',
  title: '项目支出绩效目标表',
  projectName,
  fields: {},
  fieldSources: {},
  fundsUnit: '元',
  funds: {},
  goals: {},
  indicators: names.map((name) => ({ period: '年度', name, value: { raw: '≥90%' }, source: { line: 1 } })),
  source: { line: 1 },
});

describe('doubtAbout', () => {
  it('trusts a form whose indicators have names', () => {
    expect(doubtAbout(form('信访综合保障经费', ['来信来访办理数量', '群众满意度']))).toBeUndefined();
  });
  it('doubts indicators named like the grid (funds rows) or like values', () => {
    expect(doubtAbout(form('医保服务站工作经费', ['财政拨款', '服务人次']))).toMatch(/1 个指标名称是表格栏目或数值/);
    expect(doubtAbout(form('医保服务站工作经费', ['≥50次', '1111.50']))).toMatch(/2 个指标名称/);
  });
  it('doubts a project name that is a table title or several names run together', () => {
    expect(doubtAbout(form('预算14表专项转移支付绩效目标表', ['满意度']))).toMatch(/表名/);
    expect(doubtAbout(form('公车统管费用 财政工作专项经费 会计工作经费', ['满意度']))).toMatch(/连成/);
  });
});
