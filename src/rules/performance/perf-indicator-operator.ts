import type { Indicator } from '../../model/performance.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { formName, indicatorLoc, mergeByKey, projectForms } from './common.js';

const CHANGE = /^(提高|提升|降低|下降|增长|减少|增加)$/;
const BASELINE = /(较|比|同比|环比|基数|基准|上年|去年|上一年)/;

/** Problems with an indicator's operator, or undefined. */
export function operatorProblems(ind: Indicator): { problems: string[]; expected: string } | undefined {
  const v = ind.value;
  const raw = v.raw.trim();
  if (!raw) return { problems: ['指标值为空'], expected: '填写目标值' };
  const problems: string[] = [];
  let expected = '';
  const satisfaction = /满意度/.test(ind.name) || /满意度/.test(ind.level2 ?? '');
  if (v.prefix && CHANGE.test(v.prefix) && v.number !== undefined && !BASELINE.test(raw) && !BASELINE.test(ind.name)) {
    problems.push(`“${raw}”只写了变化幅度，没有比较基准`);
    expected = satisfaction ? `≥${v.number}${v.unit ?? ''}` : `≥${v.number}${v.unit ?? ''}（目标值），或写明基准，如“较上年${v.prefix}${v.number}${v.unit ?? ''}”`;
  }
  if (satisfaction && v.number !== undefined && v.unit && /%|％/.test(v.unit) && v.operator !== '≥' && v.operator !== '>') {
    problems.push('满意度指标应写作“≥X%”');
    expected ||= `≥${v.number}%`;
  }
  return problems.length ? { problems, expected } : undefined;
}

export default defineRule({
  id: 'perf-indicator-operator',
  severity: 'warning',
  category: 'performance',
  title: '指标值的写法不规范',
  message: '项目“{project}”{period}指标“{indicator}”：{problem}',
  description: `绩效指标值应是可考核的目标值：

- “提高90%”“降低5%”之类只写变化幅度、不写比较基准的，无法考核——应写目标值（“≥90%”）或写明基准（“较上年提高5%”）；
- 满意度指标应写下限，即“≥90%”，而不是“90%”或“提高90%”；
- 列出了指标名称却没有填写指标值的，同样无法考核。

**示例**：“职工满意度 提高90%”应为“职工满意度 ≥90%”。`,
  *check({ doc }) {
    for (const f of projectForms(doc)) {
      const found: { key: string; period: string; draft: FindingDraft }[] = [];
      for (const ind of f.indicators) {
        const p = operatorProblems(ind);
        if (!p) continue;
        const problem = p.problems.join('；');
        found.push({
          key: `${ind.name}|${ind.value.raw}`,
          period: ind.period,
          draft: {
            params: { project: formName(f), indicator: ind.name, problem },
            locations: [indicatorLoc(f, ind)],
            expected: p.expected,
            actual: ind.value.raw.trim() || '（空）',
            suggestion: ind.value.raw.trim() ? `将指标值改为 ${p.expected}` : `为“${ind.name}”填写可考核的指标值，或删去该指标`,
          },
        });
      }
      yield* mergeByKey(found);
    }
  },
});
