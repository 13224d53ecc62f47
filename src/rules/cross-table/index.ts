import type { Rule } from '../engine/types.js';

export const CROSS_TABLE_RULES: Rule[] = [];
