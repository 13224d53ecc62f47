import type { FactsIssue } from '../facts/load.js';
import { Locator, setPath, sheetWhere, type ReadRow, type ReadSheet } from './read.js';
import { sheetSpec } from './spec-more.js';

/** Building the facts input from the read sheets, registering where every value came from. */

export type Obj = Record<string, unknown>;

export interface Ctx {
  input: Obj;
  loc: Locator;
  issues: FactsIssue[];
  sheets: Record<string, ReadSheet | undefined>;
}

const split = (key: string) => key.split('.');

/** Key-value fields into the input at their paths (the flag `overallPerformance` is handled by the caller). */
export function kvInto(c: Ctx, sheet: string): void {
  const s = c.sheets[sheet];
  if (!s) return;
  for (const f of sheetSpec(sheet).kv ?? []) {
    const v = s.kv[f.key];
    if (!v || f.key === 'overallPerformance') continue;
    c.loc.set(split(f.key), v.where, f.label);
    if (v.value !== undefined) setPath(c.input, f.key, v.value);
  }
}

/** One object per row, columns at their (relative) paths; registers each cell under `base[i]`. */
export function rowObjects(c: Ctx, sheet: string, rows: ReadRow[], base: (string | number)[], offset = 0): Obj[] {
  const labels = new Map((sheetSpec(sheet).table?.columns ?? []).map((f) => [f.key, f.label]));
  return rows.map((row, k) => {
    const o: Obj = {};
    const i = offset + k;
    c.loc.set([...base, i], row.where);
    for (const [key, v] of Object.entries(row.values)) {
      c.loc.set([...base, i, ...split(key)], v.where, labels.get(key));
      if (v.value !== undefined) setPath(o, key, v.value);
    }
    return o;
  });
}

const val = (row: ReadRow, key: string) => row.values[key]?.value as string | undefined;
const where = (row: ReadRow, key: string) => row.values[key]?.where ?? row.where;

function need(c: Ctx, row: ReadRow, key: string, what: string): string | undefined {
  const v = val(row, key);
  if (v === undefined && !c.issues.some((i) => i.path === where(row, key))) c.issues.push({ path: where(row, key), message: `缺少${what}` });
  return v;
}

/** 所属单位 and their 机关运行经费. */
export function unitsInto(c: Ctx): void {
  const info = c.sheets['单位信息'];
  const units = info ? rowObjects(c, '单位信息', info.rows, ['units']) : [];
  if (units.length) c.input.units = units;
  c.loc.set(['units'], sheetWhere('单位信息'));
  const cost = c.sheets['机关运行经费'];
  if (!cost) return;
  const seen = new Map<string, number>();
  for (const row of cost.rows) {
    const name = need(c, row, 'unit', '单位名称');
    if (name === undefined) continue;
    const dept = (c.input.department as Obj | undefined)?.name;
    let i = units.findIndex((u) => u.name === name);
    if (i < 0 && !units.length && name === dept) {
      units.push({ name });
      c.input.units = units;
      i = 0;
    }
    if (i < 0) {
      c.issues.push({ path: where(row, 'unit'), message: `单位“${name}”不在「单位信息」的所属单位中${units.length ? `（已有：${units.map((u) => u.name).join('、')}）` : `；只有部门本级时填部门名称“${dept ?? ''}”`}` });
      continue;
    }
    if (seen.has(name)) {
      c.issues.push({ path: where(row, 'unit'), message: `单位“${name}”重复（另见第${seen.get(name)}行），请合并为一行` });
      continue;
    }
    seen.set(name, row.row);
    const amounts: Obj = {};
    c.loc.set(['units', i, 'operatingCost'], row.where);
    for (const s of ['gpb', 'gov_fund', 'soe']) {
      c.loc.set(['units', i, 'operatingCost', s], where(row, s));
      if (val(row, s) !== undefined) amounts[s] = val(row, s);
    }
    if (Object.keys(amounts).length) units[i].operatingCost = amounts;
  }
}

/** 收入: control figures by source, and the fund income lines. */
export function incomeInto(c: Ctx): void {
  const s = c.sheets['收入'];
  c.loc.set(['income'], sheetWhere('收入'));
  for (const k of ['govFund', 'soe']) c.loc.set([k], sheetWhere('收入'));
  if (!s) return;
  const lines: Record<string, ReadRow[]> = { govFund: [], soe: [] };
  const seen = new Map<string, number>();
  for (const row of s.rows) {
    const cat = need(c, row, 'category', '收入类别');
    if (cat === '政府性基金预算收入') lines.govFund.push(row);
    else if (cat === '国有资本经营预算收入') lines.soe.push(row);
    else if (cat) {
      const source = need(c, row, 'source', `资金来源（${cat}按资金来源填写）`);
      if (!source) continue;
      const field = cat === '本年收入' ? 'current' : 'carryover';
      const key = `${field}.${source}`;
      if (seen.has(key)) c.issues.push({ path: where(row, 'source'), message: `${cat}的这一资金来源已在第${seen.get(key)}行填写` });
      seen.set(key, row.row);
      c.loc.set(['income', field, source], where(row, 'amount'));
      if (val(row, 'amount') !== undefined) setPath(c.input, `income.${key}`, val(row, 'amount'));
    }
  }
  for (const k of ['govFund', 'soe'] as const) {
    if (!lines[k].length) continue;
    const objs = rowObjects(c, '收入', lines[k], [k, 'income']).map(({ code, name, amount }) => ({ code, name, amount }));
    c.input[k] = { income: objs };
  }
}

/** 支出明细: rows grouped into one line per unit and 项级 code, amounts by kind × source × period. */
export function expenditureInto(c: Ctx): void {
  const s = c.sheets['支出明细'];
  c.loc.set(['expenditure'], sheetWhere('支出明细'));
  if (!s) return;
  const lines: Obj[] = [];
  const index = new Map<string, { i: number; row: number; name?: string }>();
  const seen = new Map<string, number>();
  for (const row of s.rows) {
    const code = need(c, row, 'code', '科目编码');
    const name = need(c, row, 'name', '科目名称');
    if (code === undefined) continue;
    const unit = val(row, 'unit');
    const key = `${unit ?? ''}|${code}`;
    let at = index.get(key);
    if (!at) {
      at = { i: lines.length, row: row.row, name };
      index.set(key, at);
      lines.push({ code, name, ...(unit !== undefined ? { unit } : {}) });
      c.loc.set(['expenditure', at.i], row.where);
      for (const k of ['code', 'name', 'unit']) c.loc.set(['expenditure', at.i, k], where(row, k), k === 'code' ? '科目编码' : k === 'name' ? '科目名称' : '所属单位');
    } else if (name !== undefined && at.name !== undefined && name !== at.name)
      c.issues.push({ path: where(row, 'name'), message: `科目${code}的名称“${name}”与第${at.row}行的“${at.name}”不一致` });
    const amount = val(row, 'amount');
    if (amount === undefined) continue;
    const kind = need(c, row, 'kind', '支出类型（基本支出或项目支出）');
    const source = need(c, row, 'source', '资金来源');
    if (!kind || !source) continue;
    const period = val(row, 'period') ?? 'current';
    const path = period === 'current' ? [kind, source] : ['carryover', kind, source];
    const dup = `${key}|${path.join('.')}`;
    if (seen.has(dup)) {
      c.issues.push({ path: where(row, 'amount'), message: `科目${code}的这笔金额（同一支出类型、资金来源和年度）已在第${seen.get(dup)}行填写，请合并` });
      continue;
    }
    seen.set(dup, row.row);
    c.loc.set(['expenditure', at.i, ...path], where(row, 'amount'), '金额');
    setPath(lines[at.i], path.join('.'), amount);
  }
  c.input.expenditure = lines;
}
