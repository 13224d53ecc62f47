import type { ShareClaim } from '../../model/claims.js';
import { bindShareSubject, bindWhole } from '../bind.js';
import type { Slot } from '../sentence.js';
import type { SentenceState } from '../state.js';
import { cleanSubject, isGeneric } from '../subjects.js';
import { SHARE_BEFORE_FIGURE } from '../words.js';

/**
 * A share: "基本支出330.24万元，占50.79%", "占本年支出合计的100%", "A占B的C%". The whole is the one named,
 * else the list's whole or the enclosing total (bind.ts) — never the item before.
 */
export function readShare(st: SentenceState, slot: Slot): boolean {
  if (slot.fig.kind !== 'percent') return false;
  const m = SHARE_BEFORE_FIGURE.exec(slot.lead);
  if (!m) return false;
  const before = slot.lead.slice(0, m.index);
  const namedSubject = cleanSubject(before, st.department);
  const namedOf = m[1] !== undefined ? cleanSubject(m[1].replace(/的$/, ''), st.department) : '';
  const amount = namedSubject && !isGeneric(namedSubject) ? undefined : bindShareSubject(st, slot);
  const subject = namedSubject && !isGeneric(namedSubject) ? namedSubject : amount?.subject;
  if (!subject) return false;
  const whole = namedOf && !isGeneric(namedOf) ? undefined : bindWhole(st, slot);
  const of = namedOf && !isGeneric(namedOf) ? namedOf : whole?.subject;
  const c: ShareClaim = { type: 'share', text: st.printed, source: st.slotSource(slot), subject, percent: slot.fig.value, via: amount?.via ?? 'sentence' };
  if (amount?.value) c.value = amount.value;
  if (amount?.line) c.line = amount.line;
  if (of && of !== subject) c.of = of;
  if (c.of && whole?.value) c.ofValue = whole.value;
  else if (c.of && namedOf) {
    // "授予中小企业合同金额24,498.01万元，…，其中：授予小微企业合同金额7,086.06万元，占授予中小企业合同金额的28.93%":
    // the whole named is an amount the sentence stated (its name in full or its end).
    const stated = st.amounts.find((a) => !a.period && a.value && a !== amount && a.subject !== subject && namedOf.length >= 4 && (a.subject === namedOf || a.subject.endsWith(namedOf)));
    if (stated?.value) c.ofValue = stated.value;
  }
  if (c.of && !namedOf) c.group = groupOf(st, c);
  st.out.push(c);
  return true;
}

/** Shares of one implied whole in one sentence form a group, numbered by where its first share is printed. */
function groupOf(st: SentenceState, c: ShareClaim): number {
  const prev = [...st.out].reverse().find((x): x is ShareClaim => x.type === 'share' && x.of === c.of && x.group !== undefined);
  return prev?.group ?? c.source.span?.[0] ?? 0;
}
