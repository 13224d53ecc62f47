import type { Money } from '../money/index.js';
import type { SourceRef } from './document.js';

/** A parsed 指标值: operator, number and unit, or a qualitative word. */
export interface IndicatorValue {
  raw: string;
  operator?: '≥' | '≤' | '=' | '>' | '<';
  number?: string;
  unit?: string;
  /** Non-numeric values: 合规, 持续, 改善, 七月, 2026年1月 … */
  word?: string;
  /** Words before the number: 提高90% → prefix 提高. */
  prefix?: string;
}

export interface Indicator {
  period: '实施期' | '年度';
  level1?: string;
  level2?: string;
  name: string;
  value: IndicatorValue;
  source: SourceRef;
}

export interface FormFunds {
  total?: Money;
  annual?: Money;
  central?: Money;
  provincial?: Money;
  local?: Money;
  self?: Money;
  other?: Money;
}

export interface PerformanceForm {
  kind: 'project' | 'overall';
  title: string;
  projectName?: string;
  /** Every labelled field as printed: 主管部门及代码, 项目属性, 项目期, 项目概况, 立项依据, 项目实施计划 … */
  fields: Record<string, string>;
  /** Where each field came from. */
  fieldSources: Record<string, SourceRef>;
  fundsUnit: '元' | '万元';
  funds: FormFunds;
  /** 总体目标: implementation-period and annual columns. */
  goals: { period?: string; annual?: string };
  indicators: Indicator[];
  /** The form exists in the document but its content was lost (e.g. replaced by a summary line). */
  lost?: boolean;
  /** Why the parsed content cannot be trusted (columns out of line, forms run together); not checked in detail. */
  doubtful?: string;
  source: SourceRef;
}
