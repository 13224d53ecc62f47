import { z } from 'zod';
import { Amount, SourceAmounts } from './amount.js';
import { Assets, EconomicLine, ExpenditureLine, Goals, IncomeLine, IndicatorTree, Project, Staffing, ThreePublic, Unit } from './schema-parts.js';
import { crossCheck } from './checks.js';

const LastYearThreePublic = z.strictObject({
  abroad: Amount.optional(),
  reception: Amount.optional(),
  vehiclePurchase: Amount.optional(),
  vehicleOperation: Amount.optional(),
});

export const FactsObject = z
  .strictObject({
    version: z.literal(1).default(1).meta({ description: '格式版本' }),
    profile: z.string().default('shanxi-13').meta({ description: '公开格式，目前支持 shanxi-13（山西省13张表）' }),
    department: z.strictObject({
      name: z.string().min(1).meta({ description: '部门（单位）全称' }),
      year: z.int().min(2000).max(2100).meta({ description: '预算年度' }),
      kind: z.enum(['预算', '决算']).default('预算'),
      scope: z.enum(['部门', '单位']).default('部门'),
      region: z.string().optional().meta({ description: '地区名称，如“泽州县”' }),
      adminLevel: z.enum(['central', 'province', 'city', 'county', 'township']).optional().meta({ description: '行政级次，缺省按部门名称判断' }),
      code: z.string().optional().meta({ description: '主管部门代码，如 "021"' }),
      duties: z.string().min(1).meta({ description: '部门职责' }),
      organisation: z.string().min(1).meta({ description: '机构设置情况（人员编制数另在 staffing 中填写）' }),
      staffing: Staffing.optional(),
    }),
    unit: z.enum(['元', '万元']).default('万元').meta({ description: '报表金额单位' }),
    draft: z.boolean().default(false).meta({ description: '草稿：加“仅供内部审核”水印' }),
    units: z.array(Unit).min(1).optional().meta({ description: '部门所属单位；缺省为部门本级一个行政单位' }),
    functionalNames: z.record(z.string().regex(/^\d{3}(\d{2})?$/, { error: '应为3位（类）或5位（款）编码' }), z.string().min(1)).optional().meta({ description: '内置科目表中没有的类、款名称' }),
    income: z
      .strictObject({ current: SourceAmounts.optional(), carryover: SourceAmounts.optional() })
      .optional()
      .meta({ description: '收入控制数（可选）：填写时须等于支出按来源的合计' }),
    expenditure: z.array(ExpenditureLine).meta({ description: '支出：功能分类项级科目 × 基本/项目 × 资金来源' }),
    basicEconomic: z.array(EconomicLine).default([]).meta({ description: '一般公共预算基本支出按部门经济分类款' }),
    govFund: z.strictObject({ income: z.array(IncomeLine).default([]) }).optional().meta({ description: '政府性基金预算收入科目' }),
    soe: z.strictObject({ income: z.array(IncomeLine).default([]) }).optional().meta({ description: '国有资本经营预算收入科目' }),
    threePublic: ThreePublic.optional().meta({ description: '财政拨款安排的“三公”经费' }),
    procurement: z.strictObject({ goods: Amount.optional(), works: Amount.optional(), services: Amount.optional() }).optional().meta({ description: '政府采购预算：货物、工程、服务' }),
    assets: Assets.optional(),
    projects: z.array(Project).default([]),
    overallPerformance: z
      .strictObject({ fields: z.record(z.string(), z.string()).optional(), goals: Goals.default({}), indicators: IndicatorTree.default({}) })
      .optional()
      .meta({ description: '部门整体支出绩效目标' }),
    lastYear: z
      .strictObject({
        incomeTotal: Amount.optional().meta({ description: '上年预算收入总计' }),
        expenditureTotal: Amount.optional().meta({ description: '上年预算支出总计' }),
        gpbCurrent: Amount.optional().meta({ description: '上年一般公共预算当年支出' }),
        threePublic: LastYearThreePublic.optional(),
        operatingCost: Amount.optional().meta({ description: '上年机关运行经费' }),
      })
      .optional()
      .meta({ description: '上年比较数' }),
    reasons: z
      .strictObject({ total: z.string().optional(), expenditure: z.string().optional(), gpb: z.string().optional(), threePublic: z.string().optional(), operatingCost: z.string().optional() })
      .optional()
      .meta({ description: '增减变动原因（编制人说明）' }),
    notes: z.strictObject({ purchaseServices: z.string().optional(), other: z.string().optional() }).optional().meta({ description: '其他说明' }),
  })
  .meta({ title: '部门预算事实', description: 'gongkai 部门预算事实文件：每个金额只填一次，报表和说明由程序生成' });

export type Facts = z.output<typeof FactsObject>;
export type FactsInput = z.input<typeof FactsObject>;

/** The facts schema with the cross-field checks (sums that must agree, names that must resolve). */
export const FactsSchema = FactsObject.superRefine(crossCheck);
