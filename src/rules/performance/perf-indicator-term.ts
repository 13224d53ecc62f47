import type { PerformanceForm } from '../../model/performance.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { formName, indicatorLoc, mergeByKey, projectForms } from './common.js';

/** Characters commonly typed for one another (same sound or look). */
const CONFUSIONS: Record<string, string[]> = {
  教: ['救'],
  救: ['教'],
  帮: ['邦'],
  邦: ['帮'],
  保: ['报'],
  报: ['保'],
  助: ['主'],
  主: ['助'],
  检: ['捡'],
  捡: ['检'],
  治: ['冶'],
  冶: ['治'],
};

/** Standard indicator terms and misspellings seen in forms. */
const TERMS: [string, RegExp][] = [
  ['满意度', /(满议度|满义度|满易度|蛮意度|瞒意度|满意渡)/],
  ['达标率', /(达表率|答标率|达标律)/],
  ['覆盖率', /(复盖率|履盖率|覆盖律)/],
  ['完成率', /(完城率|完程率|完成律)/],
  ['合格率', /(和格率|合隔率|合格律)/],
  ['及时率', /(即时率|既时率|及时律)/],
  ['知晓率', /(知哓率|知晓律)/],
];

const IDIOM = /应(.)尽(.)/g;

/** All of a form's own words except the idiom occurrences themselves. */
function ownText(f: PerformanceForm): string {
  return [f.projectName ?? '', ...Object.values(f.fields), f.goals.period ?? '', f.goals.annual ?? '', ...f.indicators.map((i) => i.name)].join('\n').replace(IDIOM, '');
}

/** A suggested correction of an indicator name, with the reason; undefined when the name looks right. */
export function termProblem(name: string, own: string): { expected: string; reason: string } | undefined {
  for (const m of name.matchAll(IDIOM)) {
    const [whole, x, y] = m;
    if (x !== y) {
      const fix = own.includes(x) ? x : own.includes(y) ? y : undefined;
      if (fix) return { expected: name.replace(whole, `应${fix}尽${fix}`), reason: `“${whole}”前后用字不一致` };
      continue;
    }
    if (own.includes(x)) continue;
    const alt = (CONFUSIONS[x] ?? []).find((c) => own.includes(c));
    if (alt) return { expected: name.replace(whole, `应${alt}尽${alt}`), reason: `“${x}”在本项目的文字中从未出现，而“${alt}”是本项目的用语` };
  }
  for (const [term, re] of TERMS) {
    const m = re.exec(name);
    if (m) return { expected: name.replace(m[0], term), reason: `标准用语为“${term}”` };
  }
  return undefined;
}

export default defineRule({
  id: 'perf-indicator-term',
  severity: 'warning',
  category: 'performance',
  title: '指标名称用字错误',
  message: '项目“{project}”{period}指标“{indicator}”疑为“{expected}”之误：{reason}',
  description: `绩效指标中常用的规范用语应写对：

- “应X尽X率”（应保尽保、应救尽救、应帮尽帮、应发尽发、应助尽助、应检尽检……）中的 X 应是本项目所做的事。若 X 在本项目的
  名称、概况、目标和其他指标中从未出现，而与它音近形近的字（教/救、帮/邦、保/报、助/主、检/捡……）恰是本项目的用语，
  多半是录入错误；
- “满意度”“达标率”“覆盖率”“完成率”“合格率”“及时率”“知晓率”等常用指标名称的错别字。

**示例**：养老救助项目的质量指标“应教尽教率”，全表只讲“救助”，不涉及“教”——应为“应救尽救率”。`,
  *check({ doc }) {
    for (const f of projectForms(doc)) {
      const own = ownText(f);
      const found: { key: string; period: string; draft: FindingDraft }[] = [];
      for (const ind of f.indicators) {
        const p = termProblem(ind.name, own);
        if (!p) continue;
        found.push({
          key: ind.name,
          period: ind.period,
          draft: {
            params: { project: formName(f), indicator: ind.name, expected: p.expected, reason: p.reason },
            locations: [indicatorLoc(f, ind)],
            expected: p.expected,
            actual: ind.name,
            suggestion: `将指标名称改为“${p.expected}”`,
          },
        });
      }
      yield* mergeByKey(found);
    }
  },
});
