import { SOURCES, SOURCE_NAMES } from '../facts/amount.js';
import { LEVEL1 } from '../facts/schema-parts.js';

/**
 * The fill-in workbook, declared once: every sheet's key-value fields and table columns, with their labels,
 * kinds and enumerations. The template writer, factsToWorkbook and importWorkbook all work from this.
 * A field's `key` is its path in the facts (relative to a row's object for table columns), so values are
 * placed and errors are traced back to cells generically.
 */

export type Kind = 'text' | 'long' | 'amount' | 'int' | 'bool' | 'date' | 'code' | 'area' | 'enum';

export interface Field {
  key: string;
  label: string;
  kind: Kind;
  /** Enumeration as shown in the workbook. */
  values?: readonly string[];
  /** Facts values of `values`, in the same order (when they differ from what is shown). */
  codes?: readonly string[];
  required?: boolean;
  width?: number;
  hint?: string;
}

export interface TableSpec {
  /** Caption above the header row, for a table under key-value fields. */
  title?: string;
  columns: Field[];
  /** Rows the template prefills with the first column's values (三公经费 items, 采购类别). */
  fixed?: boolean;
  /** Rows given data validation and formats in the empty template. */
  rows: number;
}

export interface SheetSpec {
  name: string;
  instruction: string;
  kv?: Field[];
  table?: TableSpec;
}

const f = (key: string, label: string, kind: Kind, extra: Partial<Field> = {}): Field => ({ key, label, kind, ...extra });
const amount = (key: string, label: string, extra: Partial<Field> = {}) => f(key, `${label}（元）`, 'amount', { width: 16, ...extra });
const int = (key: string, label: string) => f(key, label, 'int', { width: 10 });

export const SOURCE_LABELS = SOURCES.map((s) => SOURCE_NAMES[s]);
export const ADMIN_LEVELS = { values: ['中央', '省级', '市级', '县级', '乡镇'], codes: ['central', 'province', 'city', 'county', 'township'] };
export const PERIODS = ['实施期和年度', '实施期', '年度'] as const;
export const OVERALL = '部门整体';

const sourceColumns = (prefix: string, label: string) => SOURCES.map((s) => amount(`${prefix}.${s}`, `${label}${SOURCE_NAMES[s]}`));

export const SHEETS: SheetSpec[] = [
  {
    name: '单位信息',
    instruction: '填写部门基本情况、人员编制和所属单位。所属单位不填时，视为部门本级一个行政单位。橙色为必填项。',
    kv: [
      f('department.name', '部门名称', 'text', { required: true, hint: '部门（单位）全称' }),
      f('department.year', '预算年度', 'int', { required: true }),
      f('department.kind', '预算类型', 'enum', { values: ['预算', '决算'] }),
      f('department.scope', '公开范围', 'enum', { values: ['部门', '单位'] }),
      f('department.region', '地区', 'text', { hint: '如“泽州县”' }),
      f('department.adminLevel', '行政级次', 'enum', { ...ADMIN_LEVELS, hint: '不填时按部门名称判断' }),
      f('department.code', '主管部门代码', 'code', { hint: '如 021' }),
      f('unit', '报表金额单位', 'enum', { values: ['万元', '元'], hint: '本表金额一律以元填写；此项只决定公开报表的单位' }),
      f('draft', '草稿', 'bool', { hint: '是：输出文件标注“仅供内部审核”' }),
      f('profile', '公开格式', 'enum', { values: ['shanxi-13'], hint: 'shanxi-13：山西省13张表' }),
      f('overallPerformance', '编报部门整体支出绩效目标', 'bool', { hint: '是：情况说明称“编报部门整体支出绩效目标”；目标和指标在「说明文字」「绩效指标」表填写' }),
      int('department.staffing.administrative.authorised', '行政编制数'),
      int('department.staffing.administrative.actual', '行政编制实有人数'),
      int('department.staffing.publicService.authorised', '参照公务员法管理事业编制数'),
      int('department.staffing.publicService.actual', '参公事业编制实有人数'),
      int('department.staffing.institutional.authorised', '事业编制数'),
      int('department.staffing.institutional.actual', '事业编制实有人数'),
      int('department.staffing.retired', '退休人员数'),
      int('department.staffing.survivors', '享受遗属补助人数'),
    ],
    table: {
      title: '所属单位',
      rows: 100,
      columns: [
        f('name', '单位名称', 'text', { required: true, width: 30 }),
        f('type', '单位类型', 'enum', { values: ['行政单位', '参照公务员法管理事业单位', '事业单位', '其他'], width: 26 }),
        f('overallTarget', '编报单位整体绩效目标', 'bool', { width: 20 }),
      ],
    },
  },
  {
    name: '收入',
    instruction: '可选。收入控制数按资金来源填写，须等于「支出明细」按来源的合计；政府性基金、国有资本经营预算收入按收入科目逐行填写。金额以元为单位，最多两位小数。',
    table: {
      rows: 200,
      columns: [
        f('category', '收入类别', 'enum', { required: true, values: ['本年收入', '上年结转', '政府性基金预算收入', '国有资本经营预算收入'], width: 22 }),
        f('source', '资金来源', 'enum', { values: SOURCE_LABELS, codes: SOURCES, width: 20, hint: '本年收入、上年结转填写' }),
        f('code', '收入科目编码', 'code', { width: 14, hint: '基金、国有资本经营收入填写' }),
        f('name', '收入科目名称', 'text', { width: 30 }),
        amount('amount', '金额', { required: true }),
      ],
    },
  },
  {
    name: '支出明细',
    instruction: '每行填一个功能分类项级科目（7位编码）的一笔金额：支出类型（基本支出/项目支出）× 资金来源 × 年度（本年/上年结转）。同一科目可填多行。金额以元为单位，最多两位小数。有多个单位时填写所属单位，不填为第一个单位。',
    table: {
      rows: 2000,
      columns: [
        f('code', '科目编码', 'code', { required: true, width: 12 }),
        f('name', '科目名称', 'text', { required: true, width: 30 }),
        f('kind', '支出类型', 'enum', { required: true, values: ['基本支出', '项目支出'], codes: ['basic', 'project'], width: 12 }),
        f('source', '资金来源', 'enum', { required: true, values: SOURCE_LABELS, codes: SOURCES, width: 20 }),
        f('period', '年度', 'enum', { values: ['本年', '上年结转'], codes: ['current', 'carryover'], width: 12, hint: '不填为本年' }),
        amount('amount', '金额', { required: true }),
        f('unit', '所属单位', 'text', { width: 26 }),
      ],
    },
  },
  {
    name: '基本支出经济分类',
    instruction: '一般公共预算基本支出按部门经济分类款级科目填写：编码或名称至少填一项；人员经费与公用经费合计须等于「支出明细」中一般公共预算本年基本支出。',
    table: {
      rows: 300,
      columns: [
        f('code', '经济分类编码', 'code', { width: 14 }),
        f('name', '经济分类名称', 'text', { width: 28 }),
        f('class', '所属类', 'text', { width: 20, hint: '编码不在内置科目表中时必填' }),
        f('government', '政府经济分类名称', 'text', { width: 24, hint: '不填按对照表' }),
        amount('personnel', '人员经费'),
        amount('public', '公用经费'),
      ],
    },
  },
  {
    name: '三公经费',
    instruction: '财政拨款安排的“三公”经费，按资金来源填写；没有的留空。金额以元为单位。',
    table: {
      rows: 4,
      fixed: true,
      columns: [
        f('item', '项目', 'enum', {
          required: true,
          values: ['因公出国（境）费', '公务接待费', '公务用车购置费', '公务用车运行维护费'],
          codes: ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'],
          width: 24,
        }),
        amount('gpb', '一般公共预算'),
        amount('gov_fund', '政府性基金预算'),
        amount('soe', '国有资本经营预算'),
      ],
    },
  },
  {
    name: '机关运行经费',
    instruction: '行政单位和参照公务员法管理的事业单位的机关运行经费（财政拨款），每个单位一行；单位名称须与「单位信息」中的所属单位一致。',
    table: {
      rows: 100,
      columns: [f('unit', '单位名称', 'text', { required: true, width: 30 }), amount('gpb', '一般公共预算'), amount('gov_fund', '政府性基金预算'), amount('soe', '国有资本经营预算')],
    },
  },
  {
    name: '政府采购',
    instruction: '政府采购预算，按货物、工程、服务填写；没有采购预算时填 0。',
    table: {
      rows: 3,
      fixed: true,
      columns: [f('item', '采购类别', 'enum', { required: true, values: ['货物', '工程', '服务'], codes: ['goods', 'works', 'services'], width: 14 }), amount('amount', '金额')],
    },
  },
];

export const INDICATOR_COLUMNS: Field[] = [
  f('project', '项目名称', 'text', { required: true, width: 28, hint: `部门整体绩效指标填“${OVERALL}”` }),
  f('l1', '一级指标', 'enum', { required: true, values: LEVEL1, width: 14 }),
  f('l2', '二级指标', 'text', { required: true, width: 18 }),
  f('name', '三级指标', 'text', { required: true, width: 30 }),
  f('period', '适用时期', 'enum', { values: PERIODS, width: 16, hint: '不填为实施期和年度' }),
  f('value', '指标值', 'text', { required: true, width: 20 }),
];

export { sourceColumns };
