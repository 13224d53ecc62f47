import type { Rule } from '../engine/types.js';
import narrativeAmount from './narrative-amount.js';
import narrativeShare from './narrative-share.js';
import narrativeChange from './narrative-change.js';
import narrativeCompletion from './narrative-completion.js';
import narrativeZeroBase from './narrative-zero-base.js';
import narrativeNameExists from './narrative-name-exists.js';
import narrativeListItems from './narrative-list-items.js';
import narrativePartsSum from './narrative-parts-sum.js';
import narrativeConflictingFigures from './narrative-conflicting-figures.js';
import narrativeChangeVsPrior from './narrative-change-vs-prior.js';
import narrativeCountAmount from './narrative-count-amount.js';
import narrativeItemFigures from './narrative-item-figures.js';
import narrativeUnresolved from './narrative-unresolved.js';
import threePublicCounts from './three-public-counts.js';

export const NARRATIVE_RULES: Rule[] = [
  narrativeAmount,
  narrativeItemFigures,
  narrativeShare,
  narrativeChange,
  narrativeCompletion,
  narrativeZeroBase,
  narrativeNameExists,
  narrativeListItems,
  narrativePartsSum,
  narrativeConflictingFigures,
  narrativeChangeVsPrior,
  narrativeCountAmount,
  threePublicCounts,
  narrativeUnresolved,
];
