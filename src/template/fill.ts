import type { CellValue } from 'exceljs';
import { parseFacts } from '../facts/load.js';
import type { Facts, FactsInput } from '../facts/schema.js';
import { SOURCES } from '../facts/amount.js';
import { buildBook, type BookData } from './book.js';
import { toCell } from './cells.js';
import { getPath } from './read.js';
import { OVERALL, type Field } from './spec.js';
import { ALL_SHEETS, sheetSpec } from './spec-more.js';

type Row = Record<string, CellValue>;

export interface TemplateOptions {
  year: number;
  /** Disclosure profile; only 'shanxi-13' can be derived from facts for now. */
  profile?: 'shanxi-13';
}

/** The empty fill-in workbook for a year: 填表说明 and one sheet per group of facts. */
export async function writeTemplate(opts: TemplateOptions): Promise<Buffer> {
  return buildBook({ year: opts.year, profile: opts.profile ?? 'shanxi-13' });
}

const columns = (sheet: string): Field[] => sheetSpec(sheet).table?.columns ?? [];

/** A row of a table from an object, each column read at its path. */
function rowOf(sheet: string, obj: unknown, extra: Row = {}): Row {
  const out: Row = {};
  for (const f of columns(sheet)) {
    const v = toCell(getPath(obj, f.key), f);
    if (v !== null) out[f.key] = v;
  }
  return { ...out, ...extra };
}

/** A value shown as the enumeration label of a column. */
const shownAs = (sheet: string, key: string, value: string) => toCell(value, columns(sheet).find((f) => f.key === key)!);

function kv(sheet: string, facts: Facts): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const f of sheetSpec(sheet).kv ?? []) out[f.key] = f.key === 'overallPerformance' ? toCell(facts.overallPerformance !== undefined, f) : toCell(getPath(facts, f.key), f);
  return out;
}

function incomeRows(f: Facts): Row[] {
  const rows: Row[] = [];
  for (const [field, cat] of [['current', '本年收入'], ['carryover', '上年结转']] as const)
    for (const s of SOURCES) {
      const m = f.income?.[field]?.[s];
      if (m) rows.push(rowOf('收入', { amount: m }, { category: cat, source: shownAs('收入', 'source', s) }));
    }
  for (const l of f.govFund?.income ?? []) rows.push(rowOf('收入', l, { category: '政府性基金预算收入' }));
  for (const l of f.soe?.income ?? []) rows.push(rowOf('收入', l, { category: '国有资本经营预算收入' }));
  return rows;
}

function expenditureRows(f: Facts): Row[] {
  const rows: Row[] = [];
  for (const l of f.expenditure) {
    const head = rowOf('支出明细', { code: l.code, name: l.name, unit: l.unit });
    let any = false;
    for (const period of ['current', 'carryover'] as const)
      for (const kind of ['basic', 'project'] as const) {
        const amounts = period === 'current' ? l[kind] : l.carryover?.[kind];
        for (const s of SOURCES) {
          const m = amounts?.[s];
          if (!m) continue;
          any = true;
          rows.push({ ...head, ...rowOf('支出明细', { kind, source: s, period, amount: m }) });
        }
      }
    if (!any) rows.push(head);
  }
  return rows;
}

function indicatorRows(f: Facts): Row[] {
  const rows: Row[] = [];
  const add = (project: string, tree: NonNullable<Facts['overallPerformance']>['indicators']) => {
    for (const [l1, byL2] of Object.entries(tree))
      for (const [l2, items] of Object.entries(byL2 ?? {}))
        for (const [name, v] of Object.entries(items)) {
          const base = { project, l1, l2, name };
          if (typeof v === 'string') rows.push({ ...base, period: '实施期和年度', value: v });
          else {
            if (v.period !== undefined) rows.push({ ...base, period: '实施期', value: v.period });
            if (v.annual !== undefined) rows.push({ ...base, period: '年度', value: v.annual });
          }
        }
  };
  if (f.overallPerformance) add(OVERALL, f.overallPerformance.indicators);
  for (const p of f.projects) if (p.form) add(p.name, p.form.indicators);
  return rows;
}

/** The data of every sheet for a department's facts. */
export function factsData(f: Facts): BookData {
  const fixed = (sheet: string, pick: (code: string) => unknown) =>
    (columns(sheet)[0].codes ?? []).map((code) => rowOf(sheet, pick(code), { item: shownAs(sheet, 'item', code) }));
  const data: BookData = {
    单位信息: { kv: kv('单位信息', f), rows: (f.units ?? []).map((u) => rowOf('单位信息', u)) },
    收入: { rows: incomeRows(f) },
    支出明细: { rows: expenditureRows(f) },
    基本支出经济分类: { rows: f.basicEconomic.map((l) => rowOf('基本支出经济分类', l)) },
    三公经费: { rows: fixed('三公经费', (code) => f.threePublic?.[code as keyof NonNullable<Facts['threePublic']>]) },
    机关运行经费: { rows: (f.units ?? []).filter((u) => u.operatingCost).map((u) => rowOf('机关运行经费', u.operatingCost, { unit: u.name })) },
    政府采购: { rows: fixed('政府采购', (code) => ({ amount: f.procurement?.[code as 'goods'] })) },
    资产: { kv: kv('资产', f), rows: (f.assets?.equipment ?? []).map((e) => rowOf('资产', e)) },
    项目: { rows: f.projects.map((p) => rowOf('项目', p)) },
    绩效指标: { rows: indicatorRows(f) },
    上年数: { kv: kv('上年数', f) },
    说明文字: { kv: kv('说明文字', f), rows: Object.entries(f.overallPerformance?.fields ?? {}).map(([key, value]) => ({ key, value })) },
    科目名称补充: { rows: Object.entries(f.functionalNames ?? {}).map(([code, name]) => ({ code, name })) },
  };
  for (const s of ALL_SHEETS) data[s.name] ??= {};
  return data;
}

/** The fill-in workbook filled with a department's facts (validated first), as a preparer would fill it. */
export async function factsToWorkbook(input: Facts | FactsInput): Promise<Buffer> {
  const f = parseFacts(input);
  return buildBook({ year: f.department.year, profile: f.profile }, factsData(f));
}
