import { normalizeName } from '../../model/names.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { closest } from './names.js';

/** Which column of the basic-expenditure economic table a list subject enumerates. */
function columnOf(subject: string): 'personnel' | 'public' | undefined {
  if (/人员经费$|人员支出$/.test(subject)) return 'personnel';
  if (/公用经费$|公用支出$/.test(subject)) return 'public';
  return undefined;
}

export default defineRule({
  id: 'narrative-list-items',
  severity: 'error',
  category: 'narrative',
  title: '说明列举的项目与报表不符',
  message: '“{subject}主要包括”{problem}',
  description: `“人员经费……主要包括：基本工资、津贴补贴……”这类列举，应与基本支出经济分类表中该列（人员经费/公用经费）有金额的款级科目一致：
列举了报表中没有的科目是错误；未以“等”结尾而漏列报表中的科目是警告。名称比较忽略全角半角括号差异。`,
  *check({ figures }) {
    const eco = figures.table('gpb-basic-economic');
    if (!eco) return;
    for (const { claim, section } of figures.claims('list')) {
      const col = columnOf(claim.subject);
      if (!col) continue;
      // Tables without 人员经费/公用经费 columns (决算) split by class: 301/303 are personnel, 302/310 public.
      const byColumn = eco.columns.some((c) => c.key === col);
      const inColumn = (r: (typeof eco.rows)[number]) =>
        byColumn ? (r.cells[col]?.value?.fen ?? 0n) !== 0n : !!r.code && (col === 'personnel' ? /^30[13]/ : /^3(02|10)/).test(r.code) && (r.cells.total?.value?.fen ?? 0n) !== 0n;
      const rows = eco.rows.filter((r) => r.role === 'data' && r.level !== '类' && inColumn(r));
      const inTable = new Map(rows.map((r) => [normalizeName(r.name), r.name]));
      const listed = new Set(claim.items.map(normalizeName));
      const extra = claim.items.filter((i) => !inTable.has(normalizeName(i)));
      const missing = [...inTable.entries()].filter(([k]) => !listed.has(k)).map(([, v]) => v);
      const loc = claimLoc(section, claim);
      for (const item of extra) {
        const near = closest(normalizeName(item), inTable.keys());
        yield {
          params: { subject: claim.subject, problem: `中的“${item}”在报表${claim.subject}中没有金额` },
          locations: [loc],
          expected: near && near.distance <= 2 ? inTable.get(near.name) : '报表中有金额的科目',
          actual: item,
          suggestion: near && near.distance <= 2 ? `改为“${inTable.get(near.name)}”` : `删去“${item}”或补列报表`,
        };
      }
      if (missing.length && !claim.open)
        yield {
          params: { subject: claim.subject, problem: `漏列了报表中的${missing.join('、')}` },
          locations: [loc],
          expected: [...inTable.values()].join('、'),
          actual: claim.items.join('、'),
          severity: 'warning',
          suggestion: '补列或以“等”结尾',
        };
    }
  },
});
