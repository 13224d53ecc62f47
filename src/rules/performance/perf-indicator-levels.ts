import type { Indicator } from '../../model/performance.js';
import { formLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { formName, periodsOf, projectForms } from './common.js';
import { parseWhen } from './months.js';

interface Group {
  name: string;
  /** Indicator labelled with this group, or (the importer placing merged labels one row off) clearly of it. */
  has: (i: Indicator) => boolean;
}

const MONEY_UNIT = /^(万元|元|亿元)([/／].*)?$/;

const GROUPS: Group[] = [
  { name: '数量指标', has: (i) => i.level2 === '数量指标' || /(人数|户数|次数|人次|个数|数量)$/.test(i.name) },
  { name: '质量指标', has: (i) => i.level2 === '质量指标' },
  { name: '时效指标', has: (i) => i.level2 === '时效指标' || (/(时间|日期|时限|期限)$/.test(i.name) && (!i.value.raw.trim() || !!parseWhen(i.value.raw) || /每|及时|按时/.test(i.value.raw))) },
  { name: '成本指标', has: (i) => /成本指标$/.test(i.level2 ?? '') || MONEY_UNIT.test(i.value.unit ?? '') },
  { name: '效益指标（经济效益、社会效益、生态效益或可持续影响）', has: (i) => /(经济效益|社会效益|生态效益|可持续)/.test(i.level2 ?? '') },
  { name: '服务对象满意度指标', has: (i) => /满意度/.test(i.level2 ?? '') || /满意度$/.test(i.name) },
];

export default defineRule({
  id: 'perf-indicator-levels',
  severity: 'warning',
  category: 'performance',
  title: '绩效指标缺少必备的二级指标',
  message: '项目“{project}”{period}绩效指标缺少{missing}',
  description: `项目支出绩效目标表的每一期（实施期、年度）指标都应包含以下二级指标，且每类至少有一个具体的三级指标：
数量指标、质量指标、时效指标、成本指标，至少一类效益指标（经济效益、社会效益、生态效益、可持续影响），以及服务对象满意度指标。
只有“经济效益”“生态效益”之类的标题而没有具体指标的，不算填写。

提取的表格中合并单元格的二级指标标签常错位一行，因此名称明显属于某类的指标（“…人数”“…时间”、金额单位的指标、“…满意度”）
也计入该类。

**示例**：某项目年度指标只有数量、质量和满意度指标，缺少时效指标、成本指标和效益指标。`,
  *check({ doc }) {
    for (const f of projectForms(doc)) {
      for (const period of periodsOf(f)) {
        const inds = f.indicators.filter((i) => i.period === period && i.name.trim());
        const missing = GROUPS.filter((g) => !inds.some(g.has)).map((g) => g.name);
        if (!missing.length) continue;
        yield {
          params: { project: formName(f), period, missing: missing.join('、') },
          locations: [{ ...formLoc(f, `${period}指标`), line: inds[0]?.source.line ?? f.source.line }],
          expected: GROUPS.map((g) => g.name).join('、'),
          actual: `缺少${missing.join('、')}`,
          suggestion: `为${period}补充${missing.join('、')}，每类至少一个可考核的三级指标`,
        };
      }
    }
  },
});
