import type { Indicator } from '../../model/performance.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { formName, indicatorLoc, mergeByKey, projectForms } from './common.js';
import { fieldLoc, textFields } from './form-text.js';
import { describeWhen, overlaps, parseWhen, statements, type Statement } from './months.js';

const TIME_NAME = /(时间|日期|时限|期限)$/;
/** Words too common to tie an indicator to a sentence on their own. */
const GENERIC = /^(开展|完成|实施|进行|组织|工作|项目|活动|经费|资金|全年|年度)$/;

/** The activity an indicator times: 劳动和技能竞赛开展日期 → 劳动和技能竞赛开展. */
export function activityOf(name: string): string {
  return name.replace(/(的)?(完成|开展|实施)?(时间|日期|时限|期限)$/, (_m, _de, verb) => verb ?? '');
}

/** Longest common substring, with a bonus when it ends the activity (its verb: 发放, 上缴 …). */
function score(activity: string, text: string): number {
  let best = 0;
  let bonus = 0;
  for (let i = 0; i < activity.length; i++)
    for (let j = i + 2; j <= activity.length; j++) {
      const sub = activity.slice(i, j);
      if (!text.includes(sub)) break;
      if (GENERIC.test(sub) && sub.length < 3) continue;
      const b = j === activity.length ? 0.5 : 0;
      if (sub.length + b > best + bonus) [best, bonus] = [sub.length, b];
    }
  return best + bonus;
}

export default defineRule({
  id: 'perf-time-vs-plan',
  severity: 'warning',
  category: 'performance',
  title: '时效指标与实施计划时间不一致',
  message: '项目“{project}”：时效指标“{indicator}”为“{value}”，而{field}写的是“{plan}”',
  description: `时效指标（如“送清凉开展日期 七月”“帮扶金发放时间 12月”）给出的时间，应与同一表中项目实施计划等文字对同一项工作的安排一致。
本规则从指标名称中取出所指的工作（去掉“开展日期”“时间”等），在实施计划、项目概况、保证措施等文字中找出提到同一工作、
并写有月份的句子（“六月份开展劳动和技能竞赛”“2026年2月份集中发放”“年底发放取暖费”），比较月份。

只在文字写有明确月份、且提到同一工作的明确月份全都与指标不同时报告；“上半年”“年底”“12月底前”之类的时间段过于宽泛，
不据以报告；“每月”之类的指标值不核对。

**示例**：时效指标“帮扶金发放时间 12月”，项目实施计划写“2026年2月份集中发放”。`,
  *check({ doc }) {
    for (const f of projectForms(doc)) {
      const sources = textFields(f)
        .filter((t) => !/^(总体目标|立项依据)/.test(t.field))
        .flatMap((t) => statements(t.text).map((s) => ({ ...s, field: t.field })));
      if (!sources.length) continue;
      const found: { key: string; period: string; draft: FindingDraft }[] = [];
      for (const ind of f.indicators) {
        if (!(ind.level2 === '时效指标' || TIME_NAME.test(ind.name)) || /^(每|按)/.test(ind.value.raw.trim())) continue;
        const when = parseWhen(ind.value.raw);
        if (!when) continue;
        const clash = conflict(ind, when, sources);
        if (!clash) continue;
        found.push({
          key: `${ind.name}|${ind.value.raw}`,
          period: ind.period,
          draft: {
            params: { project: formName(f), indicator: ind.name, value: ind.value.raw.trim(), field: clash.field, plan: clash.text },
            locations: [indicatorLoc(f, ind), fieldLoc(f, clash.field, clash.text)],
            expected: describeWhen(clash.when),
            actual: describeWhen(when),
            suggestion: `核对“${activityOf(ind.name)}”的实际安排，使时效指标与实施计划一致`,
          },
        });
      }
      for (const d of mergeByKey(found)) {
        const seen = new Set<string>();
        const unique = d.locations.filter((l) => !seen.has(`${l.label}|${l.line}`) && !!seen.add(`${l.label}|${l.line}`));
        // Indicator rows first, then the text they disagree with.
        yield { ...d, locations: [...unique.filter((l) => l.field?.includes('/')), ...unique.filter((l) => !l.field?.includes('/'))] };
      }
    }
  },
});

/** The best-matching schedule statement when every such statement names other months. */
function conflict(ind: Indicator, when: NonNullable<ReturnType<typeof parseWhen>>, sources: (Statement & { field: string })[]): (Statement & { field: string }) | undefined {
  const activity = activityOf(ind.name);
  const scored = sources.map((s) => ({ s, score: score(activity, s.text.replace(/\s+/g, '')) })).filter((x) => x.score >= 2);
  if (!scored.length) return undefined;
  const top = scored.reduce((m, x) => Math.max(m, x.score), -Infinity);
  const best = scored.filter((x) => x.score === top).map((x) => x.s);
  // Spans (上半年, 年底, 夏季, "…底前") are too loose to contradict a month; only named months are compared.
  const specific = best.filter((s) => s.when.specific);
  if (!specific.length || specific.some((s) => overlaps(s.when, when))) return undefined;
  return specific[0];
}
