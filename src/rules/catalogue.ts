// The rule catalogue: every rule, in documentation order. `gongkai rules` and docs/rules/ are generated from it.
// Each category folder owns its index.ts; one rule = one file + one test file.
import type { Rule } from './engine/types.js';
import { ARITHMETIC_RULES } from './arithmetic/index.js';
import { CROSS_TABLE_RULES } from './cross-table/index.js';
import { NARRATIVE_RULES } from './narrative/index.js';
import { COMPLETENESS_RULES } from './completeness/index.js';
import { CLASSIFICATION_RULES } from './classification/index.js';
import { PERFORMANCE_RULES } from './performance/index.js';
import { WORDING_RULES } from './wording/index.js';

export const ALL_RULES: readonly Rule[] = [
  ...ARITHMETIC_RULES,
  ...CROSS_TABLE_RULES,
  ...NARRATIVE_RULES,
  ...COMPLETENESS_RULES,
  ...CLASSIFICATION_RULES,
  ...PERFORMANCE_RULES,
  ...WORDING_RULES,
];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
