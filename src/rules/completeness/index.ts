import type { Rule } from '../engine/types.js';
import requiredTables from './completeness-required-tables.js';
import requiredSections from './completeness-required-sections.js';
import emptyTableNote from './completeness-empty-table-note.js';
import toc from './completeness-toc.js';
import draftMark from './completeness-draft-mark.js';
import unplaced from './completeness-unplaced.js';

export const COMPLETENESS_RULES: Rule[] = [requiredTables, requiredSections, emptyTableNote, toc, draftMark, unplaced];
