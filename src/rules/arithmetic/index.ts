import type { Rule } from '../engine/types.js';
import tableColumnTotal from './table-column-total.js';

export const ARITHMETIC_RULES: Rule[] = [tableColumnTotal];
