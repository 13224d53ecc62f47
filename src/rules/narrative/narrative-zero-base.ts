import { coverClaim } from '../engine/coverage.js';
import { fmt } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { pct } from './compare.js';
import { basesOf } from './narrative-completion.js';
import { currentsOf } from './narrative-change.js';

export default defineRule({
  id: 'narrative-zero-base',
  severity: 'error',
  category: 'narrative',
  title: '零基数上的增减率或完成率',
  message: '“{subject}”的{what}为0，不能计算{rate}，说明却写了{stated}',
  description: `上年数（或预算数）为0时，增长率、完成率都无法计算（除以0）：“增长100%”“增长0%”“完成预算的0%”都不成立，应写“上年无此项支出”“无法计算增减比率”之类。
本年数和基数都为0、说明写“0%”（“决算为0万元，完成预算0万元的0%”）只是占位的写法，报警告。
上年数取说明写明的数（“上年执行数为0.00万元”），或由本年数减增加额得出（增加额等于本年数）；预算数取说明写明的或报表中的数。`,
  *check({ figures }) {
    for (const { claim, section } of figures.claims('change')) {
      if (!claim.percent || claim.direction !== '增加') continue;
      const zero = claim.prior ? claim.prior.fen === 0n : claim.amount ? (claim.current ? [claim.current] : currentsOf(figures, claim, section)).some((c) => c.fen === claim.amount!.fen && c.fen !== 0n) : false;
      if (!zero) continue;
      coverClaim(claim);
      yield {
        severity: claim.amount?.fen === 0n && claim.percent.digits === 0n ? 'warning' : undefined,
        params: { subject: claim.subject, what: /数$/.test(claim.base) ? claim.base : `${claim.base}数`, rate: '增减率', stated: `${claim.percentWord ?? '增长'}${pct(claim.percent)}` },
        locations: [claimLoc(section, claim)],
        expected: '上年为0，不写增长率',
        actual: pct(claim.percent),
        suggestion: `${claim.amount ? `增加额${fmt(claim.amount)}等于本年数，` : ''}上年数为0，删去增长率，写明“上年无此项”或“无法计算增减比率”`,
      };
    }
    for (const { claim, section } of figures.claims('completion')) {
      const bases = basesOf(figures, claim, section);
      if (!bases.length || !bases.every((b) => b.fen === 0n)) continue;
      coverClaim(claim);
      // "决算0万元，完成预算0万元的0%": nothing planned, nothing spent; the 0% is a placeholder, not a wrong rate.
      const nothing = claim.value?.fen === 0n && claim.percent.digits === 0n;
      yield {
        severity: nothing ? 'warning' : undefined,
        params: { subject: claim.subject, what: claim.base, rate: '完成率', stated: `完成${claim.base}的${pct(claim.percent)}` },
        locations: [claimLoc(section, claim)],
        expected: `${claim.base}为0，不写完成率`,
        actual: pct(claim.percent),
        suggestion: `${claim.base}为0，删去完成率，写明“年初未安排预算”之类`,
      };
    }
  },
});
