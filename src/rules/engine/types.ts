import type { BudgetDocument } from '../../model/document.js';
import type { ReferenceSet } from '../../reference/index.js';
import type { Profile } from '../../profiles/profiles.js';
import type { Figures } from './figures.js';

export type Severity = 'error' | 'warning' | 'info';

export type RuleCategory = 'arithmetic' | 'cross-table' | 'narrative' | 'completeness' | 'classification' | 'performance' | 'wording';

export const CATEGORY_NAMES: Record<RuleCategory, string> = {
  arithmetic: '表内勾稽',
  'cross-table': '表间勾稽',
  narrative: '说明与报表一致性',
  completeness: '完整性',
  classification: '科目规范',
  performance: '绩效目标',
  wording: '文字规范',
};

/** Where a finding points. Several locations for findings between two places (two tables, text vs table). */
export interface Location {
  /** Short human label, e.g. "2026年预算支出总表 › 合计 › 基本支出" or "三、支出预算情况说明". */
  label: string;
  tableId?: string;
  tableTitle?: string;
  row?: string;
  column?: string;
  sectionId?: string;
  section?: string;
  form?: string;
  field?: string;
  file?: string;
  line?: number;
  page?: number;
  box?: [number, number, number, number];
  span?: [number, number];
  /** The text the finding is about (a sentence, a cell). */
  excerpt?: string;
}

/** What a rule's check yields; the engine adds id, severity, category and renders the message. */
export interface FindingDraft {
  params?: Record<string, string | number>;
  locations: Location[];
  expected?: string;
  actual?: string;
  difference?: string;
  suggestion?: string;
  /** Override the rule's default severity for this finding (e.g. an unknown code is info, a wrong name error). */
  severity?: Severity;
  /**
   * The figures differ, but by no more than the rounding of the printed figures can explain (尾差): reported as a
   * warning whatever the rule's severity, with the message saying so.
   */
  rounding?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  category: RuleCategory;
  title: string;
  message: string;
  locations: Location[];
  expected?: string;
  actual?: string;
  difference?: string;
  suggestion?: string;
  /** A rounding-level difference (尾差), see FindingDraft.rounding. */
  rounding?: boolean;
  /**
   * The finding was computed on a figure another (error) finding says is wrong: fix that one first (see
   * engine/depends.ts). Its rule, title and that figure's expected/actual.
   */
  dependsOn?: { ruleId: string; title: string; expected?: string; actual?: string };
}

export interface RuleContext {
  doc: BudgetDocument;
  ref: ReferenceSet;
  profile: Profile;
  figures: Figures;
  /** Last year's disclosure, when given (--prior). */
  prior?: BudgetDocument;
  /**
   * Rules that compare pieces pairwise call this once per comparison: past the engine's budget it ends the
   * rule (its findings so far are kept, with a note), so a huge or hostile document cannot take hours.
   */
  work?: (units?: number) => void;
}

export interface RuleMeta {
  /** Stable id, kebab-case, never reused. */
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** zh-CN title and message template; {name} placeholders are filled from FindingDraft.params. */
  title: string;
  message: string;
  /** Doc page body (Markdown, zh-CN): what is checked, why, and an example. */
  description: string;
  /** Profiles the rule applies to; all when absent. */
  profiles?: string[];
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): Iterable<FindingDraft>;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
