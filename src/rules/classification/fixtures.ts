// Test fixtures shared by the classification rule tests.
import { checkDocument } from '../engine/run.js';
import type { Finding, Rule } from '../engine/types.js';
import { Classification, builtinReference, type ClassificationKind, type ReferenceSet } from '../../reference/index.js';
import { HEAD, docOf, table } from '../testing.js';

/** A 支出总表 with the given coded rows ([code, name, amount]). */
export function expense(rows: [string, string, string][], title = '2026年预算支出总表'): string {
  return (
    HEAD +
    table(title, [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', '', '', '', ''],
      ...rows.map(([code, name, v]) => [code, name, v, v, '']),
    ])
  );
}

/** A 基本支出经济分类表: rows are [部门 name, 政府 name, 人员经费, 公用经费]. */
export function economic(rows: [string, string, string, string][]): string {
  return (
    HEAD +
    table('2026年一般公共预算基本支出表', [
      ['部门预算支出经济科目名称', '政府预算支出经济科目名称', '2026年预算数', '', ''],
      ['', '', '合计', '人员经费', '公用经费'],
      ...rows.map(([name, alt, p, q]) => [name, alt, (Number(p || 0) + Number(q || 0)).toFixed(2), p, q]),
    ])
  );
}

/** The built-in reference with one classification marked complete (as if loaded from an official list). */
export function completeRef(kind: ClassificationKind): ReferenceSet {
  const base = builtinReference(2026);
  const key = kind === 'functional' ? 'functional' : kind === 'economic-department' ? 'economicDepartment' : 'economicGovernment';
  return { ...base, [key]: new Classification(kind, [...base[key].entries()].map((e) => ({ ...e, formerNames: [...e.formerNames] })), true) };
}

export function runWithRef(rule: Rule, text: string, ref: ReferenceSet): Finding[] {
  return checkDocument(docOf(text), { rules: [rule], ref });
}
