import type { Row, Table } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import { abs, halfQuantum, money, parseAmount } from '../../money/index.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { cellLoc, sectionTitle } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';

/** Find a row by its 类 › 款 › 项 names in a coded table (each level the child of the one before). */
function rowByPath(t: Table, names: string[]): Row | undefined {
  let parent: Row | undefined;
  for (const name of names) {
    const n = normalizeName(name);
    const candidates = t.rows.filter((r) => r.code && normalizeName(r.name) === n && (!parent || (r.code.startsWith(parent.code!) && r.code.length === parent.code!.length + 2)));
    if (candidates.length !== 1) return undefined;
    parent = candidates[0];
  }
  return parent;
}

const PATH = /([^\s，。；、：:（()）]{1,40})[（(]类[)）]([^\s，。；、：:（()）]{1,40})[（(]款[)）]([^\s，。；、：:（()）]{1,40})[（(]项[)）]/g;
const SPENT = /支出决算(?:数)?为?(\d[\d,]{0,30}(?:\.\d{1,12})?)\s*(万元|元)/;
const BUDGET_ITEM = /[“"]([^”"]{1,40})[”"]科目(\d[\d,]{0,30}(?:\.\d{1,12})?)\s*(万元|元)/g;

export default defineRule({
  id: 'narrative-item-figures',
  severity: 'error',
  category: 'narrative',
  title: '说明中分科目的金额与报表不符',
  message: '说明中“{item}”{what}为{stated}，报表为{table}',
  description: `情况说明逐项说明支出时，每个科目的金额应与一般公共预算支出表中同一科目一致：
决算写作“一般公共服务支出（类）财政事务（款）行政运行（项）……支出决算为1511.89万元”，按类、款、项名称找到该行核对“合计”；
预算写作“‘行政运行’科目306.42万元，主要用于……”，按名称找到唯一的一行核对。名称对应不到唯一一行时不检查。`,
  *check({ doc, figures }) {
    const gpb = figures.table('gpb-expense');
    if (!gpb) return;
    for (const section of doc.sections) {
      const text = section.paragraphs.map((p) => p.text).join('');
      const first = section.paragraphs[0];
      if (!first) continue;
      const checks: { item: string; row: Row | undefined; raw: string; unit: string; what: string }[] = [];
      const paths = [...text.matchAll(PATH)];
      paths.forEach((m, i) => {
        const tail = text.slice(m.index! + m[0].length, paths[i + 1]?.index ?? text.length);
        const spent = SPENT.exec(tail);
        if (spent) checks.push({ item: `${m[1]}（类）${m[2]}（款）${m[3]}（项）`, row: rowByPath(gpb, [m[1], m[2], m[3]]), raw: spent[1], unit: spent[2], what: '支出决算' });
      });
      for (const m of text.matchAll(BUDGET_ITEM)) {
        const matches = gpb.rows.filter((r) => r.code && normalizeName(r.name) === normalizeName(m[1]));
        checks.push({ item: m[1], row: matches.length === 1 ? matches[0] : undefined, raw: m[2], unit: m[3], what: '金额' });
      }
      for (const c of checks) {
        if (!c.row) continue;
        const p = parseAmount(c.raw + c.unit);
        if (p.kind !== 'amount') continue;
        const table = figures.value(gpb, c.row, 'total');
        const tol = halfQuantum(p.money) > halfQuantum(table) ? halfQuantum(p.money) : halfQuantum(table);
        if (abs(p.money.fen - table.fen) <= tol) continue;
        const unit = p.money.unit;
        yield {
          params: { item: c.item, what: c.what, stated: fmt(p.money), table: fmt(table, unit) },
          locations: [{ label: sectionTitle(section), sectionId: section.id, section: sectionTitle(section), file: first.source.file, line: first.source.line, page: first.source.page, excerpt: c.item }, cellLoc(gpb, c.row, 'total')],
          expected: fmt(money(table.fen, unit)),
          actual: fmt(p.money),
          difference: fmtDiff(p.money.fen, table.fen, unit),
          suggestion: '按报表更正说明，或更正报表',
        };
      }
    }
  },
});
