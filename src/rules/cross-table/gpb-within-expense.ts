import { money } from '../../money/index.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { coverCells } from '../engine/coverage.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'gpb-within-expense',
  severity: 'error',
  category: 'cross-table',
  title: '一般公共预算支出超过部门支出',
  message: '科目“{row}”的一般公共预算{column}（{gpb}）大于支出总表同科目（{all}）',
  description: `一般公共预算支出是部门全部支出的一部分：同一功能科目、同一列（合计/基本支出/项目支出），一般公共预算支出表的金额
不能大于支出总表的金额。`,
  *check({ figures }) {
    const gpb = figures.table('gpb-expense');
    const exp = figures.table('expense-summary');
    if (!gpb || !exp) return;
    const codes = [...new Set(gpb.rows.filter((r) => r.code && r.role === 'data').map((r) => r.code!))];
    const pairs = [
      ...codes.map((code) => ({ name: code, a: (k: string) => figures.codeFigure(gpb, code, k), b: (k: string) => figures.codeFigure(exp, code, k) })),
      { name: '合计', a: (k: string) => figures.figure(gpb, gpb.rows.find((r) => r.role === 'total'), k, '合计'), b: (k: string) => figures.figure(exp, exp.rows.find((r) => r.role === 'total'), k, '合计') },
    ];
    for (const p of pairs) {
      for (const key of ['total', 'basic', 'project']) {
        const fa = p.a(key);
        const fb = p.b(key);
        if (!fa || !fb) continue;
        coverCells(...(fa.cells ?? []), ...(fb.cells ?? []));
        const a = fa.value.fen;
        const b = fb.value.fen;
        if (a <= b + (fa.tolerance ?? 0n) + (fb.tolerance ?? 0n)) continue;
        const label = gpb.columns.find((c) => c.key === key)?.label ?? key;
        yield {
          params: { row: p.name === '合计' ? '合计' : `${p.name} ${fa.label.split(' ').pop()}`, column: label, gpb: fmt(money(a, gpb.unit)), all: fmt(money(b, exp.unit)) },
          locations: [fa.location, fb.location],
          expected: `≤ ${fmt(money(b, exp.unit))}`,
          actual: fmt(money(a, gpb.unit)),
          difference: fmtDiff(a, b, gpb.unit),
        };
      }
    }
  },
});
