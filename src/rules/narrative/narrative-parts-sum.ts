import type { AmountClaim, ChangeClaim } from '../../model/claims.js';
import type { Section } from '../../model/document.js';
import { money, roundTo, type Money } from '../../money/index.js';
import { sumTolerance } from '../../money/tolerance.js';
import { agreement } from '../arithmetic/sum-check.js';
import { coverClaim } from '../engine/coverage.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { unitSlip } from './compare.js';

const signed = (c: ChangeClaim) => (c.direction === '减少' ? -1n : 1n) * (c.amount?.fen ?? 0n);

/**
 * The parts' sum printed as the whole is printed: a whole given to fewer decimals than a part ("370.62万元, 其中
 * 252.619万元、118万元") is their sum rounded, not a rounding difference.
 */
const asPrinted = (sum: bigint, whole: Money) => roundTo(money(sum, whole.unit), whole.unit, whole.decimals).fen;

/** "收入减少X，其中A减少…，B增加…": the parts' changes, signed, add up to the whole's. */
function* changeSums(section: Section): Generator<FindingDraft> {
  const groups = new Map<string, ChangeClaim[]>();
  for (const c of claimsOf(section)) if (c.type === 'change' && c.partOf && c.amount) groups.set(c.partOf.list, [...(groups.get(c.partOf.list) ?? []), c]);
  for (const parts of groups.values()) {
    const whole = claimsOf(section).find((x): x is ChangeClaim => x.type === 'change' && !!x.heads?.includes(parts[0].partOf!.list));
    if (!whole) continue;
    if (parts.length < 2 || !whole.amount) continue;
    const sum = parts.reduce((s, c) => s + signed(c), 0n);
    const agree = asPrinted(sum, whole.amount) === signed(whole) ? 'exact' : agreement(sum, signed(whole), sumTolerance(parts.map((c) => c.amount!), whole.amount));
    for (const c of [whole, ...parts]) coverClaim(c);
    // A list of the main parts ("主要是…") need not add up; only a complete one (其中) is held to its total.
    if (agree === 'exact' || !parts[0].partOf!.complete) continue;
    const unit = whole.amount.unit;
    const word = (v: bigint) => `${v < 0n ? '减少' : '增加'}${fmt(money(v < 0n ? -v : v, unit))}`;
    yield {
      params: { head: `${whole.subject}比${whole.base}`, total: word(signed(whole)), sum: word(sum) },
      locations: [claimLoc(section, whole)],
      expected: word(signed(whole)),
      actual: word(sum),
      difference: fmtDiff(sum, signed(whole), unit),
      rounding: agree === 'rounding' || undefined,
      suggestion: `核对各项增减：${parts.map((c) => `${c.subject}${c.direction}${fmt(c.amount!)}`).join('、')}`,
    };
  }
}

export default defineRule({
  id: 'narrative-parts-sum',
  severity: 'error',
  category: 'narrative',
  title: '说明中“其中”各项之和与总数不符',
  message: '“{head}”{total}，其中各项合计{sum}',
  description: `说明中“总数……，其中：A……、B……”的写法，A、B……之和应等于总数（例如“预算收入总计650.24万元，其中：本年收入650.24万元，上年结转0万元”）。
“其中”“包括”列出全部组成部分，其和应等于总数；“主要用于”“主要包括”只列主要部分，其和不应超过总数；只列出一项的，它不应超过总数。差额在各数四舍五入的误差之内（各分项末位半个单位之和，
如两项以上相加差0.01万元）报“尾差”警告，超出则是错误。总数印的小数位少于分项的（总数370.62万元，分项252.619万元、118万元），各项之和先按总数的位数四舍五入再比较，相等即相符。以句首“其中”开头的句子，总数取上一句所说的数。
增减额同样核对：“收入预算减少32,298.02万元，其中一般公共预算收入减少31,847.8万元，……其他收入增加1,147.66万元”，各项按增减方向相加应等于总的增减额。`,
  *check({ figures }) {
    for (const section of figures.doc.sections) {
      {
        const groups = new Map<string, AmountClaim[]>();
        for (const c of claimsOf(section)) if (c.type === 'amount' && c.partOf) groups.set(c.partOf.list, [...(groups.get(c.partOf.list) ?? []), c]);
        yield* changeSums(section);
        for (const parts of groups.values()) {
          const head = claimsOf(section).find((x): x is AmountClaim => x.type === 'amount' && !!x.heads?.includes(parts[0].partOf!.list));
          if (!head) continue;
          // A paragraph cut mid-sentence (a page break the reader did not join) may hold only part of the list.
          if (!/[。；;]\s*$/.test(head.text) && !parts[0].partOf!.enumerated) continue;
          const sum = parts.reduce((s, a) => s + a.value.fen, 0n);
          // A single part ("预算资金3056.57万元，其中财政拨款3056.57万元", "主要包括：A项目20.00万元") may be all of the
          // whole or only some of it: it may not exceed it.
          const all = parts[0].partOf!.complete && parts.length > 1;
          const agree = all ? (asPrinted(sum, head.value) === head.value.fen ? 'exact' : agreement(sum, head.value.fen, sumTolerance(parts.map((a) => a.value), head.value))) : sum <= head.value.fen + sumTolerance(parts.map((a) => a.value), head.value) ? 'exact' : 'mismatch';
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
    }
  },
});

/** A list may run over several paragraphs (one item per line): its claims are gathered over the section. */
const claimsOf = (section: Section) => section.paragraphs.flatMap((p) => p.claims);

