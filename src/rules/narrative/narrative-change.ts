import { coverClaim } from '../engine/coverage.js';
import { formatPercent, percentConsistent, ratioPercent } from '../../money/percent.js';
import { halfQuantum, money } from '../../money/index.js';
import { fmt } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule, type FindingDraft } from '../engine/types.js';

export default defineRule({
  id: 'narrative-change',
  severity: 'error',
  category: 'narrative',
  title: '同比增减幅度计算错误',
  message: '“{subject}”比{base}{direction}{amount}，幅度应为{expected}，说明写作{stated}',
  description: `“比上年增加127.27万元，增长24.34%”：增减率的基数是上年数（本年数 − 增加额，或本年数 + 减少额），不是本年数。
用同一句中的本年数和增减额反推上年数并重新计算增减率，按所写小数位比对（计入四舍五入误差）。以本年数为基数算出的比率会被指出。
同时检查用词：增加额配“下降”、减少额配“增长”，以及“持平”却写了增减额，都是错误。`,
  *check({ figures }) {
    for (const { claim, section } of figures.claims('change')) {
      const loc = claimLoc(section, claim);
      const wordUp = claim.percentWord && /增长|增加|上升/.test(claim.percentWord);
      const wordDown = claim.percentWord && /下降|减少|降低/.test(claim.percentWord);
      if ((claim.direction === '增加' && wordDown) || (claim.direction === '减少' && wordUp)) {
        yield { params: { subject: claim.subject, base: claim.base, direction: claim.direction, amount: claim.amount ? fmt(claim.amount) : '', expected: '', stated: claim.percentWord ?? '' }, locations: [loc], expected: `增减方向一致（${claim.direction}）`, actual: `${claim.direction}……${claim.percentWord}`, severity: 'error' };
        continue;
      }
      if (claim.direction === '持平' && claim.amount && claim.amount.fen !== 0n) {
        yield { params: { subject: claim.subject, base: claim.base, direction: '持平', amount: fmt(claim.amount), expected: '0', stated: '' }, locations: [loc], expected: '持平时增减额为0', actual: fmt(claim.amount) };
        continue;
      }
      if (!claim.current || !claim.amount || !claim.percent) continue;
      coverClaim(claim);
      const sign = claim.direction === '减少' ? -1n : 1n;
      const prior = claim.current.fen - sign * claim.amount.fen;
      if (prior <= 0n) {
        yield { params: { subject: claim.subject, base: claim.base, direction: claim.direction, amount: fmt(claim.amount), expected: '无法计算（上年为0）', stated: formatPercent(claim.percent) }, locations: [loc], expected: '上年数为0时不应写增长率', actual: formatPercent(claim.percent) };
        continue;
      }
      const tolA = halfQuantum(claim.amount);
      const tolB = halfQuantum(claim.amount) + halfQuantum(claim.current);
      if (percentConsistent(claim.percent, claim.amount.fen, prior, tolA, tolB)) continue;
      const exact = ratioPercent(claim.amount.fen, prior, claim.percent.decimals || 2)!;
      const wrongBase = percentConsistent(claim.percent, claim.amount.fen, claim.current.fen, tolA, halfQuantum(claim.current));
      const d: FindingDraft = {
        params: { subject: claim.subject, base: claim.base, direction: claim.direction, amount: fmt(claim.amount), expected: formatPercent(exact), stated: formatPercent(claim.percent) },
        locations: [loc],
        expected: formatPercent(exact),
        actual: formatPercent(claim.percent),
        suggestion: wrongBase
          ? `${formatPercent(claim.percent)}是以本年数${fmt(claim.current)}为基数算的；应以上年数${fmt(money(prior, claim.current.unit))}为基数，改为${formatPercent(exact)}`
          : `上年数为${fmt(money(prior, claim.current.unit))}，应改为${formatPercent(exact)}`,
      };
      yield d;
    }
  },
});
