import { INDICATOR_COLUMNS, OVERALL, SHEETS, sourceColumns, type Field, type Kind, type SheetSpec } from './spec.js';

const f = (key: string, label: string, kind: Kind, extra: Partial<Field> = {}): Field => ({ key, label, kind, ...extra });
const amount = (key: string, label: string) => f(key, `${label}（元）`, 'amount', { width: 16 });
const long = (key: string, label: string, extra: Partial<Field> = {}) => f(key, label, 'long', { width: 40, ...extra });

const MORE: SheetSpec[] = [
  {
    name: '资产',
    instruction: '国有资产占有使用情况：截止日期不填为上年12月31日；车辆填辆数；面积以平方米为单位，最多两位小数。大额设备按单价门槛逐行填写台（套）数。',
    kv: [
      f('assets.asOf', '统计截止日期', 'date', { hint: '如 2025-12-31' }),
      f('assets.vehicles.authorised', '公务用车编制数', 'int'),
      f('assets.vehicles.leader', '领导用车', 'int'),
      f('assets.vehicles.confidential', '机要通信用车', 'int'),
      f('assets.vehicles.emergency', '应急保障用车', 'int'),
      f('assets.vehicles.enforcement', '执法执勤用车', 'int'),
      f('assets.vehicles.special', '特种专业技术用车', 'int'),
      f('assets.vehicles.institutional', '事业单位业务用车', 'int'),
      f('assets.vehicles.other', '其他公务用车', 'int'),
      f('assets.officeSpace', '办公用房建筑面积（平方米）', 'area'),
    ],
    table: {
      title: '大额设备',
      rows: 20,
      columns: [
        f('type', '设备类型', 'text', { required: true, width: 30, hint: '如“通用设备”' }),
        f('threshold', '单价门槛（元）', 'amount', { required: true, width: 20 }),
        f('count', '台（套）数', 'int', { required: true, width: 14 }),
      ],
    },
  },
  {
    name: '项目',
    instruction: '每个项目一行：本年预算和上年结转按资金来源填写（各项目合计须等于「支出明细」中的项目支出）；其余各列是项目支出绩效目标表的内容，指标在「绩效指标」表填写。资金构成合计须等于本年预算。',
    table: {
      rows: 1000,
      columns: [
        f('name', '项目名称', 'text', { required: true, width: 28 }),
        f('unit', '实施单位', 'text', { width: 24, hint: '不填为第一个单位' }),
        f('category', '项目类别', 'enum', { required: true, values: ['其他运转类', '特定目标类'], width: 14 }),
        ...sourceColumns('amount', '本年'),
        ...sourceColumns('carryover', '上年结转'),
        f('publish', '公开绩效目标表', 'bool', { width: 10, hint: '不填为是' }),
        f('form.attribute', '项目属性', 'text', { width: 22 }),
        f('form.term', '项目期', 'text', { width: 10 }),
        long('form.overview', '项目概况'),
        long('form.basis', '立项依据'),
        long('form.necessity', '项目设立必要性'),
        long('form.measures', '保证项目实施的制度、措施'),
        long('form.plan', '项目实施计划'),
        amount('form.funds.periodTotal', '实施期资金总额'),
        amount('form.funds.central', '中央财政资金'),
        amount('form.funds.provincial', '省级财政资金'),
        amount('form.funds.local', '市县（区）财政资金'),
        amount('form.funds.self', '单位自筹'),
        amount('form.funds.other', '其他资金'),
        long('form.goals.period', '实施期目标'),
        long('form.goals.annual', '年度目标'),
        f('form.contact.responsible', '负责人', 'text', { width: 10 }),
        f('form.contact.handler', '经办人', 'text', { width: 10 }),
        f('form.contact.phone', '联系电话', 'code', { width: 14 }),
        f('form.contact.date', '填报日期', 'code', { width: 16 }),
      ],
    },
  },
  {
    name: '绩效指标',
    instruction: `每个三级指标一行：项目名称须与「项目」表一致（部门整体指标填“${OVERALL}”）；实施期和年度的指标值相同时“适用时期”填“实施期和年度”，不同时分两行填写。`,
    table: { rows: 3000, columns: INDICATOR_COLUMNS },
  },
  {
    name: '上年数',
    instruction: '上年预算的比较数，用于计算增减变化。金额以元为单位；没有的留空。',
    kv: [
      amount('lastYear.incomeTotal', '上年预算收入总计'),
      amount('lastYear.expenditureTotal', '上年预算支出总计'),
      amount('lastYear.gpbCurrent', '上年一般公共预算当年支出'),
      amount('lastYear.threePublic.abroad', '上年因公出国（境）费'),
      amount('lastYear.threePublic.reception', '上年公务接待费'),
      amount('lastYear.threePublic.vehiclePurchase', '上年公务用车购置费'),
      amount('lastYear.threePublic.vehicleOperation', '上年公务用车运行维护费'),
      amount('lastYear.operatingCost', '上年机关运行经费'),
    ],
  },
  {
    name: '说明文字',
    instruction: '情况说明中由编制人撰写的文字：部门职责、机构设置（编制人数在「单位信息」填写）、增减变动原因和其他说明；部门整体支出绩效目标的其他栏目在下方逐行填写。',
    kv: [
      long('department.duties', '部门职责', { required: true }),
      long('department.organisation', '机构设置情况', { required: true }),
      long('reasons.total', '收支总体增减原因'),
      long('reasons.expenditure', '支出增减原因'),
      long('reasons.gpb', '一般公共预算支出增减原因'),
      long('reasons.threePublic', '“三公”经费增减原因'),
      long('reasons.operatingCost', '机关运行经费增减原因'),
      long('notes.purchaseServices', '政府购买服务指导性目录说明'),
      long('notes.other', '其他说明'),
      long('overallPerformance.goals.period', '部门整体实施期目标'),
      long('overallPerformance.goals.annual', '部门整体年度目标'),
    ],
    table: {
      title: '部门整体支出绩效目标表其他栏目',
      rows: 50,
      columns: [f('key', '栏目名称', 'text', { required: true, width: 24 }), f('value', '栏目内容', 'long', { width: 60 })],
    },
  },
  {
    name: '科目名称补充',
    instruction: '可选。内置科目表中没有的功能分类类（3位）、款（5位）科目名称。',
    table: { rows: 100, columns: [f('code', '科目编码', 'code', { required: true, width: 12 }), f('name', '科目名称', 'text', { required: true, width: 30 })] },
  },
];

/** Every sheet of the fill-in workbook, in order. */
export const ALL_SHEETS: SheetSpec[] = [...SHEETS, ...MORE];

export function sheetSpec(name: string): SheetSpec {
  const s = ALL_SHEETS.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet spec ${name}`);
  return s;
}
