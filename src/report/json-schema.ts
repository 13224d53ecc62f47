import { z } from 'zod';

/** Version of the `gongkai check --format json` output. Bump the major on breaking changes. */
export const REPORT_SCHEMA_VERSION = '1.1.0';

const location = z.object({
  label: z.string(),
  tableId: z.string().optional(),
  tableTitle: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  sectionId: z.string().optional(),
  section: z.string().optional(),
  form: z.string().optional(),
  field: z.string().optional(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  page: z.number().int().optional(),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  span: z.tuple([z.number(), z.number()]).optional(),
  excerpt: z.string().optional(),
});

/** Exact decimal in the table's unit, e.g. "650.24"; null for a blank cell. */
const amount = z.string().regex(/^-?\d+(\.\d+)?$/).nullable();

export const checkReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('gongkai'), version: z.string() }),
  document: z.object({
    file: z.string().optional(),
    title: z.string().optional(),
    department: z.string().optional(),
    year: z.number().int().optional(),
    kind: z.enum(['预算', '决算']),
    scope: z.enum(['部门', '单位']),
    profile: z.string(),
    unit: z.enum(['元', '万元', '亿元']),
    draft: z.boolean(),
  }),
  tables: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      number: z.string().optional(),
      unit: z.enum(['元', '万元', '亿元']),
      emptyNote: z.string().optional(),
      columns: z.array(z.object({ key: z.string(), label: z.string(), path: z.array(z.string()) })),
      rows: z.array(
        z.object({
          side: z.enum(['income', 'expense']).optional(),
          code: z.string().optional(),
          name: z.string(),
          level: z.string().optional(),
          role: z.string(),
          values: z.record(z.string(), amount),
          line: z.number().int().optional(),
          page: z.number().int().optional(),
        }),
      ),
    }),
  ),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      category: z.string(),
      title: z.string(),
      message: z.string(),
      locations: z.array(location),
      expected: z.string().optional(),
      actual: z.string().optional(),
      difference: z.string().optional(),
      suggestion: z.string().optional(),
      rounding: z.boolean().optional().describe('差额在四舍五入误差范围内（尾差）'),
      dependsOn: z
        .object({ ruleId: z.string(), title: z.string(), expected: z.string().optional(), actual: z.string().optional() })
        .optional()
        .describe('本条依据的数已被另一条错误指出有误：先更正那个数'),
    }),
  ),
  summary: z.object({
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    tables: z.number().int(),
    sections: z.number().int(),
    forms: z.number().int(),
    byCategory: z.record(z.string(), z.number().int()),
    byRule: z.record(z.string(), z.number().int()),
  }),
});

export type CheckReport = z.infer<typeof checkReportSchema>;
