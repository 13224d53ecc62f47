import type { Finding, RuleCategory, Severity } from '../rules/engine/types.js';

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  byCategory: Partial<Record<RuleCategory, number>>;
  byRule: Record<string, number>;
}

export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function summarize(findings: readonly Finding[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0, byCategory: {}, byRule: {} };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
    s.byCategory[f.category] = (s.byCategory[f.category] ?? 0) + 1;
    s.byRule[f.ruleId] = (s.byRule[f.ruleId] ?? 0) + 1;
  }
  return s;
}
