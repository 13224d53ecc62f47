import { coverClaim } from '../engine/coverage.js';
import { formatPercent, percentConsistent, ratioPercent } from '../../money/percent.js';
import { halfQuantum } from '../../money/index.js';
import { claimLoc } from '../engine/locate.js';
import { normalizeName } from '../../model/names.js';
import { resolveSubject } from '../engine/resolve.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'narrative-share',
  severity: 'error',
  category: 'narrative',
  title: '说明中的占比计算错误',
  message: '“{subject}”占“{of}”的比例应为{expected}，说明写作{stated}',
  description: `“基本支出330.24万元，占50.79%”这类占比，用同一句中写明的分子、分母（或报表中的对应数）重新计算，
按说明所写的小数位四舍五入比对；分子、分母本身的四舍五入误差也计入容差。`,
  *check({ figures }) {
    for (const { claim, section } of figures.claims('share')) {
      // A share of itself means the sentence head was lost (e.g. a paragraph broken by the layout): not checkable.
      if (claim.of && normalizeName(claim.of) === normalizeName(claim.subject)) continue;
      let num = claim.value;
      let den = claim.ofValue;
      if (!den && claim.of) den = resolveSubject(figures, claim.of, section.topic)?.value;
      if (!num && claim.subject) num = resolveSubject(figures, claim.subject, section.topic)?.value;
      if (!num || !den || den.fen === 0n) continue;
      coverClaim(claim);
      if (percentConsistent(claim.percent, num.fen, den.fen, halfQuantum(num), halfQuantum(den))) continue;
      const exact = ratioPercent(num.fen, den.fen, Math.max(claim.percent.decimals, 2))!;
      yield {
        params: { subject: claim.subject, of: claim.of ?? '', expected: formatPercent(exact), stated: formatPercent(claim.percent) },
        locations: [claimLoc(section, claim)],
        expected: formatPercent(exact),
        actual: formatPercent(claim.percent),
        suggestion: `改为 ${formatPercent(ratioPercent(num.fen, den.fen, claim.percent.decimals)!)}`,
      };
    }
  },
});
