import type { Row } from '../../model/document.js';
import { parentOfCode } from '../../reference/index.js';
import { rowLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { hierarchyTables, LEVEL_OF_LENGTH } from './functional-rows.js';

/** Share of the rows of a level whose parent is listed, from which a missing parent is an omission. */
const USUAL = 0.8;

export default defineRule({
  id: 'class-code-parent',
  severity: 'error',
  category: 'classification',
  title: '科目缺少上级科目或层级顺序错误',
  message: '“{table}”中{level}级科目“{row}”{problem}',
  description: `带编码的报表中，支出功能分类科目按“类—款—项”逐级列示时，每个款级科目（5 位编码）的类级科目（前 3 位）、
每个项级科目（7 位）的款级科目（前 5 位）都应出现在表中，并且下级科目应排在其上级科目之下。

只有当表本身按层级逐级列示（其余同级科目的上级都列出了）而个别科目缺了上级时才报告：只列项级、只列类和项、
分单位重复列示等版式是文件的选择，不是错误。

- 上级科目行缺失：该上级科目的合计无从核对；
- 上级科目存在但该行排在另一个科目之下（各科目只出现一次的表中）：层级关系被读错。

示例：表中各项级科目都列出了所属的款，唯独“2012901 行政运行”没有“20129 群众团体事务”这一行。`,
  *check({ doc }) {
    for (const { table, rows } of hierarchyTables(doc.tables)) {
      const codes = new Set(rows.map((r) => r.code!));
      const unique = codes.size === rows.length;
      for (const len of [5, 7]) {
        const level = rows.filter((r) => r.code!.length === len);
        const listed = level.filter((r) => codes.has(parentOfCode(r.code!)!));
        if (!level.length || listed.length < USUAL * level.length) continue;
        for (const row of level) {
          const parent = parentOfCode(row.code!)!;
          if (codes.has(parent)) {
            if (unique && misplaced(table.rows, row, parent)) yield orderFinding(table.title, row, parent, table.rows);
            continue;
          }
          yield {
            params: { table: table.title, level: LEVEL_OF_LENGTH[len], row: `${row.code} ${row.name}`, problem: `的上级科目${parent}不在表中` },
            locations: [rowLoc(table, row)],
            expected: `${parent}（${LEVEL_OF_LENGTH[parent.length]}级）`,
            actual: '缺失',
            suggestion: `表中其余${LEVEL_OF_LENGTH[len]}级科目都列出了上级科目；在该行之前补列上级科目${parent}及其金额`,
          };
        }
      }
    }
  },
});

/** The row's place in the read tree is not under its own parent code (it sits under another 款 or 类). */
function misplaced(all: Row[], row: Row, parent: string): boolean {
  let p = row.parent;
  while (p !== undefined) {
    if (all[p].code === parent) return false;
    p = all[p].parent;
  }
  return true;
}

function orderFinding(title: string, row: Row, parent: string, all: Row[]) {
  // The line of the parent's level printed last above this one: where a reader sees it standing.
  const under = all.slice(0, row.index).reverse().find((r) => r.side === row.side && r.code?.length === parent.length)?.code;
  return {
    params: { table: title, level: LEVEL_OF_LENGTH[row.code!.length], row: `${row.code} ${row.name}`, problem: `没有排在其上级科目${parent}之下` },
    locations: [rowLoc({ title, id: '' } as never, row)],
    expected: `排在${parent}之下`,
    actual: under ? `排在${under}之下` : '排在上级科目之前',
    suggestion: `把该行移到“${parent}”的下级科目中`,
  };
}
