import type { AmountClaim } from '../../model/claims.js';
import type { Paragraph } from '../../model/document.js';
import { trimEndOf } from '../../model/names.js';
import { abs, halfQuantum, money } from '../../money/index.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';

interface Group {
  head: AmountClaim;
  parts: AmountClaim[];
}

/** "总数…，其中：A…，B…" groups of a paragraph, by the positions of 其中 and of the amounts. */
export function partGroups(p: Paragraph): Group[] {
  const amounts = p.claims.filter((c): c is AmountClaim => c.type === 'amount' && !!c.source.span);
  const text = p.text;
  const marks = [...text.matchAll(/其中[:：]?/g)].map((m) => ({ at: m.index!, end: m.index! + m[0].length }));
  // Only a 其中 followed by an amount in its first clause starts a group ("其中0个单位" does not).
  const valid = marks.filter((m) => {
    // The first clause, looked for within a sentence's reach (a search to the end is quadratic on hostile text).
    const ahead = text.slice(m.end, m.end + 300);
    const clauseEnd = ahead.search(/[，,；;。]/);
    return /\d\s*(万元|元|亿元)/.test(clauseEnd < 0 ? ahead : ahead.slice(0, clauseEnd));
  });
  const out: Group[] = [];
  for (let k = 0; k < valid.length; k++) {
    const m = valid[k];
    const startsSentence = trimEndOf(text.slice(Math.max(0, m.at - 300), m.at), /\s/).endsWith('。');
    const head = startsSentence ? amounts[0] : [...amounts].reverse().find((a) => a.source.span![1] <= m.at);
    const nextMark = valid[k + 1]?.at ?? Infinity;
    const period = text.indexOf('。', m.end);
    const stop = Math.min(nextMark, period >= 0 ? period : Infinity);
    // The amount right before the next group's 其中 is that group's head, not a part of this one.
    const nextHead = nextMark === Infinity ? undefined : [...amounts].reverse().find((a) => a.source.span![1] <= nextMark);
    const parts = amounts.filter((a) => a.source.span![0] >= m.end && a.source.span![0] < stop && a !== nextHead);
    if (head && parts.length >= 2) out.push({ head, parts });
  }
  return out;
}

export default defineRule({
  id: 'narrative-parts-sum',
  severity: 'error',
  category: 'narrative',
  title: '说明中“其中”各项之和与总数不符',
  message: '“{head}”{total}，其中各项合计{sum}',
  description: `说明中“总数……，其中：A……、B……”的写法，A、B……之和应等于总数（例如“预算收入总计650.24万元，其中：本年收入650.24万元，
上年结转0万元”）。以句首“其中”开头的句子，总数取本段第一个金额。容差为各分项末位半个单位之和。“其中”后不是金额（如“其中0个单位”）时不检查。`,
  *check({ doc }) {
    for (const section of doc.sections)
      for (const p of section.paragraphs)
        for (const { head, parts } of partGroups(p)) {
          const sum = parts.reduce((s, a) => s + a.value.fen, 0n);
          const tol = parts.reduce((t, a) => t + halfQuantum(a.value), 0n) + halfQuantum(head.value);
          if (abs(sum - head.value.fen) <= tol) continue;
          const unit = head.value.unit;
          yield {
            params: { head: head.subject, total: fmt(head.value), sum: fmt(money(sum, unit)) },
            locations: [claimLoc(section, head)],
            expected: fmt(head.value),
            actual: fmt(money(sum, unit)),
            difference: fmtDiff(sum, head.value.fen, unit),
            suggestion: `核对“其中”各项：${parts.map((a) => `${a.subject}${fmt(a.value)}`).join('、')}`,
          };
        }
  },
});
