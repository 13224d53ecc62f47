import type { Rule } from '../engine/types.js';
import functionalCodeName from './class-functional-code-name.js';
import functionalDetail from './class-functional-detail.js';
import codeParent from './class-code-parent.js';
import economicName from './class-economic-name.js';
import economicMapping from './class-economic-mapping.js';
import economicPersonnelPublic from './class-economic-personnel-public.js';

export const CLASSIFICATION_RULES: Rule[] = [functionalCodeName, functionalDetail, codeParent, economicName, economicMapping, economicPersonnelPublic];
