import { coverClaim } from '../engine/coverage.js';
import { money } from '../../money/index.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { compareAmount, figuresOf, printedElsewhere, unitSlip } from './compare.js';

const PERIOD = { prior: '上年数', budget: '年初预算数', adjusted: '全年预算数' } as const;

export default defineRule({
  id: 'narrative-amount',
  severity: 'error',
  category: 'narrative',
  title: '说明中的金额与报表不一致',
  message: '说明中“{subject}”{period}为{stated}，报表（{figure}）为{table}',
  description: `情况说明中写出的每个金额，只要能确定它对应报表中的哪个数（收入总计、本年收入、基本支出、人员经费、“三公”经费及其各项、机关运行经费、收入来源……），
就与报表比对；说明写的是上年数、年初预算数或全年预算数时，与报表中相应的列比对。说明常以万元写、报表可能以元列示：按说明所写的位数对报表数四舍五入后相等即为一致
（例如“320万元”对应 320.40 万元不算错）。差说明末位一个单位的（如 2,106.66 万元对 2,106.65 万元）报“尾差”警告；再大的差额是错误，
说明所写的数恰是报表中另一处的数时，建议中指出（可能照抄了别的行或上年数）。
无法确定对应关系的金额不检查，不作猜测，列入“说明中未能对应到报表的数字”。科目（类/款/项、科目编码）的金额由“说明中分科目的金额与报表不符”检查。`,
  *check({ figures }) {
    for (const { claim, section } of figures.claims('amount')) {
      const candidates = figuresOf(figures, claim, section);
      // Classification and project lines are checked by narrative-item-figures.
      if (!candidates.length || candidates.every((c) => c.line)) continue;
      coverClaim(claim);
      const v = compareAmount(claim.value, candidates);
      if (v.ok) continue;
      const unit = claim.value.unit;
      const f = v.figure;
      const elsewhere = v.rounding ? undefined : printedElsewhere(figures, claim.value, f.cells);
      yield {
        params: { subject: claim.subject, period: claim.period ? PERIOD[claim.period] : '', stated: fmt(claim.value), figure: f.label, table: fmt(f.value, unit) },
        locations: [claimLoc(section, claim), f.location],
        expected: fmt(money(f.value.fen, unit)),
        actual: fmt(claim.value),
        difference: fmtDiff(claim.value.fen, f.value.fen, unit),
        rounding: v.rounding || undefined,
        suggestion: unitSlip(claim.value.fen, f.value.fen)
          ? `数字与报表相同而单位不同，疑为单位写错：报表为 ${fmt(f.value)}`
          : elsewhere
            ? `说明所写的数与报表“${elsewhere}”相同，疑为照抄；按报表改为 ${fmt(money(f.value.fen, unit))}`
            : `按报表改为 ${fmt(money(f.value.fen, unit))}，或更正报表`,
      };
    }
  },
});
