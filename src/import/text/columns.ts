import type { Column, HeaderNode } from '../../model/document.js';

/** Header labels compared without spaces (PDF extraction splits "政府性基 金预算"). */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

export type ColumnRole = 'name' | 'alt-name' | 'code' | 'value';

const NAME_LABELS = /^(项目|.{0,10}科目名称|项目名称|单位名称|部门预算支出经济科目名称|部门经济科目名称|经济科目名称|功能分类科目名称|单位名称[（(]科目[)）]|科目)$/;
const ALT_NAME_LABELS = /^政府预算支出经济科目名称$|^政府经济科目名称$/;
const CODE_LABELS = /^(.{0,10}科目编码|收入科目编码|功能分类科目编码|支出功能分类科目编码|科目代码|编码|类|款|项)$/;

export function columnRole(label: string): ColumnRole {
  const l = squash(label);
  if (ALT_NAME_LABELS.test(l)) return 'alt-name';
  if (NAME_LABELS.test(l)) return 'name';
  if (CODE_LABELS.test(l)) return 'code';
  return 'value';
}

/** Canonical key of a value column from its header path (deepest label first). */
export function columnKey(path: string[]): string {
  const leaf = squash(path[path.length - 1] ?? '').replace(/^\d{4}年?/, '');
  const rules: [RegExp, string][] = [
    [/^(合计|小计|总计|金额|预算数|合计数|决算数|本年收入合计|本年支出合计|政府性基金收入预算|国有资本经营收入预算|本年收入|本年支出)$|^$/, 'total'],
    [/^当年(预算)?安排$|^本年预算$|^当年拨款$/, 'current'],
    [/^上年结转(安排|结余)?$|^年初结转和结余$/, 'carryover'],
    [/^基本支出$/, 'basic'],
    [/^项目支出$/, 'project'],
    [/^人员经费$/, 'personnel'],
    [/^公用经费$/, 'public'],
    [/^一般公共预算(拨款|财政拨款)?(收入)?$/, 'gpb'],
    [/^政府性基金(预算)?(拨款|财政拨款)?(收入)?$/, 'gov_fund'],
    [/^国有资本经营(预算)?(拨款|财政拨款)?(收入)?$/, 'soe'],
    [/^财政专户管理资金(收入)?$/, 'special_account'],
    [/^单位资金$/, 'unit_funds'],
  ];
  for (const [re, key] of rules) if (re.test(leaf)) return key;
  return leaf || 'value';
}

export const TOTAL_LABEL = /^(\d{4}年?)?(合计|小计|总计)$|^本年(收入|支出)合计$/;

/**
 * Build the header tree and the leaf columns from header rows of tab-separated cells. A label spans
 * from its cell to the next non-empty cell of the same row, clipped by its parent's span.
 */
export function buildHeader(headerRows: string[][], width: number): { tree: HeaderNode[]; paths: string[][] } {
  const paths: string[][] = Array.from({ length: width }, () => []);
  type Span = { node: HeaderNode; from: number; to: number };
  let parents: Span[] = [{ node: { label: '', children: [] }, from: 0, to: width }];
  const root = parents[0].node;
  for (const row of headerRows) {
    const next: Span[] = [];
    for (const parent of parents) {
      const starts: number[] = [];
      for (let i = parent.from; i < parent.to; i++) if (squash(row[i] ?? '') !== '') starts.push(i);
      if (starts.length === 0) {
        next.push(parent);
        continue;
      }
      // Cells before the first label inside this parent keep the parent as their deepest node.
      if (starts[0] > parent.from) next.push({ node: parent.node, from: parent.from, to: starts[0] });
      starts.forEach((s, k) => {
        const to = k + 1 < starts.length ? starts[k + 1] : parent.to;
        const node: HeaderNode = { label: squash(row[s]), children: [] };
        parent.node.children.push(node);
        for (let c = s; c < to; c++) paths[c].push(node.label);
        next.push({ node, from: s, to });
      });
    }
    parents = next;
  }
  return { tree: root.children, paths };
}

/** Columns from header paths, with sides for two-sided (收入 | 支出) tables and unique keys. */
export function buildColumns(paths: string[][], tree: HeaderNode[]): (Column & { role: ColumnRole })[] {
  const cols: (Column & { role: ColumnRole })[] = [];
  const used = new Set<string>();
  // Two-sided (收入 | 支出 each with its own 项目 column), not 决算 tables whose 本年收入/本年支出 are value columns.
  const named = (n: HeaderNode): boolean => columnRole(n.label) === 'name' || n.children.some(named);
  const twoSided = tree.some((n) => /收入$/.test(n.label) && named(n)) && tree.some((n) => /支出$/.test(n.label) && named(n));
  paths.forEach((path, i) => {
    const top = path[0] ?? '';
    const side = !twoSided || path.length < 2 ? undefined : /收入$/.test(top) ? 'income' : /支出$/.test(top) ? 'expense' : undefined;
    const leaf = path[path.length - 1] ?? '';
    const role = path.length === 0 ? 'value' : columnRole(leaf);
    let key = role === 'value' ? columnKey(path) : role;
    if (side) key = `${side}.${key}`;
    let unique = key;
    for (let n = 2; used.has(unique); n++) unique = `${key}#${n}`;
    used.add(unique);
    cols.push({ key: unique, label: leaf || `第${i + 1}列`, path, side, role });
  });
  return cols;
}
