import { normalizeName } from '../../model/names.js';
import { defineRule } from '../engine/types.js';
import { mustEqual } from './compare.js';

export default defineRule({
  id: 'fiscal-vs-gpb',
  severity: 'error',
  category: 'cross-table',
  title: '财政拨款收支总表与一般公共预算支出表不一致',
  message: '{a}与{b}不一致',
  description: `财政拨款收支总表右侧“一般公共预算”列的合计及各“类”级支出，应等于一般公共预算支出表的合计及同名“类”级科目。
一般公共预算支出表不含上年结转，所以有上年财政拨款结转时不作比对（此时两表口径不同）。`,
  *check({ figures }) {
    const fis = figures.table('fiscal-summary');
    const gpb = figures.table('gpb-expense');
    if (!fis || !gpb || !fis.columns.some((c) => c.key === 'expense.gpb')) return;
    // 一般公共预算支出表 excludes 上年结转 while the 财政拨款收支总表 spends it too: compare only without carryover.
    const carry = figures.concept('fiscal.carryover');
    if (carry && carry.value.fen !== 0n) return;
    const fTotal = fis.rows.find((r) => r.side === 'expense' && r.role === 'total');
    yield* mustEqual(figures.concept('gpb.total'), figures.figure(fis, fTotal, 'expense.gpb', '财政拨款收支总表 本年支出合计（一般公共预算）'));
    const classes = new Set(figures.classLines(gpb).map((c) => normalizeName(c.name)));
    for (const r of figures.classLines(fis, 'expense')) {
      if (classes.has(normalizeName(r.name))) yield* mustEqual(figures.classFigure(gpb, r.name, 'total'), figures.figure(fis, r, 'expense.gpb', `财政拨款收支总表 ${r.name}（一般公共预算）`));
    }
  },
});
