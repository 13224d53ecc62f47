import type { Rule } from '../engine/types.js';

export const CLASSIFICATION_RULES: Rule[] = [];
