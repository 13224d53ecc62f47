import { defineRule } from '../engine/types.js';
import { mustEqual } from './compare.js';

export default defineRule({
  id: 'basic-economic-vs-gpb',
  severity: 'error',
  category: 'cross-table',
  title: '基本支出经济分类表与一般公共预算支出表的基本支出不一致',
  message: '{a}与{b}不一致',
  description: `一般公共预算基本支出经济分类表的“合计”，应等于一般公共预算支出表“合计”行的“基本支出”。`,
  *check({ figures }) {
    const eco = figures.table('gpb-basic-economic');
    const gpb = figures.table('gpb-expense');
    if (!eco || !gpb) return;
    const total = eco.rows.find((r) => r.role === 'total');
    const gTotal = gpb.rows.find((r) => r.role === 'total');
    yield* mustEqual(figures.figure(gpb, gTotal, 'basic', '一般公共预算支出表 基本支出'), figures.figure(eco, total, 'total', '基本支出经济分类表 合计'));
  },
});
