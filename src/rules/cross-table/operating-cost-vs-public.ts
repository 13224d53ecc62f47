import { fmt, fmtDiff } from '../engine/format.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'operating-cost-vs-public',
  severity: 'error',
  category: 'cross-table',
  title: '机关运行经费超过基本支出中的公用经费',
  message: '{a}（{op}）大于{b}（{pub}）',
  description: `机关运行经费是行政单位（和参公事业单位）一般公共预算基本支出中的公用经费，不能超过基本支出经济分类表的“公用经费”合计。`,
  *check({ figures }) {
    const op = figures.concept('operating.total');
    const pub = figures.concept('gpb.public');
    if (!op || !pub || op.value.fen <= pub.value.fen) return;
    yield {
      params: { a: op.label, b: pub.label, op: fmt(op.value), pub: fmt(pub.value) },
      locations: [op.location, pub.location],
      expected: `≤ ${fmt(pub.value)}`,
      actual: fmt(op.value),
      difference: fmtDiff(op.value.fen, pub.value.fen, op.value.unit),
      suggestion: '核对机关运行经费表是否误含人员经费或事业单位公用经费',
    };
  },
});
