import type { FormFunds } from '../../model/performance.js';
import { halfQuantum, type Money } from '../../money/index.js';
import { sumTolerance, within } from '../../money/tolerance.js';
import { formLoc } from '../engine/locate.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { defineRule } from '../engine/types.js';
import { formAmount, formName, projectForms } from './common.js';

const SOURCES: [keyof FormFunds, string][] = [
  ['central', '中央财政资金'],
  ['provincial', '省级财政资金'],
  ['local', '市县财政资金'],
  ['self', '单位自筹'],
  ['other', '其他资金'],
];

export default defineRule({
  id: 'perf-funds-sum',
  severity: 'error',
  category: 'performance',
  title: '绩效目标表资金来源合计不符',
  message: '项目“{project}”：{detail}',
  description: `项目支出绩效目标表的“项目资金”栏中，资金总额应等于各来源之和：
年度资金总额 = 中央财政资金 + 省级财政资金 + 市县财政资金 + 单位自筹 + 其他资金（只填了部分来源时按已填的来源计算）；
并且年度资金总额不应大于实施期资金总额。容差为各数末位半个单位之和。

**示例**：年度资金总额 60,000元，其中市县财政资金 50,000元、其他来源均为 0——来源合计少 10,000元。`,
  *check({ doc }) {
    for (const f of projectForms(doc)) {
      const amount = formAmount(f);
      if (!amount) continue;
      const given = SOURCES.filter(([k]) => f.funds[k]).map(([k, label]) => ({ label, value: f.funds[k] as Money }));
      if (given.length) {
        const sum = given.reduce((s, g) => s + g.value.fen, 0n);
        const tol = sumTolerance(given.map((g) => g.value), amount.value);
        if (!within(sum, amount.value.fen, tol)) {
          const parts = given.map((g) => `${g.label} ${fmt(g.value)}`).join(' + ');
          yield {
            params: { project: formName(f), detail: `${amount.field} ${fmt(amount.value)} 不等于各资金来源之和 ${fmt({ ...amount.value, fen: sum })}` },
            locations: [formLoc(f, amount.field, fmt(amount.value))],
            expected: `${parts} = ${fmt({ ...amount.value, fen: sum })}`,
            actual: fmt(amount.value),
            difference: fmtDiff(amount.value.fen, sum, amount.value.unit),
            suggestion: '核对各资金来源的金额，使其合计等于资金总额',
          };
        }
      }
      const { total, annual } = f.funds;
      if (total && annual && annual.fen > total.fen + halfQuantum(total) + halfQuantum(annual)) {
        yield {
          params: { project: formName(f), detail: `年度资金总额 ${fmt(annual)} 大于实施期资金总额 ${fmt(total)}` },
          locations: [formLoc(f, '年度资金总额', fmt(annual))],
          expected: `≤ ${fmt(total)}`,
          actual: fmt(annual),
          difference: fmtDiff(annual.fen, total.fen, annual.unit),
          suggestion: '年度资金是实施期资金的一部分，核对两栏金额是否填反或填错',
        };
      }
    }
  },
});
