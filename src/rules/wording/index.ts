import type { Rule } from '../engine/types.js';

export const WORDING_RULES: Rule[] = [];
