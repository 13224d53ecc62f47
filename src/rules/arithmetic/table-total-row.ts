import type { Row, Table } from '../../model/document.js';
import { coverCells } from '../engine/coverage.js';
import { defineRule } from '../engine/types.js';
import { checkRowSum, listedAfterTotal, nests, rowSumKeys } from './sum-check.js';

/**
 * The rows a table's 合计 row adds up: the top-level lines of its hierarchy (类 in coded tables, unit headings
 * in tables of unit blocks, the least indented or first-enumerated lines), never 其中/① lines, never the
 * sources listed under a 上年结转 line.
 */
export function topLevelRows(t: Table, side?: 'income' | 'expense'): Row[] {
  const top = t.rows.filter((r) => r.side === side && r.role === 'data' && !r.sub && r.parent === undefined);
  // A coded line without its parent among 类 lines (a misprinted code, reported by class-code-parent) is not a 类.
  const lengths = top.filter((r) => r.code).map((r) => r.code!.length);
  const shortest = lengths.reduce((m, n) => Math.min(m, n), Infinity);
  return top.filter((r) => !r.code || r.code.length === shortest);
}

/** Every amount column of the total is the plain sum of the lines. */
function addsUp(t: Table, total: Row, rows: Row[]): boolean {
  return rowSumKeys(t, total.side).every((k) => !(k in total.cells) || rows.reduce((s, r) => s + (r.cells[k]?.value?.fen ?? 0n), 0n) === (total.cells[k].value?.fen ?? 0n));
}

/** Every amount column of the total can be read as the lines grouped under headings. */
function explained(t: Table, total: Row, rows: Row[]): boolean {
  return rowSumKeys(t, total.side).every((k) => !(k in total.cells) || nests(rows.map((r) => r.cells[k]?.value?.fen ?? 0n), total.cells[k].value?.fen ?? 0n));
}

export default defineRule({
  id: 'table-total-row',
  severity: 'error',
  category: 'arithmetic',
  title: '合计行不等于各行之和',
  message: '“{table}”的“{row}”行{column}列不等于各{what}之和',
  description: `表中的“合计”（或“本年收入合计”“本年支出合计”“部门合计”）行，应等于各顶层行之和。层级按表中印出的依据识别：
科目编码（201 ⊃ 20101 ⊃ 2010101，可跳级）、名称的缩进、编号（一、（一）1.）；分单位列示的表以各单位行为顶层。
只列末级科目、深浅不一的表（北京：30201 办公费 与 3021101 差旅费 并列，未印 30211），没有上级的各行之和逐列恰好等于合计的，视为相符。
“①②”“其中”形式的明细行、上年结转下列出的各来源不重复计入。版式没有标出层级（无编码、缩进、编号）时，
把某行读作其后若干行的合计（在金额允许的地方）：只有任何分层读法都对不上时才报告。
（这种表按印出的各行直接相加相符时，各行计为已核对；只靠分层读法才对得上时不计。）项目支出表由“项目支出表合计”规则检查。
每个金额列都逐列核对，包括上年数（执行数）、“其中”列和增减额列（百分比列除外）。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      if (t.kind === 'project-expense' || t.kind === 'project-carryover' || t.structure === 'unknown') continue;
      for (const side of [...new Set(t.rows.map((r) => r.side))]) {
        const total = t.rows.find((r) => r.side === side && r.role === 'total');
        if (!total) continue;
        // A grand total printed after the 上年结转 line (收入合计 = 一、本年收入 + 二、上年结转) counts it too.
        const carried = /本年/.test(total.name) ? [] : t.rows.filter((r) => r.side === side && r.role === 'carryover' && r.parent === undefined && r.index < total.index);
        // Lines a summary lists after its closing 本年收入合计 (上级补助收入) add into the 总计, not into it.
        const outside = new Set(listedAfterTotal(t.rows.filter((r) => r.side === side), total));
        const top = [...topLevelRows(t, side).filter((r) => !outside.has(r)), ...carried];
        // Lines whose levels the layout does not mark may still be headings of the lines after them: only a total
        // that no grouping of the lines explains is reported.
        if (t.structure === 'flat' && explained(t, total, top)) {
          // Lines that add up as printed took part in the check; a grouping found only by trying does not cover them.
          if (addsUp(t, total, top)) coverCells(...rowSumKeys(t, side).flatMap((k) => [total, ...top].map((r) => r.cells[k])));
          continue;
        }
        // A list of leaves of two depths (Beijing: 30201 办公费 beside 3021101 差旅费, whose 30211 is not printed)
        // adds up its parentless lines of every depth: a reading that adds up exactly in every column is the one.
        const parentless = t.rows.filter((r) => r.side === side && r.role === 'data' && !r.sub && r.parent === undefined && !outside.has(r));
        if (parentless.length > top.length - carried.length && addsUp(t, total, [...parentless, ...carried])) {
          coverCells(...rowSumKeys(t, side).flatMap((k) => [total, ...parentless, ...carried].map((r) => r.cells[k])));
          continue;
        }
        yield* checkRowSum(figures, t, total, top, '顶层行');
      }
    }
  },
});
