import type { Indicator } from '../../model/performance.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { formName, indicatorLoc, mergeByKey, projectForms } from './common.js';
import { parseWhen } from './months.js';

type Kind = 'count' | 'percent' | 'time' | 'money';

const KIND_NAMES: Record<Kind, string> = { count: '数量（人、户、次、个等）', percent: '百分比', time: '时间', money: '金额（元、万元、元/户等）' };

const MONEY = /^(万元|元|亿元)([/／].*)?$/;
const PERCENT = /^(%|％|‰)$/;
const TIME_UNIT = /^(天|日|个月|月|年|小时|工作日|个工作日|周|分钟)$/;
const TIME_WORD = /(月|年|日|季度|及时|按时|按期|准时|当天|当日|每周|每天|前)/;

/** What a name alone says the value should be; undefined when the name does not tell. */
function kindByName(name: string): Kind | undefined {
  if (/满意度$|率$/.test(name)) return 'percent';
  if (/(人数|户数|次数|人次|个数|场次|家数|项数)$/.test(name)) return 'count';
  if (/(时间|日期|时限|期限)$/.test(name)) return 'time';
  if (/(费用|成本|金额|资金|经费)$/.test(name)) return 'money';
  return undefined;
}

function kindByLevel(level2?: string): Kind | undefined {
  if (!level2) return undefined;
  if (/^数量指标$/.test(level2)) return 'count';
  if (/^时效指标$/.test(level2)) return 'time';
  if (/^(经济)?成本指标$/.test(level2)) return 'money';
  if (/满意度/.test(level2)) return 'percent';
  return undefined;
}

/** The problem with an indicator's value, or undefined when the unit suits what it measures. */
export function unitProblem(ind: Indicator): { expected: string; problem: string } | undefined {
  const v = ind.value;
  if (!v.raw.trim()) return undefined;
  const unit = (v.unit ?? '').trim();
  const byName = kindByName(ind.name);
  const kind = byName ?? kindByLevel(ind.level2);
  if (!kind) return undefined;
  const by = byName ? `名称“${ind.name}”` : ind.level2;
  const bad = (problem: string) => ({ expected: KIND_NAMES[kind], problem: `${by}应填${KIND_NAMES[kind]}，${problem}` });
  if (kind === 'count') {
    if (v.number === undefined) return byName ? undefined : bad('填的是文字，没有可计量的数值');
    if (PERCENT.test(unit) || MONEY.test(unit)) return bad(`单位却是“${unit}”`);
    if (/人数$/.test(ind.name) && /^户/.test(unit)) return { expected: '人', problem: `名称为“…人数”，单位却是“${unit}”` };
    if (/户数$/.test(ind.name) && /^(人|名)$/.test(unit)) return { expected: '户', problem: `名称为“…户数”，单位却是“${unit}”` };
    return undefined;
  }
  if (kind === 'percent') {
    if (v.number === undefined) return bad('填的是文字');
    return PERCENT.test(unit) ? undefined : bad(`单位却是“${unit || '（无）'}”`);
  }
  if (kind === 'time') {
    if (v.number === undefined) return parseWhen(v.raw) || TIME_WORD.test(v.raw) ? undefined : bad('填的不是时间');
    return TIME_UNIT.test(unit) ? undefined : bad(`填的却是“${v.raw.trim()}”`);
  }
  if (v.number === undefined) return undefined;
  if (MONEY.test(unit)) return undefined;
  return bad(unit ? `单位“${unit}”中没有“元”` : '没有写单位');
}

export default defineRule({
  id: 'perf-indicator-unit',
  severity: 'warning',
  category: 'performance',
  title: '指标值的单位与指标不相称',
  message: '项目“{project}”{period}指标“{indicator}”的指标值“{value}”：{problem}',
  description: `绩效指标值的单位应与指标的性质相称：

- 数量指标填数量（人、户、次、个、场、项……），名称为“…人数”的用“人”，“…户数”的用“户”；
- 质量指标多为百分比（…率）；
- 时效指标填时间（月份、日期、“及时”等），不应是百分比或金额；
- 成本指标（经济成本指标）填金额（元、万元，或元/户、元/人/月等标准）；社会成本、生态环境成本指标不要求金额；
- 满意度指标填百分比。

指标名称能说明性质时（…率、…人数、…时间、…费用）以名称为准，否则按所在的二级指标判断。

**示例**：“帮扶人数 60户”（人数却以户计）；成本指标“救助标准 320人/月”（缺“元”，应为 320元/人/月）；时效指标“救助标准 100%”。`,
  *check({ doc }) {
    for (const f of projectForms(doc)) {
      const found: { key: string; period: string; draft: FindingDraft }[] = [];
      for (const ind of f.indicators) {
        const p = unitProblem(ind);
        if (!p) continue;
        found.push({
          key: `${ind.name}|${ind.value.raw}|${p.problem}`,
          period: ind.period,
          draft: {
            params: { project: formName(f), indicator: ind.name, value: ind.value.raw.trim(), problem: p.problem },
            locations: [indicatorLoc(f, ind)],
            expected: p.expected,
            actual: ind.value.raw.trim(),
            suggestion: `按指标性质更正“${ind.name}”的指标值或单位，必要时调整其所属的二级指标`,
          },
        });
      }
      yield* mergeByKey(found);
    }
  },
});
