import { cellLoc } from '../engine/locate.js';
import { fen, fmt } from '../engine/format.js';
import { defineRule } from '../engine/types.js';
import { classCode, economicRows, economicTables } from './economic-rows.js';

/** 人员经费 = 工资福利支出 (301) + 对个人和家庭的补助 (303); 公用经费 = 商品和服务支出 (302). */
const COLUMN_OF_CLASS: Record<string, 'personnel' | 'public'> = { '301': 'personnel', '303': 'personnel', '302': 'public' };
const NAMES = { personnel: '人员经费', public: '公用经费' };

export default defineRule({
  id: 'class-economic-personnel-public',
  severity: 'error',
  category: 'classification',
  title: '人员经费与公用经费列错栏',
  message: '“{table}”中“{row}”属于{right}，却在“{wrong}”栏列了金额',
  description: `基本支出分为人员经费和公用经费：

- **人员经费** = 工资福利支出（301）+ 对个人和家庭的补助（303）；
- **公用经费** = 商品和服务支出（302）等。

因此在基本支出经济分类表中，301、303 类及其款级科目的金额只能列在“人员经费”栏，302 类及其款级科目的金额只能列在
“公用经费”栏。列错栏会使人员经费、公用经费的合计和说明中的相关数字都出错。

示例：“办公费”（商品和服务支出）的金额列在了“人员经费”栏。`,
  *check({ doc, ref }) {
    for (const t of economicTables(doc.tables)) {
      if (!t.columns.some((c) => c.key === 'personnel') || !t.columns.some((c) => c.key === 'public')) continue;
      for (const er of economicRows(t, ref)) {
        const code = classCode(er);
        const right = code ? COLUMN_OF_CLASS[code] : undefined;
        if (!right) continue;
        const wrong = right === 'personnel' ? 'public' : 'personnel';
        const cell = er.row.cells[wrong];
        if (!cell || fen(cell.value) === 0n) continue;
        const klass = er.level === '类' ? er.row.name : (er.klass?.row.name ?? '');
        yield {
          params: { table: t.title, row: er.row.name, right: `${klass}（${NAMES[right]}）`, wrong: NAMES[wrong] },
          locations: [cellLoc(t, er.row, wrong), cellLoc(t, er.row, right)],
          expected: `${NAMES[wrong]} 0.00`,
          actual: `${NAMES[wrong]} ${fmt(cell.value!)}`,
          suggestion: `把该金额移到“${NAMES[right]}”栏`,
        };
      }
    }
  },
});
