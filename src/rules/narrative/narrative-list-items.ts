import type { ListClaim } from '../../model/claims.js';
import type { Row, Section, Table } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import { abs, halfQuantum } from '../../money/index.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { closest } from './names.js';

type Column = 'personnel' | 'public';

/** Which column of the basic-expenditure economic table a list subject enumerates. */
function columnOf(subject: string): Column | undefined {
  if (/人员经费$|人员支出$/.test(subject)) return 'personnel';
  if (/公用经费$|公用支出$/.test(subject)) return 'public';
  return undefined;
}

/**
 * The rows of the table that have an amount in the column, and the column's total. Tables without
 * 人员经费/公用经费 columns (决算) split by class: 301/303 are personnel, 302/310 public.
 */
function columnRows(eco: Table, col: Column): { rows: Row[]; total?: bigint } {
  const byColumn = eco.columns.some((c) => c.key === col);
  const has = (r: Row) => (byColumn ? (r.cells[col]?.value?.fen ?? 0n) !== 0n : !!r.code && (col === 'personnel' ? /^30[13]/ : /^3(02|10)/).test(r.code) && (r.cells.total?.value?.fen ?? 0n) !== 0n);
  const rows = eco.rows.filter((r) => r.role === 'data' && r.level !== '类' && has(r));
  const total = byColumn ? eco.rows.find((r) => r.role === 'total')?.cells[col]?.value?.fen : eco.rows.filter((r) => r.level === '类' && has(r)).reduce((s, r) => s + (r.cells.total?.value?.fen ?? 0n), 0n);
  return { rows, total };
}

/** A table continued over pages may be read as several tables of one title: their rows belong together. */
function merged(tables: Table[]): Table[] {
  const byTitle = new Map<string, Table[]>();
  for (const t of tables) {
    const parts = byTitle.get(t.title);
    if (parts) parts.push(t);
    else byTitle.set(t.title, [t]);
  }
  return [...byTitle.values()].map((parts) => (parts.length === 1 ? parts[0] : { ...parts[0], rows: parts.flatMap((t) => t.rows) }));
}

export default defineRule({
  id: 'narrative-list-items',
  severity: 'error',
  category: 'narrative',
  title: '说明列举的项目与报表不符',
  message: '“{subject}主要包括”{problem}',
  description: `“人员经费……主要包括：基本工资、津贴补贴……”这类列举，应与基本支出经济分类表中该列（人员经费/公用经费）有金额的款级科目一致。
只在该列合计等于说明所写的金额时核对（否则报表口径与说明不同，或表未读准）：列举的科目在报表中的金额属于另一列（人员经费列举了公用经费的科目）是错误；
列举了报表中完全没有金额的科目（照抄模板中该项的全部科目）是警告（一个列举报一次，列出所有这样的科目）；
未以“等”结尾而漏列报表中的科目是警告。名称比较忽略全角半角括号差异。`,
  *check({ figures }) {
    // Tables merged and their columns read once: a document may have many lists and many tables.
    const tables = merged(figures.tables('gpb-basic-economic'));
    const read = new Map<string, { rows: Row[]; total?: bigint }>();
    const rowsOf = (k: number, col: Column) => read.get(`${k}|${col}`) ?? read.set(`${k}|${col}`, columnRows(tables[k], col)).get(`${k}|${col}`)!;
    for (const { claim, section } of figures.claims('list')) {
      const col = columnOf(claim.subject);
      if (!col || !claim.value) continue;
      for (let k = 0; k < tables.length; k++) {
        const { rows, total } = rowsOf(k, col);
        if (total === undefined || abs(total - claim.value.fen) > halfQuantum(claim.value)) continue;
        yield* compare(rows, rowsOf(k, col === 'personnel' ? 'public' : 'personnel').rows, claim, section);
        break;
      }
    }
  },
});

function* compare(rows: Row[], otherRows: Row[], claim: ListClaim, section: Section): Generator<FindingDraft> {
  // "其他对个人和家庭的补助支出" and "其他对个人和家庭的补助" name one line.
  const key = (s: string) => normalizeName(s).replace(/支出$/, '');
  const inTable = new Map(rows.map((r) => [key(r.name), r.name]));
  const inOther = new Set(otherRows.map((r) => key(r.name)));
  const listed = new Set(claim.items.map(key));
  const extra = claim.items.filter((i) => !inTable.has(key(i)));
  const missing = [...inTable.entries()].filter(([k]) => !listed.has(k)).map(([, v]) => v);
  const loc = claimLoc(section, claim);
  if (extra.length) {
    // One finding per list: a template list of every possible item is one problem, not twenty.
    // An item whose amount the table puts in the other column is listed under the wrong heading; items with no
    // amount at all are the template's definition of the heading copied whole, which says too much but is not wrong.
    const misplaced = extra.filter((i) => inOther.has(key(i)));
    const fixes = extra.map((item) => {
      const near = closest(key(item), inTable.keys());
      return near && near.distance <= 2 ? `“${item}”改为“${inTable.get(near.name)}”` : `删去“${item}”`;
    });
    yield {
      params: {
        subject: claim.subject,
        problem: `中的${extra.map((i) => `“${i}”`).join('、')}在报表${claim.subject}中没有金额${misplaced.length ? `（${misplaced.map((i) => `“${i}”`).join('、')}的金额在报表${columnOf(claim.subject) === 'personnel' ? '公用经费' : '人员经费'}列）` : ''}`,
      },
      severity: misplaced.length ? undefined : 'warning',
      locations: [loc],
      expected: [...inTable.values()].join('、') || '报表中有金额的科目',
      actual: extra.join('、'),
      suggestion: `${fixes.join('，')}，或补列报表`,
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
