import type { Rule } from '../engine/types.js';
import adminLevel from './wording-admin-level.js';
import staleYear from './wording-stale-year.js';
import pendingNotice from './wording-pending-notice.js';
import docNumberConflict from './wording-doc-number-conflict.js';
import docNumberBrackets from './wording-doc-number-brackets.js';
import duplicateText from './wording-duplicate-text.js';

export const WORDING_RULES: Rule[] = [adminLevel, staleYear, pendingNotice, docNumberConflict, docNumberBrackets, duplicateText];
