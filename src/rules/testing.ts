import { importText } from '../import/text/index.js';
import type { BudgetDocument } from '../model/document.js';
import { checkDocument } from './engine/run.js';
import type { Finding, Rule } from './engine/types.js';

/** Test helper: run one rule on a small text fixture. */
export function runRule(rule: Rule, text: string, prior?: string): Finding[] {
  const doc = importText(text, { file: 'fixture.txt' });
  return checkDocument(doc, { rules: [rule], prior: prior ? importText(prior) : undefined });
}

export function docOf(text: string): BudgetDocument {
  return importText(text, { file: 'fixture.txt' });
}

/** A cover line and title so fixtures read as a budget; tables and text follow. */
export const HEAD = '泽州县测试局\n2026年度部门预算公开\n';

/** Build tab-separated table text: a title, a unit line and rows given as arrays. */
export function table(title: string, rows: (string | number)[][], unit = '万元'): string {
  return [title, `单位：${unit}`, ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
}
