import { defineRule } from '../engine/types.js';
import { checkRowSum, listedAfterTotal } from './sum-check.js';

export default defineRule({
  id: 'balance-total',
  severity: 'error',
  category: 'arithmetic',
  title: '总计不等于本年合计加结转',
  message: '“{table}”的“{row}”{column}不等于{what}',
  description: `收支总表、财政拨款收支总表中：收入总计 = 本年收入合计 + 上年结转；支出总计 = 本年支出合计 + 年终结转；
列在本年合计与总计之间的各行（如上级补助收入、附属单位上缴收入、上缴上级支出）也计入总计；
上年结转下分列“一般公共预算”“政府性基金预算”等来源时，上年结转应等于各来源之和。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      for (const side of [...new Set(t.rows.map((r) => r.side))]) {
        const rows = t.rows.filter((r) => r.side === side);
        const grand = rows.find((r) => r.role === 'grand-total');
        const total = rows.find((r) => r.role === 'total');
        const carry = rows.filter((r) => r.role === 'carryover');
        if (grand && total) {
          // Income the template lists after 本年收入合计 (上级补助收入 in Shandong's) adds into 收入总计.
          const between = listedAfterTotal(rows, total);
          const what = between.length ? `${[total, ...between].map((r) => r.name).join('、')}与结转之和` : `${total.name}与结转之和`;
          yield* checkRowSum(figures, t, grand, [total, ...between, ...carry], what);
        }
        for (const c of carry) {
          const items = rows.filter((r) => r.role === 'carryover-item' && (r.parent === undefined ? rows.indexOf(r) > rows.indexOf(c) : t.rows[r.parent] === c));
          if (items.length) yield* checkRowSum(figures, t, c, items, '其下各来源之和');
        }
      }
    }
  },
});
