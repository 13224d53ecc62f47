import type { BudgetDocument } from '../../model/document.js';
import { PROFILES, chooseProfile } from '../../profiles/profiles.js';
import { builtinReference, type ReferenceSet } from '../../reference/index.js';
import { ALL_RULES } from '../catalogue.js';
import { acknowledgedOmissions, acknowledgedRounding, groupRounding, mergeRepeats } from './aggregate.js';
import { Coverage, withCoverage } from './coverage.js';
import { markDependents } from './depends.js';
import { Figures } from './figures.js';
import { capFinding, MAX_FINDINGS, MAX_FINDINGS_PER_RULE, WorkLimit, workCounter } from './bounds.js';
import type { Finding, FindingDraft, Rule, RuleContext, Severity } from './types.js';

export interface CheckOptions {
  ref?: ReferenceSet;
  prior?: BudgetDocument;
  rules?: readonly Rule[];
  /** Rule ids to skip. */
  disable?: string[];
  /** Collects the cells and claims the rules compared (the corpus runner's coverage). */
  coverage?: Coverage;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function renderMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

function finding(rule: Rule, d: FindingDraft): Finding {
  return {
    ruleId: rule.id,
    severity: d.rounding ? 'warning' : (d.severity ?? rule.severity),
    category: rule.category,
    title: d.rounding ? `${rule.title}（尾差）` : rule.title,
    message: renderMessage(rule.message, d.params) + (d.rounding ? '（差额在各数四舍五入的误差范围内，属尾差）' : ''),
    locations: d.locations,
    expected: d.expected,
    actual: d.actual,
    difference: d.difference,
    suggestion: d.suggestion,
    ...(d.rounding ? { rounding: true } : {}),
  };
}

/** Run every applicable rule on a document and return findings, most severe first. */
export function checkDocument(doc: BudgetDocument, opts: CheckOptions = {}): Finding[] {
  return withCoverage(opts.coverage, () => runRules(doc, opts));
}

function runRules(doc: BudgetDocument, opts: CheckOptions): Finding[] {
  const profile = PROFILES[doc.meta.profile] ?? chooseProfile(doc).profile;
  const counter = workCounter();
  const ctx: RuleContext = { doc, ref: opts.ref ?? builtinReference(doc.meta.year), profile, figures: new Figures(doc), prior: opts.prior, work: counter.work };
  const findings: Finding[] = [];
  for (const rule of opts.rules ?? ALL_RULES) {
    if (opts.disable?.includes(rule.id)) continue;
    if (rule.profiles && !rule.profiles.includes(profile.id)) continue;
    counter.reset();
    let kept = 0;
    let note: string | undefined;
    try {
      for (const d of rule.check(ctx)) {
        if (kept === MAX_FINDINGS_PER_RULE || findings.length >= MAX_FINDINGS) {
          note = `问题过多（本规则超过 ${MAX_FINDINGS_PER_RULE} 个，或全部规则超过 ${MAX_FINDINGS} 个），其余未列出`;
          break;
        }
        kept++;
        findings.push(capFinding(finding(rule, d)));
      }
    } catch (e) {
      if (!(e instanceof WorkLimit)) throw e;
      note = '文件内容过多，本规则只比较了一部分便停止，结果可能不完整';
    }
    if (note) findings.push({ ruleId: rule.id, severity: 'info', category: rule.category, title: rule.title, message: note, locations: [] });
  }
  const grouped = acknowledgedOmissions(doc, acknowledgedRounding(doc, groupRounding(mergeRepeats(findings))));
  markDependents(grouped);
  return grouped.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
