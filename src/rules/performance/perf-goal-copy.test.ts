import { describe, expect, it } from 'vitest';
import rule, { similarity } from './perf-goal-copy.js';
import { runRule } from '../testing.js';
import { docText } from './fixtures.js';

const DUTIES =
  '第一部分 概况\n一、本部门职责\n监督检查《中国工会章程》的贯彻执行情况,贯彻执行县工会代表大会决议,依照法律和工会章程,组织和指导全县各级工会进一步突出和履行维护职能,开展工会各项工作。\n';
const OWN = '开展劳动和技能竞赛、夏季送清凉和金秋助学活动，提升职工技能水平，向高温作业一线职工送去防暑降温物资，帮扶困难职工家庭子女上学。';

describe('perf-goal-copy', () => {
  it('scores identical texts 1 and unrelated texts low', () => {
    expect(similarity(OWN, OWN).dice).toBe(1);
    expect(similarity(OWN, DUTIES).dice).toBeLessThan(0.3);
  });
  it('passes goals written for the project', () => {
    expect(runRule(rule, docText({ before: DUTIES, forms: [{ name: '工会经费', goals: [OWN, OWN] }] }))).toEqual([]);
  });
  it('reports a goal copied from the duties paragraph', () => {
    const copied = '监督检查《中国工会章程》的贯彻执行情况，贯彻执行县工会代表大会决议，依照法律和工会章程，组织和指导全县各级工会进一步突出和履行维护职能。';
    const f = runRule(rule, docText({ before: DUTIES, forms: [{ name: '工会经费', goals: [OWN, copied] }] }));
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/^项目“工会经费”的总体目标（年度）与“本部门职责”几乎相同/);
    expect(f[0].locations[1].section).toBe('一、本部门职责');
  });
  it('reports a goal copied from another project', () => {
    const f = runRule(rule, docText({ forms: [{ name: '工会经费', goals: [OWN, '完成年度任务。'] }, { name: '送清凉经费', goals: [OWN, '完成年度任务。'] }] }));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('与项目“工会经费”的总体目标（实施期）几乎相同');
  });
});
