import { coverClaim } from '../engine/coverage.js';
import { abs, halfQuantum, money } from '../../money/index.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { resolveSubject } from '../engine/resolve.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'narrative-amount',
  severity: 'error',
  category: 'narrative',
  title: '说明中的金额与报表不一致',
  message: '说明中“{subject}”为{stated}，报表（{figure}）为{table}',
  description: `情况说明中写出的每个金额，只要能确定它对应报表中的哪个数（收入总计、本年收入、基本支出、人员经费、某个功能分类科目……），
就与报表比对。说明常以万元写、报表可能以元列示，允许按说明所写位数四舍五入的误差（例如“320万元”对应 320.40 万元不算错）。
无法确定对应关系的金额不检查，不作猜测。`,
  *check({ figures }) {
    for (const { claim, section } of figures.claims('amount')) {
      const f = resolveSubject(figures, claim.subject, section.topic);
      if (!f) continue;
      coverClaim(claim);
      const tol = halfQuantum(claim.value) > halfQuantum(f.value) ? halfQuantum(claim.value) : halfQuantum(f.value);
      if (abs(claim.value.fen - f.value.fen) <= tol) continue;
      const unit = claim.value.unit;
      yield {
        params: { subject: claim.subject, stated: fmt(claim.value), figure: f.label, table: fmt(f.value, unit) },
        locations: [claimLoc(section, claim), f.location],
        expected: fmt(money(f.value.fen, unit)),
        actual: fmt(claim.value),
        difference: fmtDiff(claim.value.fen, f.value.fen, unit),
        suggestion: `按报表改为 ${fmt(money(f.value.fen, unit))}，或更正报表`,
      };
    }
  },
});
