import type { AmountClaim, CompletionClaim } from '../../model/claims.js';
import type { Section } from '../../model/document.js';
import type { Money } from '../../money/index.js';
import { coverClaim } from '../engine/coverage.js';
import type { Figures } from '../engine/figures.js';
import { fmt } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { expectedRate, figuresOf, pct, rateHolds, truncated } from './compare.js';

/** The budget a completion rate is of: 年初预算 (budget), 全年/调整预算 (adjusted), 预算 (either). */
export function basesOf(figures: Figures, c: CompletionClaim, section: Section): Money[] {
  if (c.baseValue) return [c.baseValue];
  const q = { subject: c.subject, line: c.line };
  const budget = figuresOf(figures, { ...q, period: 'budget' }, section);
  const adjusted = figuresOf(figures, { ...q, period: 'adjusted' }, section);
  const found = /全年|调整/.test(c.base) ? adjusted : /年初/.test(c.base) ? budget : [...adjusted, ...budget];
  return found.map((f) => f.value);
}

export function spentOf(figures: Figures, c: CompletionClaim, section: Section): Money[] {
  return c.value ? [c.value] : figuresOf(figures, { subject: c.subject, line: c.line }, section).map((f) => f.value);
}

export default defineRule({
  id: 'narrative-completion',
  severity: 'error',
  category: 'narrative',
  title: '决算完成预算的比例计算错误',
  message: '“{subject}”完成{base}的比例应为{expected}，说明写作{stated}',
  description: `决算说明中“年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%”：完成率 = 决算数 ÷ 所说的预算数（年初预算、全年预算或调整预算），
按所写的小数位四舍五入比对。句中没写的数取报表中相应的列。完成率恰是决算数与另一个预算数（如写“年初预算”却按全年预算算）之比、或是截断的结果时，在建议中指出。
预算数为0时写完成率由“零基数上的增减率”规则检查。`,
  *check({ figures }) {
    for (const { claim, section } of figures.claims('completion')) {
      const spent = spentOf(figures, claim, section);
      const bases = basesOf(figures, claim, section).filter((b) => b.fen !== 0n);
      if (!spent.length || !bases.length) continue;
      coverClaim(claim);
      if (spent.some((s) => bases.some((b) => rateHolds(claim.percent, s, b)))) continue;
      const [s, b] = [spent[0], bases[0]];
      const exact = expectedRate(s.fen, b.fen, claim.percent);
      const other = basesOfOther(figures, claim, section).find((x) => x.fen !== 0n && x.fen !== b.fen && rateHolds(claim.percent, s, x));
      const why = other ? `${pct(claim.percent)}是决算数与${fmt(other)}之比，不是与${claim.base}${fmt(b)}之比` : truncated(claim.percent, s.fen, b.fen) ? `${pct(claim.percent)}是截断而非四舍五入的结果` : `决算数${fmt(s)}，${claim.base}${fmt(b)}`;
      yield {
        params: { subject: claim.subject, base: claim.base, expected: pct(exact), stated: pct(claim.percent) },
        locations: [claimLoc(section, claim)],
        expected: pct(exact),
        actual: pct(claim.percent),
        suggestion: `${why}，应改为 ${pct(exact)}`,
      };
    }
  },
});

/** The other budget figures the rate may have been computed on: stated in the section, or in the tables. */
function basesOfOther(figures: Figures, c: CompletionClaim, section: Section): Money[] {
  const other = /全年|调整/.test(c.base) ? 'budget' : 'adjusted';
  const stated = section.paragraphs.flatMap((p) => p.claims).filter((x): x is AmountClaim => x.type === 'amount' && x.subject === c.subject && x.period === other);
  return [...stated.map((x) => x.value), ...figuresOf(figures, { subject: c.subject, line: c.line, period: other }, section).map((f) => f.value)];
}
