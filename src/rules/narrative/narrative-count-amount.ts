import { coverClaim } from '../engine/coverage.js';
import { fmt } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'narrative-count-amount',
  severity: 'error',
  category: 'narrative',
  title: '数量与金额互相矛盾',
  message: '“{subject}”为{count}个，涉及金额却为{amount}',
  description: `说明中“N个……，涉及金额X万元”的写法，数量为0时金额必须为0；数量不为0而金额为0则提示核对。
例如“其中0个单位编报了单位整体绩效目标，涉及资金15万元”自相矛盾。`,
  *check({ figures }) {
    for (const { claim, section } of figures.claims('count')) {
      if (!claim.amount) continue;
      const zeroCount = claim.count === 0;
      const zeroAmount = claim.amount.fen === 0n;
      // "计划购置车辆0辆、0万元": nothing counted must cost nothing, a check the amount can fail (any amount passes a count above 0).
      if (zeroCount) coverClaim(claim);
      if (zeroCount === zeroAmount) continue;
      yield {
        params: { subject: claim.subject, count: claim.count, amount: fmt(claim.amount) },
        locations: [claimLoc(section, claim)],
        expected: zeroCount ? '0万元' : '大于0的金额',
        actual: fmt(claim.amount),
        severity: zeroCount ? 'error' : 'warning',
        suggestion: '核对数量或金额',
      };
    }
  },
});
