import { Figures } from '../engine/figures.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { resolveSubject } from '../engine/resolve.js';
import { defineRule } from '../engine/types.js';
import { abs, halfQuantum, money, type Money } from '../../money/index.js';
import type { ChangeClaim } from '../../model/claims.js';
import type { Section } from '../../model/document.js';
import type { Figure } from '../engine/figures.js';
import type { FindingDraft } from '../engine/types.js';
import { expectedRate, pct, rateHolds } from './compare.js';

export default defineRule({
  id: 'narrative-change-vs-prior',
  severity: 'error',
  category: 'narrative',
  title: '同比增减额与上年公开数不符',
  message: '“{subject}”比{base}{direction}{stated}，按上年公开文件应为{expected}',
  description: `给出上年的公开文件（\`gongkai check 本年 --prior 上年\`）时，说明中每个“比上年增加/减少”的增减额，用上年文件自己报表中的对应数核对：
本年数 − 上年数 = 增减额（方向一致）；只写增减率的（“比上年增长3.08%”），用上年数重新计算增减率，按所写小数位四舍五入比对。
上年数为 0 却写了增长率、写“增加”而实际减少，都会被指出。`,
  *check({ figures, prior }) {
    if (!prior) return;
    const last = new Figures(prior);
    for (const { claim, section } of figures.claims('change')) {
      if (!/上年|去年/.test(claim.base) && !(prior.meta.year && claim.base.includes(String(prior.meta.year)))) continue;
      const before = resolveSubject(last, claim.subject, section.topic);
      const now = claim.current ?? resolveSubject(figures, claim.subject, section.topic)?.value;
      if (!before || !now) continue;
      const delta = now.fen - before.value.fen;
      // "比上年增长3.08%" with no change amount: the rate recomputed on last year's figure.
      if (claim.percent && !claim.amount && claim.direction !== '持平') {
        const finding = rateAgainstPrior(claim, section, now, before);
        if (finding) yield finding;
        continue;
      }
      const stated = claim.direction === '持平' ? 0n : (claim.direction === '减少' ? -1n : 1n) * (claim.amount?.fen ?? 0n);
      const tol = halfQuantum(now) + halfQuantum(before.value) + (claim.amount ? halfQuantum(claim.amount) : 0n);
      const zeroBase = before.value.fen === 0n && claim.percent !== undefined;
      if (abs(delta - stated) <= tol && !zeroBase) continue;
      const unit = now.unit;
      const dir = delta > 0n ? '增加' : delta < 0n ? '减少' : '持平';
      yield {
        params: { subject: claim.subject, base: claim.base, direction: claim.direction, stated: claim.amount ? fmt(claim.amount) : '', expected: `${dir}${fmt(money(abs(delta), unit))}` },
        locations: [claimLoc(section, claim), { ...before.location, label: `上年：${before.location.label}` }],
        expected: zeroBase ? '上年为0，不应写增长率' : `${dir}${fmt(money(abs(delta), unit))}`,
        actual: `${claim.direction}${claim.amount ? fmt(claim.amount) : ''}`,
        difference: fmtDiff(stated, delta, unit),
      };
    }
  },
});

/** A rate stated without its change amount, against last year's figure; undefined when it holds. */
function rateAgainstPrior(claim: ChangeClaim, section: Section, now: Money, before: Figure): FindingDraft | undefined {
  const delta = now.fen - before.value.fen;
  const sign = claim.direction === '减少' ? -1n : 1n;
  const holds = before.value.fen > 0n && delta * sign >= 0n && rateHolds(claim.percent!, money(abs(delta), now.unit, now.decimals), before.value, halfQuantum(now));
  if (holds) return undefined;
  const expected = before.value.fen > 0n ? `${delta < 0n ? '下降' : '增长'}${pct(expectedRate(abs(delta), before.value.fen, claim.percent!))}` : '上年为0，不应写增长率';
  return {
    params: { subject: claim.subject, base: claim.base, direction: claim.direction, stated: pct(claim.percent!), expected },
    locations: [claimLoc(section, claim), { ...before.location, label: `上年：${before.location.label}` }],
    expected,
    actual: `${claim.direction}${pct(claim.percent!)}`,
  };
}
