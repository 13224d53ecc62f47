import type { Rule } from '../engine/types.js';

export const COMPLETENESS_RULES: Rule[] = [];
