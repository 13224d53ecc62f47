import type { Rule } from '../engine/types.js';

export const PERFORMANCE_RULES: Rule[] = [];
