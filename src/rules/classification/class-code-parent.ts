import { parentOfCode } from '../../reference/index.js';
import { rowLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { hierarchyTables, LEVEL_OF_LENGTH } from './functional-rows.js';

export default defineRule({
  id: 'class-code-parent',
  severity: 'error',
  category: 'classification',
  title: '科目缺少上级科目或层级顺序错误',
  message: '“{table}”中{level}级科目“{row}”{problem}',
  description: `带编码的报表中，支出功能分类科目按“类—款—项”逐级列示：每个款级科目（5 位编码）的类级科目（前 3 位）、
每个项级科目（7 位）的款级科目（前 5 位）都必须出现在同一张表中，并且下级科目应紧跟在其上级科目之后、
位于上级科目的范围之内。

- 上级科目行缺失：表中的类/款合计无从核对；
- 上级科目存在但顺序错乱（例如项级科目排在另一个款的下面）：层级关系被读错。

示例：表中有“2012901 行政运行”，却没有“20129 群众团体事务”这一行。`,
  *check({ doc }) {
    for (const { table, rows } of hierarchyTables(doc.tables)) {
      const codes = new Set(rows.map((r) => r.code!));
      // The last 类 (3 digits) and 款 (5 digits) row seen: the enclosing row a 款 / 项 is printed under.
      const last: Record<number, string | undefined> = {};
      for (const [i, row] of rows.entries()) {
        const code = row.code!;
        const parent = parentOfCode(code);
        const level = LEVEL_OF_LENGTH[code.length];
        const under = parent ? last[parent.length] : undefined;
        last[code.length] = code;
        if (code.length === 3) last[5] = undefined;
        if (!parent || under === parent) continue;
        if (!codes.has(parent)) {
          yield {
            params: { table: table.title, level, row: `${code} ${row.name}`, problem: `的上级科目${parent}不在表中` },
            locations: [rowLoc(table, row)],
            expected: `${parent}（${LEVEL_OF_LENGTH[parent.length]}级）`,
            actual: '缺失',
            suggestion: `在该行之前补列上级科目${parent}及其金额`,
          };
        } else {
          yield {
            params: { table: table.title, level, row: `${code} ${row.name}`, problem: `没有排在其上级科目${parent}之下` },
            locations: [rowLoc(table, row)],
            expected: `排在${parent}之下`,
            actual: rows.findIndex((r) => r.code === parent) > i || !under ? '排在上级科目之前' : `排在${under}之下`,
            suggestion: `把该行移到“${parent}”的下级科目中`,
          };
        }
      }
    }
  },
});
