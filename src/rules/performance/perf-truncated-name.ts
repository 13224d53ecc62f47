import { normalizeName } from '../../model/names.js';
import type { Indicator } from '../../model/performance.js';
import { defineRule } from '../engine/types.js';
import { formName, indicatorLoc, projectForms } from './common.js';

export default defineRule({
  id: 'perf-truncated-name',
  severity: 'info',
  category: 'performance',
  title: '指标名称疑被截断',
  message: '项目“{project}”{short}指标“{name}”是{long}指标“{full}”的开头部分，疑被截断或两期名称不一致',
  description: `同一张绩效目标表中，实施期和年度的指标通常一一对应。若一期的指标名称恰是另一期某个指标名称的开头（且该期没有同名指标），
多半是单元格宽度不够、名称被截断，或两期名称填写不一致，例如年度“受益人员生活水”对应实施期“受益人员生活水平改善”。

**示例**：实施期“取暖费发放达标率”，年度“取暖费发放达标”。`,
  *check({ doc }) {
    for (const f of projectForms(doc)) {
      const by = (p: Indicator['period']) => f.indicators.filter((i) => i.period === p && normalizeName(i.name).length >= 2);
      const periods = [by('实施期'), by('年度')] as const;
      if (!periods[0].length || !periods[1].length) continue;
      for (const [a, b] of [[0, 1], [1, 0]] as const) {
        const names = new Set(periods[a].map((i) => normalizeName(i.name)));
        const others = new Set(periods[b].map((i) => normalizeName(i.name)));
        const seen = new Set<string>();
        for (const short of periods[a]) {
          const s = normalizeName(short.name);
          if (others.has(s) || seen.has(s)) continue;
          const long = periods[b].find((l) => {
            const n = normalizeName(l.name);
            return n.length > s.length && n.startsWith(s) && !names.has(n);
          });
          if (!long) continue;
          seen.add(s);
          yield {
            params: { project: formName(f), short: short.period, name: short.name, long: long.period, full: long.name },
            locations: [indicatorLoc(f, short), indicatorLoc(f, long)],
            expected: long.name,
            actual: short.name,
            suggestion: `核对原表，补全“${short.name}”的名称，使两期指标名称一致`,
          };
        }
      }
    }
  },
});
