import type { AmountClaim } from '../../model/claims.js';
import type { Section } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import { abs, halfQuantum } from '../../money/index.js';
import { fmt } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { resolveSubject } from '../engine/resolve.js';
import { defineRule } from '../engine/types.js';

/** Subjects too generic to compare across sections. */
const GENERIC = /^(上年结转|本年收入|涉及金额|金额|资金|共计|合计|预算|支出|收入|占有使用价值|涉及资金|涉及项目金额)$|(年初)?(预算|决算)(数)?为?$|为$/;

export default defineRule({
  id: 'narrative-conflicting-figures',
  severity: 'error',
  category: 'narrative',
  title: '说明中同一数字前后不一致',
  message: '“{subject}”在说明中写作{first}，又写作{second}',
  description: `同一事项在情况说明的不同位置出现时，金额必须一致。这条规则针对报表中没有对应数、只在说明里出现的数字
（如“纳入绩效目标管理的二级项目”“政府采购预算总额”）；能与报表核对的数字由“说明中的金额与报表不一致”规则按各节对应的表核对。`,
  *check({ figures }) {
    const seen = new Map<string, { claim: AmountClaim; section: Section }>();
    for (const { claim, section } of figures.claims('amount')) {
      const key = normalizeName(claim.subject);
      if (key.length < 4 || GENERIC.test(key)) continue;
      // Figures the tables can check are left to narrative-amount, which knows each section's table.
      if (resolveSubject(figures, claim.subject, section.topic)) continue;
      const prev = seen.get(key);
      if (!prev) {
        seen.set(key, { claim, section });
        continue;
      }
      // Within one section a repeated subject is usually an enumeration (年初预算为… of each 项), not one figure.
      if (prev.section === section) continue;
      const tol = halfQuantum(prev.claim.value) > halfQuantum(claim.value) ? halfQuantum(prev.claim.value) : halfQuantum(claim.value);
      if (abs(prev.claim.value.fen - claim.value.fen) <= tol) continue;
      yield {
        params: { subject: claim.subject, first: fmt(prev.claim.value), second: fmt(claim.value) },
        locations: [claimLoc(section, claim), claimLoc(prev.section, prev.claim)],
        expected: fmt(prev.claim.value),
        actual: fmt(claim.value),
        suggestion: '统一为与报表一致的金额',
      };
    }
  },
});
