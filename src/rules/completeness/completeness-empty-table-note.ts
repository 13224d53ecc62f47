import type { BudgetDocument, Row, Table } from '../../model/document.js';
import { cellLoc, tableLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';

/** Cells holding a non-zero amount. */
function amounts(t: Table): { row: Row; key: string }[] {
  const out: { row: Row; key: string }[] = [];
  for (const row of t.rows) for (const [key, cell] of Object.entries(row.cells)) if (cell.value && cell.value.fen !== 0n) out.push({ row, key });
  return out;
}

/** "此表如无数字则表示单位无该项支出": a standing note about what a blank would mean, not a statement that the table is empty. */
const CONDITIONAL = /如(无|没有|为空)|若(无|没有|为空)|如果(无|没有)|(无|没有)数(字|据)则/;

/** What an empty table of each kind is about, as a narrative names it. */
const SUBJECT_OF_KIND: Partial<Record<Table['kind'], string>> = {
  'gov-fund-expense': '政府性基金',
  'gov-fund-income': '政府性基金',
  'soe-capital': '国有资本经营',
  'three-public': '三公',
  'three-public-operating': '三公',
  'project-carryover': '结转',
};

/** The narrative says the table has nothing to show ("本单位无政府性基金预算支出、国有资本经营预算支出")… */
function saidEmpty(doc: BudgetDocument, t: Table): boolean {
  const subject = SUBJECT_OF_KIND[t.kind];
  if (!subject) return false;
  const text = doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n').replace(/\s+/g, '');
  // …or gives it as nothing: "政府性基金预算拨款收入 0 万元" (Beijing).
  return new RegExp(`(无|没有|未安排|不涉及)[^。；\\n]{0,30}${subject}|${subject}[^。；\\n]{0,20}(为0|为零|无|没有|未安排|不涉及)|${subject}[^。；\\n\\d]{0,20}0(\\.0+)?万?元`).test(text);
}

export default defineRule({
  id: 'completeness-empty-table-note',
  severity: 'warning',
  category: 'completeness',
  title: '空表未注明或注明“无数据”的表有数据',
  message: '“{table}”{problem}',
  description: `没有数据的报表也必须公开，并在表下注明“本表无数据”（或“本部门无……预算”等说明），让读者知道不是漏填。

- 表中没有任何非零金额、也没有“无数据”一类的表注，说明中也没有写明“本单位无政府性基金预算”之类（或“政府性基金预算拨款收入 0 万元”）：警告；
- 表注说“本表无数据”，表中却有金额：错误（表注与表内数据矛盾，至少有一处不对）。

示例：“政府性基金预算支出表”只有表头和空的合计行，表下没有“注：本表无数据”。`,
  *check({ doc }) {
    for (const t of doc.tables) {
      // A bare title line (no header, no rows) is not a printed table: nothing to say about its note.
      if (!t.header.length && !t.rows.length) continue;
      const filled = amounts(t);
      if (!filled.length && !t.emptyNote && !saidEmpty(doc, t)) {
        yield {
          params: { table: t.title, problem: '没有数据，但未注明“本表无数据”' },
          locations: [tableLoc(t)],
          suggestion: '在表下注明“注：本表无数据”（或说明无数据的原因）',
        };
      } else if (filled.length && t.emptyNote && !CONDITIONAL.test(t.emptyNote)) {
        yield {
          severity: 'error',
          params: { table: t.title, problem: `注明“${t.emptyNote.replace(/^注[:：]\s*/, '')}”，但表中有${filled.length}个非零金额` },
          locations: [tableLoc(t), ...filled.slice(0, 3).map((f) => cellLoc(t, f.row, f.key))],
          actual: t.emptyNote,
          suggestion: '核对表内数据：有数据则删除“本表无数据”的表注，无数据则清除表中金额',
        };
      }
    }
  },
});
