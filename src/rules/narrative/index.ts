import type { Rule } from '../engine/types.js';

export const NARRATIVE_RULES: Rule[] = [];
