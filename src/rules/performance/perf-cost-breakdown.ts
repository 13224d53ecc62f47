import { abs, halfQuantum, money } from '../../money/index.js';
import { within } from '../../money/tolerance.js';
import { formLoc } from '../engine/locate.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { formAmount, formName, formTargets, projectForms } from './common.js';
import { costAmounts, fieldLoc, textFields, type TextAmount } from './form-text.js';

interface Entry {
  fen: bigint;
  tol: bigint;
  approx: boolean;
  parts: TextAmount[];
}

const entry = (a: TextAmount): Entry => ({ fen: a.value.fen, tol: halfQuantum(a.value), approx: a.approx, parts: [a] });
const sumOf = (es: Entry[]) => es.reduce((s, e) => s + e.fen, 0n);

/** Rounding of every figure, widened to 10% of the target when a figure is only "约" (approximate). */
function tolerance(es: Entry[], target: { fen: bigint; tol: bigint }): bigint {
  const t = es.reduce((s, e) => s + e.tol, target.tol);
  return es.some((e) => e.approx) ? (abs(target.fen) / 10n > t ? abs(target.fen) / 10n : t) : t;
}

const show = (es: Entry[]) => es.map((e) => fmt(money(e.fen, '元', 0))).join(' + ');

export default defineRule({
  id: 'perf-cost-breakdown',
  severity: 'warning',
  category: 'performance',
  title: '绩效目标表文字中的费用明细与总额不符',
  message: '项目“{project}”：{detail}',
  description: `项目支出绩效目标表的项目概况、实施计划等文字常逐项列出费用（“总费用约50000元”“相关费用14320元”“共需资金1735680元”）
并给出总计（“全年总计175万元”“费用总计23008元”）。本规则检查：

- 两项及以上的费用明细之和应等于其后所述的总计（或其前“……其中：”引出的总额）；
- 所述总计应等于绩效目标表的年度资金总额（或实施期资金总额）；
- 没有总计时，两项及以上的费用明细之和应等于年度资金总额（或实施期资金总额），差额即文字未说明用途的资金。

总计不会被重复计为明细；每人每月标准、“632元/月”之类的单价不计入明细（由 perf-quantity-standard 核对）。
明细为“约”数时容差放宽到总额的 10%。

**示例**：某项目概况列出竞赛费用约50000元、送清凉约30000元、助学约20000元，合计 100,000元，而年度资金总额为 366,992元——
有 266,992元 的用途没有说明。`,
  *check({ doc }) {
    for (const f of projectForms(doc)) {
      const amount = formAmount(f);
      let vsForm: FindingDraft | undefined;
      for (const { field, text } of textFields(f)) {
        const seen = new Set<string>();
        const list = costAmounts(text).filter((a) => !seen.has(a.text) && seen.add(a.text));
        const where = (parts: TextAmount[]) => fieldLoc(f, field, parts.map((p) => p.text).join('；'));
        const mismatch = (items: Entry[], total: TextAmount): FindingDraft => {
          const sum = sumOf(items);
          return {
            params: { project: formName(f), detail: `${field}所列 ${items.length} 项费用合计 ${fmt(money(sum, '元', 0))}，与所述“${total.text}”不符` },
            locations: [where([...items.flatMap((e) => e.parts), total])],
            expected: fmt(total.value),
            actual: `${show(items)} = ${fmt(money(sum, '元', 0))}`,
            difference: fmtDiff(sum, total.value.fen, '元'),
            suggestion: '核对各项费用与总计，补充遗漏的费用项目或更正金额',
          };
        };
        let pending: Entry[] = [];
        for (let i = 0; i < list.length; i++) {
          const a = list[i];
          if (a.header) {
            const items: Entry[] = [];
            for (let j = i + 1; j < list.length && !list[j].total && !list[j].header && !/。/.test(text.slice(a.end, list[j].index)); j++, i++) items.push(entry(list[j]));
            const t = entry(a);
            if (items.length >= 2 && !within(sumOf(items), a.value.fen, tolerance(items, t))) yield mismatch(items, a);
            pending.push(t);
            continue;
          }
          if (!a.total) {
            pending.push(entry(a));
            continue;
          }
          const t = entry(a);
          let k = pending.length;
          for (; k >= 1; k--) if (within(sumOf(pending.slice(-k)), a.value.fen, tolerance(pending.slice(-k), t))) break;
          if (k === 0 && pending.length >= 2) yield mismatch(pending, a);
          pending = k === 0 ? [t] : [...pending.slice(0, pending.length - k), t];
        }
        if (!amount || vsForm) continue;
        const stated = pending.length === 1 && pending[0].parts.length === 1 && pending[0].parts[0].total;
        if (!stated && pending.length < 2) continue;
        // A multi-year text may total to the implementation-period amount rather than the annual one.
        if (formTargets(f).some((m) => within(sumOf(pending), m.fen, tolerance(pending, { fen: m.fen, tol: halfQuantum(m) })))) continue;
        const sum = sumOf(pending);
        const parts = pending.flatMap((e) => e.parts);
        vsForm = {
          params: {
            project: formName(f),
            detail: stated
              ? `${field}所述“${parts[0].text}”与${amount.field} ${fmt(amount.value)} 不符`
              : `${field}所列 ${pending.length} 项费用合计 ${fmt(money(sum, '元', 0))}，与${amount.field} ${fmt(amount.value)} 不符`,
          },
          locations: [where(parts), formLoc(f, amount.field, fmt(amount.value))],
          expected: fmt(amount.value),
          actual: stated ? fmt(parts[0].value) : `${show(pending)} = ${fmt(money(sum, '元', 0))}`,
          difference: fmtDiff(sum, amount.value.fen, '元'),
          suggestion: sum < amount.value.fen ? `说明其余 ${fmt(money(amount.value.fen - sum, '元', 0))} 的用途，或核减资金总额` : '核对费用明细与资金总额，二者应一致',
        };
        yield vsForm;
      }
    }
  },
});
