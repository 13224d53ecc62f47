import type { AmountClaim } from '../../model/claims.js';
import type { Section } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import { abs, halfQuantum } from '../../money/index.js';
import { fmt } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';

/** Subjects too generic to compare across sections. */
const GENERIC = /^(上年结转|本年收入|涉及金额|金额|资金|共计|合计|预算|支出|收入|占有使用价值|涉及资金|涉及项目金额)$/;

export default defineRule({
  id: 'narrative-conflicting-figures',
  severity: 'error',
  category: 'narrative',
  title: '说明中同一数字前后不一致',
  message: '“{subject}”在说明中写作{first}，又写作{second}',
  description: `同一事项（如“基本支出”“项目支出”“一般公共预算当年支出”）在情况说明的不同位置出现时，金额必须一致。
这条规则不依赖报表，能发现报表中没有对应数、只在说明里出现两次的数字的矛盾。`,
  *check({ figures }) {
    const seen = new Map<string, { claim: AmountClaim; section: Section }>();
    for (const { claim, section } of figures.claims('amount')) {
      const key = normalizeName(claim.subject);
      if (key.length < 4 || GENERIC.test(key)) continue;
      const prev = seen.get(key);
      if (!prev) {
        seen.set(key, { claim, section });
        continue;
      }
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
