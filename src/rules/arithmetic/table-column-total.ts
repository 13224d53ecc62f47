import { columnSums, squash, TOTAL_LABEL } from '../../model/columns.js';
import type { Table } from '../../model/document.js';
import type { TableKind } from '../../profiles/table-kinds.js';
import { money } from '../../money/index.js';
import { sumTolerance } from '../../money/tolerance.js';
import { coverCells } from '../engine/coverage.js';
import { cellLoc, rowPhrase } from '../engine/locate.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { defineRule } from '../engine/types.js';
import { agreement } from './sum-check.js';

/** Tables of one fund's appropriations by function: every yuan of them is 基本支出 or 项目支出. */
const FUND_SPENDING = new Set<TableKind>(['gpb-expense', 'gov-fund-expense', 'soe-capital', 'fiscal-expense']);

/**
 * 基本支出 and 项目支出 printed as 其中 columns of the total (合计 | 其中：基本支出 | 项目支出) still split it whole in a
 * table of appropriations: other kinds of spending (经营支出, 上缴上级) are not paid from appropriations.
 */
function basicProjectSums(t: Table): { total: string; parts: string[] }[] {
  if (!FUND_SPENDING.has(t.kind)) return [];
  const of = (label: string) => t.columns.filter((c) => c.role === 'of' && c.of && squash(c.label).replace(/^其中[:：]?/, '') === label);
  return of('基本支出').flatMap((b) => of('项目支出').filter((p) => p.of === b.of).map((p) => ({ total: b.of!, parts: [b.key, p.key] })));
}

/**
 * An earlier year's block and the change block (2021年 | 2022年 | 增减变化情况, each 合计 | 小计 … | 会议费) repeat this
 * year's header tree: their 合计 and 小计 columns add up the same way within the block.
 */
function periodSums(t: Table): { total: string; parts: string[] }[] {
  // An earlier year's block is summed by columnSums itself; the change block here.
  return (['change'] as const).flatMap((role) => {
    const block = t.columns.filter((c) => c.type === 'amount' && c.role === role);
    return columnSums(block.map((c) => ({ ...c, role: TOTAL_LABEL.test(squash(c.label)) ? 'total' : 'part' })));
  });
}

export default defineRule({
  id: 'table-column-total',
  severity: 'error',
  category: 'arithmetic',
  title: '合计列不等于各分列之和',
  message: '“{table}”{row}：{total}列应等于{parts}之和',
  description: `表头中标为“合计”“小计”“总计”的列，应等于同一表头分组下其余各金额列之和，例如支出总表的“合计 = 基本支出 + 项目支出”、
基本支出经济分类表的“合计 = 人员经费 + 公用经费”、收入总表的“本年收入合计 = 一般公共预算 + 政府性基金 + …”。
分组有自己的“小计”时按小计计入（“公务用车购置及运行费/小计”只是该组的合计）。“其中”列和文字列
（序号、备注、采购方式等）不参与计算；唯一的例外是一般公共预算、政府性基金、国有资本经营预算拨款支出表中印作
“其中：基本支出、项目支出”的两列：财政拨款支出只分基本支出和项目支出两类，两列之和仍应等于合计。
上年数列只在上年数的分组内相加（“2025年预算数/合计 = 其下各项”），增减数成组重复本年的表头时（2021年 | 2022年 | 增减变化情况）同样只在组内相加。
合计写在上层、下层再按资金来源或预算数/决算数分列的交叉表头（“总计/一般公共预算”“因公出国（境）费/一般公共预算”…），
按同一下层列相加：总计/一般公共预算 = 各项目/一般公共预算之和。“三公”经费合计（“三公”经费财政拨款预算总额）只等于因公出国（境）费、公务接待费、公务用车购置及运行费之和，
同表并列的会议费、培训费、机关运行经费不计入。“本年预算”列与其后的“编制预算”“上年结转”列并列时，本年预算 = 编制预算 + 上年结转。

容差为各加数末位半个单位之和（n 个四舍五入的数相加，最多相差 n × 0.005）：超出为错误，在容差之内但不相等为“尾差”警告。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      for (const { total, parts } of [...columnSums(t.columns), ...basicProjectSums(t), ...periodSums(t)]) {
        for (const row of t.rows) {
          if (!(total in row.cells)) continue;
          const cells = parts.filter((p) => p in row.cells);
          if (!cells.length) continue;
          if (!cells.some((p) => row.cells[p].value) && !row.cells[total].value) continue;
          coverCells(row.cells[total], ...cells.map((p) => row.cells[p]));
          const expected = cells.reduce((s, p) => s + figures.value(t, row, p).fen, 0n);
          const actual = figures.value(t, row, total).fen;
          const tol = sumTolerance(cells.map((p) => row.cells[p].value ?? { unit: t.unit, decimals: 2 }));
          const agree = agreement(actual, expected, tol);
          if (agree === 'exact') continue;
          const labels = cells.map((p) => t.columns.find((c) => c.key === p)?.path.join('/') ?? p);
          const totalCol = t.columns.find((c) => c.key === total);
          yield {
            params: { table: t.title, row: rowPhrase(row), total: totalCol?.path.join('/') ?? total, parts: labels.join('、') },
            locations: [cellLoc(t, row, total)],
            expected: fmt(money(expected, t.unit)),
            actual: fmt(money(actual, t.unit)),
            difference: fmtDiff(actual, expected, t.unit),
            suggestion: `核对该行各分列金额，或将合计改为 ${fmt(money(expected, t.unit))}`,
            ...(agree === 'rounding' ? { rounding: true } : {}),
          };
        }
      }
    }
  },
});
