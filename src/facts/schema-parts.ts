import { z } from 'zod';
import { Amount, FiscalAmounts, SourceAmounts } from './amount.js';

const text = (description: string) => z.string().meta({ description });
const count = (description: string) => z.int().min(0).meta({ description });

export const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;

/** One 指标值: the same for both periods, or different for 实施期 (period) and 年度 (annual). */
export const IndicatorValue = z.union([
  z.string(),
  z.strictObject({ period: text('实施期指标值').optional(), annual: text('年度指标值').optional() }),
]);

/** 一级指标 → 二级指标 → 三级指标 → 指标值. Order is kept as written. */
export const IndicatorTree = z
  .partialRecord(z.enum(LEVEL1), z.record(z.string().min(1), z.record(z.string().min(1), IndicatorValue)))
  .meta({ title: '绩效指标', description: '一级指标 → 二级指标 → 三级指标：指标值（两个时期相同时写一个值，不同时写 {period, annual}）' });

export const Goals = z.strictObject({
  period: text('实施期目标').optional(),
  annual: text('年度目标').optional(),
});

export const ProjectForm = z
  .strictObject({
    attribute: text('项目属性，如“经常性项目(长期开展)”').optional(),
    term: text('项目期，如“99年”“1年”').optional(),
    overview: text('项目概况').optional(),
    basis: text('立项依据').optional(),
    necessity: text('项目设立必要性').optional(),
    measures: text('保证项目实施的制度、措施').optional(),
    plan: text('项目实施计划').optional(),
    funds: z
      .strictObject({
        periodTotal: Amount.optional().meta({ description: '实施期资金总额（缺省为年度资金总额）' }),
        central: Amount.optional().meta({ description: '其中：中央财政资金' }),
        provincial: Amount.optional().meta({ description: '省级财政资金' }),
        local: Amount.optional().meta({ description: '市县（区）财政资金' }),
        self: Amount.optional().meta({ description: '单位自筹' }),
        other: Amount.optional().meta({ description: '其他资金' }),
      })
      .optional()
      .meta({ description: '项目资金按级次的构成；年度资金总额取项目金额，不必再写' }),
    goals: Goals.default({}),
    indicators: IndicatorTree.default({}),
    contact: z
      .strictObject({ responsible: z.string().optional(), handler: z.string().optional(), phone: z.string().optional(), date: z.string().optional() })
      .optional()
      .meta({ description: '负责人、经办人、联系电话、填报日期' }),
  })
  .meta({ title: '项目支出绩效目标表' });

export const Project = z.strictObject({
  name: z.string().min(1).meta({ description: '项目名称' }),
  unit: z.string().optional().meta({ description: '实施单位（缺省为第一个单位）' }),
  category: z.enum(['其他运转类', '特定目标类']).meta({ description: '项目类别' }),
  amount: SourceAmounts.default({}).meta({ description: '本年预算金额，按资金来源' }),
  carryover: SourceAmounts.optional().meta({ description: '上年结转金额，按资金来源' }),
  publish: z.boolean().default(true).meta({ description: '是否公开项目绩效目标表' }),
  form: ProjectForm.optional(),
});

export const ExpenditureLine = z.strictObject({
  code: z.string().regex(/^\d{7}$/, { error: '功能分类科目编码应为7位（项级），如 "2012901"' }).meta({ description: '功能分类项级科目编码' }),
  name: z.string().min(1).meta({ description: '项级科目名称' }),
  unit: z.string().optional().meta({ description: '所属单位（缺省为第一个单位）' }),
  basic: SourceAmounts.optional().meta({ description: '本年基本支出，按资金来源' }),
  project: SourceAmounts.optional().meta({ description: '本年项目支出，按资金来源' }),
  carryover: z.strictObject({ basic: SourceAmounts.optional(), project: SourceAmounts.optional() }).optional().meta({ description: '上年结转安排的支出' }),
});

export const EconomicLine = z.strictObject({
  code: z.string().regex(/^\d{5}$/, { error: '部门经济分类款级编码应为5位，如 "30101"' }).optional(),
  name: z.string().min(1).optional().meta({ description: '部门经济分类款名称（有编码时可省略）' }),
  class: z.string().optional().meta({ description: '所属类名称（编码不在内置科目表中时必填）' }),
  government: z.string().optional().meta({ description: '对应的政府经济分类款名称（缺省按对照表）' }),
  personnel: Amount.optional().meta({ description: '人员经费' }),
  public: Amount.optional().meta({ description: '公用经费' }),
});

export const IncomeLine = z.strictObject({
  code: z.string().regex(/^\d{3,9}$/, { error: '收入科目编码应为3至9位数字' }),
  name: z.string().min(1),
  amount: Amount,
});

export const Unit = z.strictObject({
  name: z.string().min(1),
  type: z.enum(['行政单位', '参照公务员法管理事业单位', '事业单位', '其他']).default('行政单位'),
  overallTarget: z.boolean().default(false).meta({ description: '是否编报了单位整体支出绩效目标' }),
  operatingCost: FiscalAmounts.optional().meta({ description: '机关运行经费（财政拨款）' }),
});

export const Staffing = z.strictObject({
  administrative: z.strictObject({ authorised: count('行政编制数'), actual: count('实有人数') }).optional(),
  publicService: z.strictObject({ authorised: count('参照公务员法管理事业编制数'), actual: count('实有人数') }).optional(),
  institutional: z.strictObject({ authorised: count('事业编制数'), actual: count('实有人数') }).optional(),
  retired: count('退休人员').optional(),
  survivors: count('享受遗属补助人数').optional(),
});

export const ThreePublic = z.strictObject({
  abroad: FiscalAmounts.optional().meta({ description: '因公出国（境）费' }),
  reception: FiscalAmounts.optional().meta({ description: '公务接待费' }),
  vehiclePurchase: FiscalAmounts.optional().meta({ description: '公务用车购置费' }),
  vehicleOperation: FiscalAmounts.optional().meta({ description: '公务用车运行维护费' }),
});

export const Vehicles = z.strictObject({
  authorised: count('公务用车编制数').optional(),
  leader: count('领导用车').optional(),
  confidential: count('机要通信用车').optional(),
  emergency: count('应急保障用车').optional(),
  enforcement: count('执法执勤用车').optional(),
  special: count('特种专业技术用车').optional(),
  institutional: count('事业单位业务用车').optional(),
  other: count('其他公务用车').optional(),
});

export const Assets = z.strictObject({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期应写成 YYYY-MM-DD' }).optional().meta({ description: '统计截止日期，缺省为上年12月31日' }),
  vehicles: Vehicles.default({}),
  officeSpace: z.string().regex(/^\d+(\.\d{1,2})?$/, { error: '面积应写成最多两位小数的数字文本，如 "220.41"' }).optional().meta({ description: '办公用房建筑面积（平方米）' }),
  equipment: z
    .array(z.strictObject({ type: z.string().min(1), threshold: Amount, count: count('台（套）数') }))
    .optional()
    .meta({ description: '单价（原值）超过门槛的设备台（套）数' }),
});
