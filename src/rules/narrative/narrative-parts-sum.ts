import type { AmountClaim } from '../../model/claims.js';
import { money } from '../../money/index.js';
import { sumTolerance } from '../../money/tolerance.js';
import { agreement } from '../arithmetic/sum-check.js';
import { coverClaim } from '../engine/coverage.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'narrative-parts-sum',
  severity: 'error',
  category: 'narrative',
  title: '说明中“其中”各项之和与总数不符',
  message: '“{head}”{total}，其中各项合计{sum}',
  description: `说明中“总数……，其中：A……、B……”的写法，A、B……之和应等于总数（例如“预算收入总计650.24万元，其中：本年收入650.24万元，上年结转0万元”）。
“其中”“包括”列出全部组成部分，其和应等于总数；“主要用于”“主要包括”只列主要部分，其和不应超过总数。差额在各数四舍五入的误差之内（各分项末位半个单位之和，
如两项以上相加差0.01万元）报“尾差”警告，超出则是错误。以句首“其中”开头的句子，总数取上一句所说的数。`,
  *check({ figures }) {
    for (const section of figures.doc.sections)
      for (const p of section.paragraphs) {
        const groups = new Map<AmountClaim, AmountClaim[]>();
        let complete = new Map<AmountClaim, boolean>();
        for (const c of p.claims)
          if (c.type === 'amount' && c.partOf) {
            groups.set(c.partOf.whole, [...(groups.get(c.partOf.whole) ?? []), c]);
            complete = complete.set(c.partOf.whole, c.partOf.complete);
          }
        for (const [head, parts] of groups) {
          // A paragraph cut mid-sentence (a page break the reader did not join) may hold only part of the list.
          if (parts.length < 2 || !/[。；;]\s*$/.test(head.text)) continue;
          const sum = parts.reduce((s, a) => s + a.value.fen, 0n);
          const all = complete.get(head);
          const agree = all ? agreement(sum, head.value.fen, sumTolerance(parts.map((a) => a.value), head.value)) : sum <= head.value.fen + sumTolerance(parts.map((a) => a.value), head.value) ? 'exact' : 'mismatch';
          for (const c of [head, ...parts]) coverClaim(c);
          if (agree === 'exact') continue;
          const unit = head.value.unit;
          yield {
            params: { head: head.subject, total: fmt(head.value), sum: fmt(money(sum, unit)) },
            locations: [claimLoc(section, head)],
            expected: fmt(head.value),
            actual: fmt(money(sum, unit)),
            difference: fmtDiff(sum, head.value.fen, unit),
            rounding: agree === 'rounding' || undefined,
            suggestion: unitSlip(head.value.fen, sum) ? `各项合计${fmt(money(sum, unit))}与总数的数字相同而单位不同，疑为总数单位写错` : `核对${all ? '' : '所列主要'}各项：${parts.map((a) => `${a.subject}${fmt(a.value)}`).join('、')}`,
          };
        }
      }
  },
});

/** The same digits in another unit ("1682.76元" for 1682.76万元). */
function unitSlip(head: bigint, sum: bigint): boolean {
  return head !== 0n && (sum === head * 10000n || head === sum * 10000n || sum === head * 100000000n || head === sum * 100000000n);
}
