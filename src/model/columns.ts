import type { Column, ColumnType, HeaderNode } from './document.js';

/**
 * Column meaning, shared by the readers (which see printed headers), derivation (which writes them) and rules
 * (which need to know which columns add up to which). A column's type and role come from its header path:
 * the label of the leaf and the labels above it.
 */

/** Header labels compared without spaces (PDF extraction splits "政府性基 金预算"). */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

const INDEX_LABEL = /^(序号|行次|栏次|编号)$/;
const ALT_NAME_LABEL = /^政府(预算)?(支出)?经济(分类)?科目(名称)?$/;
const NAME_LABEL =
  /^(项目|科目|.{0,12}科目名称|.{0,14}分类科目|.{0,10}(支出|收入)?(功能|经济)(分类)?分?科目|.{0,8}名称(\(科目\)|（科目）)?|功能分类|经济分类|单位|预算单位|部门|功能科目|经济科目|收入项目|支出项目|收支项目|项目\(科目\)|项目（科目）|收入科目|支出科目)$/;
const CODE_LABEL = /^(.{0,12}(科目)?编码|.{0,8}代码|编号|类|款|项|科目编码|功能分类科目编码)$/;
const TEXT_LABEL =
  /备注|说明|简介|概况|描述|品目|采购方式|组织形式|采购类别|采购目录|资金来源|资金性质|项目类型|类型|期限|绩效目标|实施|年度目标|依据|内容|用途|地点|规格|计量单位|单位名称及项目名称|负责|联系人|级次|性质|方式/;
const COUNT_LABEL = /人数|车辆数|数量|台数|个数|次数|批次|人次|编制数|床位|团组|辆|\(人\)|（人）|\(个\)|（个）|\(次\)|（次）|\(台/;
const PERCENT_LABEL = /%|％|比例|比重|增长率|增减率|幅度|占比|百分比|完成率|执行率/;
const CHANGE_LABEL = /^(增减|增加|减少|增减额|增减数|增减变化|变动|比上年增减|较上年增减|增\(减\)|增（减）)/;
const PRIOR_LABEL = /上年|上一年|去年/;
/** A header group of what was carried over (上年结转 | 小计 一般公共预算 …): its columns are kept apart from this year's. */
const CARRYOVER_GROUP = /^(上年结转|上年结转结余|上年结转资金|年初结转和结余|结转结余)(安排|资金)?$/;
const OF_LABEL = /^(其中|扣除|含)[:：]?/;

/** The amount columns' total labels: 合计, 小计, 总计, 本年收入合计, 2026年合计, 合计数, 预算数合计, “三公”经费财政拨款预算总额, 本年预算 (= 编制预算 + 上年结转) … */
export const TOTAL_LABEL =
  /^(\d{4}年(度)?)?(预算数?|决算数?)?(合计|小计|总计)(数)?$|^本年(收入|支出)合计$|^(收入|支出|收支)(合计|总计)$|^.{0,8}总数$|^[“"”]?三公[“"”]?经费.{0,10}(合计|总计|总额)$|^本年预算数?$/;

/** The type a column's header path gives it; `amount` when nothing says otherwise. */
export function typeOfPath(path: string[]): ColumnType {
  // A note after the label ("（按大类）", "（万元）") says how, not what.
  const leaf = squash(path[path.length - 1] ?? '').replace(/[（(][^（()）]*[）)]$/, '');
  if (INDEX_LABEL.test(leaf)) return 'index';
  if (ALT_NAME_LABEL.test(leaf)) return 'name';
  if (CODE_LABEL.test(leaf)) return 'code';
  if (NAME_LABEL.test(leaf)) return 'name';
  if (PERCENT_LABEL.test(leaf)) return 'percent';
  if (COUNT_LABEL.test(leaf) && !/金额|经费|费用|资金|数额|预算/.test(leaf)) return 'count';
  if (TEXT_LABEL.test(leaf) && !/金额|经费|费用|资金|数额|预算数|决算数|合计|小计|支出$|收入$/.test(leaf)) return 'text';
  return 'amount';
}

/** Canonical key of an amount column from its header path (deepest label first). */
export function columnKey(path: string[]): string {
  const leaf = squash(path[path.length - 1] ?? '').replace(/^\d{4}年度?/, '').replace(OF_LABEL, '');
  const rules: [RegExp, string][] = [
    [/^(合计|小计|总计|金额|预算数|合计数|决算数|本年收入合计|本年支出合计|政府性基金收入预算|国有资本经营收入预算|本年收入|本年支出|预算金额|预算合计|收入总计|支出总计|收支总计)$|^$/, 'total'],
    [/^当年(预算)?安排$|^本年预算$|^当年拨款$/, 'current'],
    [/^上年结转(安排|结余)?$|^年初结转和结余$/, 'carryover'],
    [/^基本支出$/, 'basic'],
    [/^项目支出$/, 'project'],
    [/^人员(经费|支出)$/, 'personnel'],
    [/^(日常)?公用(经费|支出)$/, 'public'],
    [/^一般公共预算(拨款|财政拨款)?(收入)?$/, 'gpb'],
    [/^政府性基金(预算)?(拨款|财政拨款)?(收入)?$/, 'gov_fund'],
    [/^国有资本经营(预算)?(拨款|财政拨款)?(收入)?$/, 'soe'],
    [/^财政专户管理资金(收入)?$/, 'special_account'],
    [/^单位资金$/, 'unit_funds'],
  ];
  for (const [re, key] of rules) if (re.test(leaf)) return key;
  return leaf || 'value';
}

/** A column key for a non-amount column. */
const KEY_OF_TYPE: Record<Exclude<ColumnType, 'amount'>, string> = { name: 'name', code: 'code', text: 'text', count: 'count', percent: 'percent', index: 'index' };

/** Two-sided (收入 | 支出, each with its own 项目 column), not 决算 tables whose 本年收入/本年支出 are amount columns. */
function isTwoSided(tree: HeaderNode[]): boolean {
  const named = (n: HeaderNode): boolean => typeOfPath([n.label]) === 'name' || n.children.some(named);
  return tree.some((n) => /收入$/.test(n.label) && named(n)) && tree.some((n) => /支出$/.test(n.label) && named(n));
}

/**
 * Columns from header paths: type, side for two-sided tables, unique keys, and the role of each amount column
 * within its header tree (see `assignRoles`). `year` is the document's year (earlier years mark prior columns).
 */
export function buildColumns(paths: string[][], tree: HeaderNode[], opts: { year?: number } = {}): Column[] {
  const cols: Column[] = [];
  const used = new Set<string>();
  const twoSided = isTwoSided(tree);
  paths.forEach((path, i) => {
    const top = path[0] ?? '';
    const side = !twoSided || path.length < 2 ? undefined : /收入$/.test(top) ? 'income' : /支出$/.test(top) ? 'expense' : undefined;
    const leaf = path[path.length - 1] ?? '';
    const type = path.length === 0 ? 'amount' : typeOfPath(path);
    cols.push({ key: '', label: leaf || `第${i + 1}列`, path, side, type });
  });
  const parents = assignRoles(cols, opts.year);
  for (const c of cols) {
    const altName = c.type === 'name' && ALT_NAME_LABEL.test(squash(c.label));
    // Canonical keys (total, basic, gpb …) name this year's addable figures; earlier years, changes and 其中/memo
    // columns are kept apart from them.
    let key = c.type === 'amount' ? columnKey(c.path) : altName ? 'alt-name' : KEY_OF_TYPE[c.type];
    if (c.role === 'prior' || c.role === 'change') key = `${c.role}.${key}`;
    else if (c.type === 'amount' && c.path.slice(0, -1).some((p) => CARRYOVER_GROUP.test(squash(p)))) key = key === 'total' ? 'carryover' : `carryover.${key}`;
    else if (c.role === 'of') key = `of.${squash(c.label).replace(/^其中[:：]?/, '') || key}`;
    if (c.side) key = `${c.side}.${key}`;
    let unique = key;
    for (let n = 2; used.has(unique); n++) unique = `${key}#${n}`;
    used.add(unique);
    c.key = unique;
  }
  for (const [c, of] of parents) c.of = of.key;
  return cols;
}

/** Is this amount column's path about an earlier year than the document's (上年预算数, 2025年执行数)? */
function isPrior(path: string[], year?: number): boolean {
  return path.some((p) => {
    const s = squash(p);
    if (PRIOR_LABEL.test(s) && !/上年结转|上年结余|年初结转/.test(s)) return true;
    const y = /^(\d{4})年/.exec(s);
    return year !== undefined && !!y && Number(y[1]) < year;
  });
}

/**
 * Roles of amount columns: `change` (增减), `prior` (an earlier year), `of` (其中: a breakdown of the column
 * before it, never added to it), `total` (合计/小计/总计 of its header group), and `part` for the rest. Returns
 * the column each 其中 column breaks down.
 */
export function assignRoles(cols: Column[], year?: number): Map<Column, Column> {
  const parents = new Map<Column, Column>();
  let lastPlain: Column | undefined;
  for (const c of cols) {
    if (c.type !== 'amount') {
      lastPlain = undefined;
      continue;
    }
    const labels = c.path.map(squash);
    const ofAt = labels.findIndex((l) => OF_LABEL.test(l));
    if (labels.some((l) => CHANGE_LABEL.test(l))) c.role = 'change';
    else if (isPrior(c.path, year)) c.role = 'prior';
    else if (ofAt >= 0) {
      c.role = 'of';
      // The parent is the last plain column before the 其中 group, at the same depth as the group.
      const parent = [...cols.slice(0, cols.indexOf(c))].reverse().find((p) => p.type === 'amount' && p.role !== 'of' && p.path.length >= ofAt + 1 && samePrefix(p.path, c.path, ofAt));
      const of = parent ?? lastPlain;
      if (of) parents.set(c, of);
    } else c.role = TOTAL_LABEL.test(squash(c.label)) ? 'total' : 'part';
    if (c.role !== 'of') lastPlain = c;
  }
  markMemos(cols);
  return parents;
}

const samePrefix = (a: string[], b: string[], n: number) => a.slice(0, n).every((x, i) => x === b[i]);

/** Memo columns: what part of the spending is procured or reserved for small firms — never an addend of a total. */
const MEMO_LABEL = /政府采购|预留|其中.{0,6}采购/;

/**
 * Columns that state how much of the spending is procured (政府采购项目, 预留给中小企业…) are memos of the row's
 * total when the table has other amount columns: they become 其中 columns.
 */
function markMemos(cols: Column[]): void {
  const memo = (c: Column) => c.path.some((p) => MEMO_LABEL.test(squash(p)));
  const amounts = cols.filter((c) => c.type === 'amount');
  if (!amounts.some((c) => !memo(c))) return;
  for (const c of amounts) if (memo(c) && c.role !== 'prior' && c.role !== 'change') c.role = 'of';
}

/**
 * Column identities of a table: each total column with the columns that add up to it. A column labelled
 * 合计/小计/总计 sums the other amount columns under the same header node; a sibling group counts through its own
 * 小计 when it has one, else through its parts. 其中 and change columns never take part; an earlier year's columns
 * add up only among themselves.
 */
export function columnSums(columns: Column[]): { total: string; parts: string[] }[] {
  const amounts = columns.filter((c) => c.type === 'amount');
  const addable = amounts.filter((c) => c.role === 'total' || c.role === 'part');
  // An earlier year's group (2025年预算数 › 合计 | 因公出国…) adds up within itself as this year's does.
  const prior = amounts.filter((c) => c.role === 'prior');
  return [...groupSums(addable, (c) => c.role === 'total'), ...groupSums(prior, isTotalLabel), ...crossedSums(addable), ...crossedSums(prior)];
}

const isTotalLabel = (c: Column) => TOTAL_LABEL.test(squash(c.label));

const THREE_PUBLIC_TOTAL = /三公[“"”]?经费/;
const NOT_THREE_PUBLIC = /会议|培训|机关运行|行政经费/;
/** A “三公”经费合计 sums the three items only, not the 会议费, 培训费 or 机关运行经费 printed beside them. */
const inScope = (total: Column, group: string) => !THREE_PUBLIC_TOTAL.test(squash(total.label)) || !NOT_THREE_PUBLIC.test(squash(group));

function groupSums(addable: Column[], isTotal: (c: Column) => boolean): { total: string; parts: string[] }[] {
  const out: { total: string; parts: string[] }[] = [];
  for (const col of addable) {
    if (!isTotal(col) || col.path.length === 0) continue;
    const depth = col.path.length - 1;
    const under = addable.filter((c) => c !== col && c.side === col.side && c.path.length > depth && samePrefix(c.path, col.path, depth));
    // The group of each column directly under the parent node; a group with its own total counts through it.
    const groupOf = (c: Column) => c.path[depth];
    const groupTotal = (g: string) => under.find((x) => x.path.length === depth + 2 && x.path[depth] === g && isTotal(x));
    const parts = under.filter((c) => {
      if (!inScope(col, groupOf(c))) return false;
      if (c.path.length === depth + 1) return true;
      const gt = groupTotal(groupOf(c));
      return gt ? gt === c : true;
    });
    // A leaf that is itself a group label's own column (e.g. 合计 and a group 合计 of equal path) is skipped.
    if (parts.length >= 2) out.push({ total: col.key, parts: parts.map((c) => c.key) });
  }
  return out;
}

/**
 * Column identities of crossed headers, where a total's label stands above the leaves (总计 › 一般公共预算 |
 * 因公出国（境）费 › 一般公共预算 …, or 合计 › 预算数 | 公务接待费 › 预算数): each leaf under the total is the sum of
 * the same leaf under each sibling group, a group with its own 小计 counting through it.
 */
function crossedSums(addable: Column[]): { total: string; parts: string[] }[] {
  const out: { total: string; parts: string[] }[] = [];
  const isTotal = (label: string) => TOTAL_LABEL.test(squash(label));
  for (const col of addable) {
    const d = col.path.findIndex((p, i) => i < col.path.length - 1 && isTotal(p));
    if (d < 0 || isTotal(col.label)) continue;
    const suffix = col.path.slice(d + 1);
    const middle = (c: Column) => c.path.slice(d + 1, c.path.length - suffix.length);
    const under = addable.filter(
      (c) => c !== col && c.side === col.side && c.path.length >= d + 1 + suffix.length && samePrefix(c.path, col.path, d) && c.path[d] !== col.path[d] && samePrefix(c.path.slice(-suffix.length), suffix, suffix.length),
    );
    const parts = under.filter((c) => {
      const m = middle(c);
      if (m.length === 0) return true;
      if (m.length > 1) return false;
      const gt = under.find((x) => x.path[d] === c.path[d] && middle(x).length === 1 && isTotal(middle(x)[0]));
      return gt ? gt === c : true;
    });
    if (parts.length >= 2) out.push({ total: col.key, parts: parts.map((c) => c.key) });
  }
  return out;
}

/** A header cell: its label and, when the importer saw the merged cell, the columns it covers [from, to). */
export type HeaderCell = string | { text: string; span?: [number, number] };

const labelOf = (c: HeaderCell | undefined) => squash(typeof c === 'string' ? c : (c?.text ?? ''));
const spanOf = (c: HeaderCell | undefined) => (typeof c === 'string' ? undefined : c?.span);

/**
 * Build the header tree and the leaf paths from header rows. A label covers its merged cell's columns when
 * known, else it spans to the next label of its row; either way it is clipped by its parent's span.
 */
export function buildHeader(headerRows: HeaderCell[][], width: number): { tree: HeaderNode[]; paths: string[][] } {
  const paths: string[][] = Array.from({ length: width }, () => []);
  type Span = { node: HeaderNode; from: number; to: number };
  let parents: Span[] = [{ node: { label: '', children: [] }, from: 0, to: width }];
  const root = parents[0].node;
  for (const row of headerRows) {
    const next: Span[] = [];
    for (const parent of parents) {
      const starts: number[] = [];
      for (let i = parent.from; i < parent.to; i++) if (labelOf(row[i]) !== '') starts.push(i);
      if (starts.length === 0) {
        next.push(parent);
        continue;
      }
      // Cells before the first label inside this parent keep the parent as their deepest node.
      if (starts[0] > parent.from) next.push({ node: parent.node, from: parent.from, to: starts[0] });
      starts.forEach((s, k) => {
        const nextStart = k + 1 < starts.length ? starts[k + 1] : parent.to;
        const span = spanOf(row[s]);
        const to = Math.min(nextStart, span && span[0] === s && span[1] > s ? span[1] : nextStart);
        const node: HeaderNode = { label: labelOf(row[s]), children: [] };
        parent.node.children.push(node);
        for (let c = s; c < to; c++) paths[c].push(node.label);
        next.push({ node, from: s, to });
        // Columns between a merged cell's end and the next label stay under the parent.
        if (to < nextStart) next.push({ node: parent.node, from: to, to: nextStart });
      });
    }
    parents = next;
  }
  return { tree: root.children, paths };
}

/** The total column of a header group (本年收入 › 小计, 本年支出 › 小计), if the table has that group. */
export function groupTotalColumn(columns: Column[], group: RegExp): Column | undefined {
  return columns.find((c) => c.type === 'amount' && c.role === 'total' && c.path.length > 1 && group.test(squash(c.path[0])));
}
