/**
 * Canonical table kinds. Titles vary by region, year and 预算/决算; a kind is what the table *is*, so the
 * same cross-table rule applies to "2026年预算收支总表" and "财务收支预算总表".
 */
export type TableKind =
  | 'income-expense-summary' // 收支总表
  | 'income-summary' // 收入总表
  | 'expense-summary' // 支出总表
  | 'fiscal-summary' // 财政拨款收支总表
  | 'fiscal-expense' // 财政拨款支出表（功能科目）
  | 'fiscal-basic-economic' // 财政拨款基本支出表（经济科目）
  | 'gpb-expense' // 一般公共预算支出表 (functional)
  | 'gpb-economic' // 一般公共预算支出表（按经济分类）
  | 'gpb-basic-economic' // 一般公共预算基本支出经济分类表
  | 'gpb-basic-functional' // 一般公共预算基本支出表（按支出功能分类科目：西安等地与经济分类表并列公开）
  | 'basic-expense' // 基本支出总表 / 部门预算基本支出预算表 (by unit, all funds)
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
  'fiscal-expense': '财政拨款支出表（功能科目）',
  'fiscal-basic-economic': '财政拨款基本支出表（经济科目）',
  'gpb-expense': '一般公共预算支出表',
  'gpb-economic': '一般公共预算支出表（按经济分类）',
  'gpb-basic-economic': '一般公共预算基本支出经济分类表',
  'gpb-basic-functional': '一般公共预算基本支出功能分类表',
  'basic-expense': '基本支出表',
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
  ['fiscal-summary', /财政拨款收[入]?支[出]?(预算|决算)?(总体情况|总)表|财政拨款收支情况表/],
  ['three-public-operating', /三公.{0,3}经费和机关运行经费/],
  ['three-public', /三公.{0,3}经费/],
  ['operating-cost', /机关运行经费/],
  ['gov-fund-income', /政府性基金预算收入(预算)?表/],
  ['gov-fund-expense', /政府性基金(预算)?.{0,10}(支出|收支)/],
  ['soe-capital', /国有资本经营(预算)?.{0,10}(收支|支出)/],
  ['fiscal-basic-economic', /^财政拨款基本支出.{0,6}表/],
  ['fiscal-expense', /^财政拨款支出.{0,6}表/],
  // A basic-expenditure table by function (its note "（按支出功能分类科目）"/"（按功能科目分）") lists 功能 codes.
  ['gpb-basic-functional', /一般公共预算.{0,10}基本支出.{0,8}表[（(].{0,4}功能/],
  ['gpb-basic-economic', /一般公共预算.{0,10}基本支出/],
  ['gpb-economic', /一般公共预算.{0,12}支出.{0,12}经济(分类|科目)/],
  ['gpb-expense', /一般公共预算.{0,10}支出/],
  ['project-carryover', /项目支出.{0,6}表.{0,2}上年结转|上年结转(资金|结余)?支出.{0,4}表$/],
  ['project-expense', /(项目支出|专项(业务)?经费(支出)?).{0,10}表/],
  ['basic-expense', /基本支出(总|预算|情况)?.{0,4}表$/],
  ['procurement', /政府采购.{0,8}表/],
  ['income-expense-summary', /收支(预算|决算)?(总体情况|总)表|收入支出(预算|决算)?总表|收支总体情况表/],
  ['income-summary', /收入(预算|决算)?(总体情况|总|情况)?表$/],
  ['expense-summary', /支出(预算|决算)?(总体情况|总|情况)?表$/],
];

/** Strip "表一", "预算公开表1", the year and brackets' trailing notes that do not change the kind. */
export function canonicalTitle(line: string): string {
  return line
    .replace(/\s+/g, '')
    .replace(/^(部门|单位)?(预算|决算)?(公开)?表[一二三四五六七八九十\d]+(-\d+)?[:：、.]?/, '')
    .replace(/^公开\d+表/, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/^(市级|区级|县级)?(部门|单位|预算单位)(综合)?(预算)?/, '');
}

/** Recognise a table title line; undefined when the line is not a title. */
export function tableKindOfTitle(line: string): TableKind | undefined {
  // Every title ends in 表: most lines (paragraphs, rows) are refused without the passes below.
  if (!line.includes('表')) return undefined;
  const t = canonicalTitle(line);
  if (t.length > 50 || !/表([（(][^）)]*[）)])?$/.test(t)) return undefined;
  if (/绩效|目录|说明|名词/.test(t)) return undefined;
  // A note after the title ("（按经济分类科目）", "（预算表 1）") may name the breakdown: patterns see both forms.
  const bare = t.replace(/[（(][^（()）]*[）)]$/, '');
  for (const [kind, re] of TITLE_PATTERNS) if (re.test(t) || re.test(bare)) return kind;
  return undefined;
}
