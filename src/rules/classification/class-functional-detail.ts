import type { TableKind } from '../../profiles/table-kinds.js';
import { rowLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { hierarchyTables, LEVEL_OF_LENGTH } from './functional-rows.js';

/** Tables that break spending down by functional subject: these must list it to the 项 level. */
const DETAIL_KINDS: TableKind[] = ['expense-summary', 'gpb-expense', 'gov-fund-expense', 'soe-capital'];

export default defineRule({
  id: 'class-functional-detail',
  severity: 'warning',
  category: 'classification',
  title: '支出功能分类未细化到项级',
  message: '“{table}”中{level}级科目“{row}”下没有列出{child}级科目',
  description: `部门预算公开要求支出功能分类科目细化到**项级**：带编码的报表中，每个类级科目（3 位编码，如 201）下
应列出其款级科目（5 位，如 20129），每个款级科目下应列出其项级科目（7 位，如 2012901）。
只列到类或款，读者无法知道资金的具体用途。只检查按科目列示支出的表（支出总表、一般公共预算支出表、政府性基金和国有资本经营预算支出表），
类下直接列项（不列款）的版式视为已细化。

编码的层级由位数决定：201 → 20129 → 2012901。

示例：支出总表只有“201 一般公共服务支出”和“20129 群众团体事务”两行，没有 2012901 等项级科目。`,
  *check({ doc }) {
    for (const { table, rows } of hierarchyTables(doc.tables)) {
      // Summary tables (收支总表, 财政拨款收支总表, 收入总表) list classes by design; only the detail tables must reach 项.
      if (!DETAIL_KINDS.includes(table.kind)) continue;
      const codes = rows.map((r) => r.code!);
      for (const row of rows) {
        const code = row.code!;
        if (code.length === 7) continue;
        const childLen = code.length + 2;
        // A 类 with its 项 listed directly (a 类-and-项 layout) is detailed enough.
        if (codes.some((c) => c.length > code.length && c.startsWith(code))) continue;
        const level = LEVEL_OF_LENGTH[code.length];
        const child = LEVEL_OF_LENGTH[childLen];
        yield {
          params: { table: table.title, level, row: `${code} ${row.name}`, child },
          locations: [rowLoc(table, row)],
          expected: `${code}下的${child}级科目`,
          actual: `只列到${level}级`,
          suggestion: `在“${code} ${row.name}”下列出${child}级科目及金额`,
        };
      }
    }
  },
});
