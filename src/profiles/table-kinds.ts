/**
 * Canonical table kinds. Titles vary by region, year and 预算/决算; a kind is what the table *is*, so the
 * same cross-table rule applies to "2026年预算收支总表" and "财务收支预算总表".
 */
export type TableKind =
  | 'income-expense-summary' // 收支总表
  | 'income-summary' // 收入总表
  | 'expense-summary' // 支出总表
  | 'fiscal-summary' // 财政拨款收支总表
  | 'gpb-expense' // 一般公共预算支出表 (functional)
  | 'gpb-basic-economic' // 一般公共预算基本支出经济分类表
  | 'gov-fund-income' // 政府性基金预算收入表
  | 'gov-fund-expense' // 政府性基金预算支出表
  | 'soe-capital' // 国有资本经营预算收支/支出表
  | 'three-public' // “三公”经费
  | 'operating-cost' // 机关运行经费
  | 'three-public-operating' // “三公”经费和机关运行经费 (national combined table)
  | 'project-expense' // 项目支出 (本年)
  | 'project-carryover' // 项目支出 (上年结转)
  | 'procurement' // 政府采购
  | 'unknown';

export const TABLE_KIND_NAMES: Record<TableKind, string> = {
  'income-expense-summary': '收支总表',
  'income-summary': '收入总表',
  'expense-summary': '支出总表',
  'fiscal-summary': '财政拨款收支总表',
  'gpb-expense': '一般公共预算支出表',
  'gpb-basic-economic': '一般公共预算基本支出经济分类表',
  'gov-fund-income': '政府性基金预算收入表',
  'gov-fund-expense': '政府性基金预算支出表',
  'soe-capital': '国有资本经营预算表',
  'three-public': '“三公”经费支出表',
  'operating-cost': '机关运行经费表',
  'three-public-operating': '“三公”经费和机关运行经费表',
  'project-expense': '项目支出表（本年）',
  'project-carryover': '项目支出表（上年结转）',
  procurement: '政府采购表',
  unknown: '未识别的表',
};

/** Ordered: the first matching pattern wins, so specific titles come before general ones. */
const TITLE_PATTERNS: [TableKind, RegExp][] = [
  ['fiscal-summary', /财政拨款收[入]?支[出]?(预算|决算)?总表/],
  ['three-public-operating', /三公.{0,3}经费和机关运行经费/],
  ['three-public', /三公.{0,3}经费/],
  ['operating-cost', /机关运行经费/],
  ['gov-fund-income', /政府性基金预算收入(预算)?表/],
  ['gov-fund-expense', /政府性基金预算.{0,8}支出/],
  ['soe-capital', /国有资本经营预算.{0,8}(收支|支出)/],
  ['gpb-basic-economic', /一般公共预算.{0,8}基本支出/],
  ['gpb-expense', /一般公共预算.{0,8}支出/],
  ['project-carryover', /项目支出.{0,6}表.{0,2}上年结转/],
  ['project-expense', /项目支出.{0,6}表/],
  ['procurement', /政府采购.{0,6}表/],
  ['income-expense-summary', /收支(预算|决算)?总表|收入支出(预算|决算)总表/],
  ['income-summary', /收入(预算|决算)?(总)?表$/],
  ['expense-summary', /支出(预算|决算)?(总)?表$/],
];

/** Strip "表一", "预算公开表1", the year and brackets' trailing notes that do not change the kind. */
export function canonicalTitle(line: string): string {
  return line
    .replace(/\s+/g, '')
    .replace(/^(预算公开)?表[一二三四五六七八九十\d]+/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/^(部门|单位)/, '');
}

/** Recognise a table title line; undefined when the line is not a title. */
export function tableKindOfTitle(line: string): TableKind | undefined {
  const t = canonicalTitle(line);
  if (t.length > 50 || !/表([（(][^）)]*[）)])?$/.test(t)) return undefined;
  if (/绩效|目录|说明|名词/.test(t)) return undefined;
  for (const [kind, re] of TITLE_PATTERNS) if (re.test(t)) return kind;
  return undefined;
}
