import { normalizeName } from '../../model/names.js';
import type { Figure, Figures } from '../engine/figures.js';
import type { Table } from '../../model/document.js';
import { defineRule } from '../engine/types.js';
import { mustEqual } from './compare.js';

/**
 * A functional class is named "…支出" (一般公共服务支出); headings (一、部门预算), 结余分配 and kinds of spending
 * (基本支出, 项目支出, 上缴上级支出) are other lines of the summary.
 */
const CLASS_NAME = /^(?!(本年|基本|项目|事业单位经营|上缴上级|对附属单位补助|对下级单位补助)支出$).{2,20}支出$/;

export default defineRule({
  id: 'summary-vs-expense',
  severity: 'error',
  category: 'cross-table',
  title: '收支总表与支出总表不一致',
  message: '{a}与{b}不一致',
  description: `收支总表右侧的本年支出合计应等于支出总表“合计”，各功能分类“类”级支出应等于支出总表中同名“类”级科目的合计
（支出总表分单位列示时，为各单位同名“类”之和）。收支总表按支出类型（基本支出、项目支出）列示的不比对科目。
收支总表的某类在支出总表中找不到同名科目、但有一个金额相同的类（常见于沿用旧称，如“医疗卫生与计划生育支出”对
“卫生健康支出”）时，报告名称不一致（警告），并指出支出总表中的名称。`,
  *check({ figures }) {
    const ies = figures.table('income-expense-summary');
    const exp = figures.table('expense-summary');
    if (!ies || !exp) return;
    const expTotal = exp.rows.find((r) => r.role === 'total');
    const iesTotal = ies.rows.find((r) => r.side === 'expense' && r.role === 'total');
    yield* mustEqual(figures.figure(ies, iesTotal, 'expense.total', '收支总表 本年支出合计'), figures.figure(exp, expTotal, 'total', '支出总表 合计'));
    const classes = new Set(figures.classLines(exp).map((c) => normalizeName(c.name)));
    const summaryNames = new Set(figures.classLines(ies, 'expense').map((c) => normalizeName(c.name)));
    for (const r of figures.classLines(ies, 'expense')) {
      const a = figures.figure(ies, r, 'expense.total', `收支总表 ${r.name}`);
      if (classes.has(normalizeName(r.name))) yield* mustEqual(a, figures.classFigure(exp, r.name, 'total'));
      else if (a && a.value.fen !== 0n && classes.size && exp.structure !== 'unknown' && CLASS_NAME.test(normalizeName(r.name))) {
        const twin = sameAmountUnder(figures, exp, a, summaryNames);
        if (twin)
          yield {
            // The figures agree; only the name differs (often a former name): a wording fault, not a wrong sum.
            severity: 'warning',
            params: { a: `收支总表“${r.name}”`, b: `支出总表“${twin.name}”（金额相同）` },
            locations: [a.location, twin.location],
            expected: `与支出总表同一科目名称一致（“${twin.name}”）`,
            actual: `收支总表写作“${r.name}”`,
            suggestion: '按现行功能分类科目名称统一两表的类级科目名称',
          };
        else yield {
          params: { a: a.label, b: '支出总表' },
          locations: [a.location],
          expected: '支出总表中有同名类级科目',
          actual: '支出总表中没有该类',
          suggestion: '核对科目名称或补列支出总表',
        };
      }
    }
  },
});

/**
 * The 支出总表 class, absent from the summary under its own name, that carries the same amount: the same line
 * printed under another (often an outdated) name.
 */
function sameAmountUnder(figures: Figures, exp: Table, a: Figure, summaryNames: Set<string>) {
  for (const line of figures.classLines(exp)) {
    if (summaryNames.has(normalizeName(line.name))) continue;
    const f = figures.classFigure(exp, line.name, 'total');
    if (f && f.value.fen === a.value.fen) return { name: line.name, location: f.location };
  }
  return undefined;
}
