import type { Rule } from '../engine/types.js';
import formAmountVsProject from './perf-form-amount-vs-project.js';
import formCoverage from './perf-form-coverage.js';
import fundsSum from './perf-funds-sum.js';
import costBreakdown from './perf-cost-breakdown.js';
import quantityStandard from './perf-quantity-standard.js';
import timeVsPlan from './perf-time-vs-plan.js';
import indicatorUnit from './perf-indicator-unit.js';
import indicatorOperator from './perf-indicator-operator.js';
import indicatorTerm from './perf-indicator-term.js';
import indicatorLevels from './perf-indicator-levels.js';
import narrativeCounts from './perf-narrative-counts.js';
import truncatedName from './perf-truncated-name.js';
import goalCopy from './perf-goal-copy.js';

export const PERFORMANCE_RULES: Rule[] = [
  formAmountVsProject,
  formCoverage,
  fundsSum,
  costBreakdown,
  quantityStandard,
  timeVsPlan,
  indicatorUnit,
  indicatorOperator,
  indicatorTerm,
  indicatorLevels,
  narrativeCounts,
  truncatedName,
  goalCopy,
];
