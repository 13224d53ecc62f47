import type { BudgetDocument } from '../../model/document.js';
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

文件自己的名词解释（或说明）对人员经费、公用经费的口径有规定时，以它为准：与之相符的（如把部分对个人和家庭的补助
计入日常公用经费的地区）不报告；与之相悖的报告为错误；文件未作规定的报告为警告。类级行与其款级行同样列错时，只报告款级行。

示例：“办公费”（商品和服务支出）的金额列在了“人员经费”栏。`,
  *check({ doc, ref }) {
    const said = ownDefinitions(doc);
    for (const t of economicTables(doc.tables)) {
      if (!t.columns.some((c) => c.key === 'personnel') || !t.columns.some((c) => c.key === 'public')) continue;
      const misplaced = economicRows(t, ref).flatMap((er) => {
        const code = classCode(er);
        const right = code ? COLUMN_OF_CLASS[code] : undefined;
        if (!right) return [];
        const wrong: 'personnel' | 'public' = right === 'personnel' ? 'public' : 'personnel';
        const cell = er.row.cells[wrong];
        return cell && fen(cell.value) !== 0n ? [{ er, right, wrong, cell, code: code! }] : [];
      });
      for (const { er, right, wrong, cell, code } of misplaced) {
        // A class line is reported through its detail lines when they show the same misplacement.
        if (er.level === '类' && misplaced.some((m) => m.er !== er && m.code === code)) continue;
        const klass = er.level === '类' ? er.row.name : (er.klass?.row.name ?? '');
        // The document's own 名词解释 decides: consistent with it, nothing to say; contradicting it, an error;
        // silent, a warning (regions differ: Zhejiang counts some 对个人和家庭的补助 as 日常公用支出).
        const own = said(wrong, [klass, er.row.name]);
        if (own === 'includes') continue;
        yield {
          severity: said(right, [klass, er.row.name]) === 'includes' ? 'error' : 'warning',
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

const WORD: Record<'personnel' | 'public', string> = { personnel: '人员(?:经费|支出)', public: '(?:日常)?公用(?:经费|支出)' };

/**
 * What the document itself says 人员经费 and 公用经费 are made of (名词解释, 说明): does the sentence defining
 * one of them name a class or item?
 */
function ownDefinitions(doc: BudgetDocument): (which: 'personnel' | 'public', names: string[]) => 'includes' | undefined {
  const text = [...doc.glossary.map((g) => `${g.term}：${g.definition}`), ...doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text))].join('\n');
  return (which, names) => {
    const defs = text.match(new RegExp(`${WORD[which]}[^。\\n]{0,24}(?:是指|指|包括|含|主要包括)[^。\\n]{0,200}`, 'g')) ?? [];
    // "公用经费指除工资福利支出和对个人和家庭的补助外的其他支出": what a definition excludes is not in it.
    return defs.map((d) => d.replace(/除[^。；]{0,80}?(以|之)?外/g, '')).some((d) => names.some((n) => n !== '' && d.includes(n.replace(/^其他/, '')))) ? 'includes' : undefined;
  };
}
