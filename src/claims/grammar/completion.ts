import type { CompletionClaim } from '../../model/claims.js';
import { contextSubject } from '../bind.js';
import type { Slot } from '../sentence.js';
import type { Named, SentenceState } from '../state.js';
import { cleanSubject, isGeneric } from '../subjects.js';
import { COMPLETION_BEFORE_FIGURE } from '../words.js';

/** Which stated amount a completion base names: 年初预算 → budget, 全年/调整预算 → adjusted, 预算 → either. */
function baseAmount(st: SentenceState, subject: string, base: string): Named | undefined {
  const want = /全年|调整/.test(base) ? ['adjusted'] : /年初/.test(base) ? ['budget'] : ['adjusted', 'budget'];
  const of = st.amounts.filter((a) => a.subject === subject && a.period && want.includes(a.period));
  return of[of.length - 1];
}

/** "完成年初预算的98.20%", "完成预算的0%", "完成预算0万元的0%", "较年初完成92%". */
export function readCompletion(st: SentenceState, slot: Slot): boolean {
  if (slot.fig.kind !== 'percent') return false;
  let m = COMPLETION_BEFORE_FIGURE.exec(slot.lead);
  let before = m ? slot.lead.slice(0, m.index) : '';
  let base = m?.[1];
  if (!m && slot.lead === '的') {
    // "完成预算0万元的0%": the base amount sits between 完成 and 的.
    const c = /完成(?:了)?((?:年初|全年|调整)?预算数?)[^，；]*$/.exec(slot.clause.slice(0, -1));
    if (!c) return false;
    m = c;
    base = c[1];
    before = '';
  }
  if (!m) return false;
  const lateBase = /(?:较|比)(年初|全年|预算)$/.exec(before);
  if (lateBase) {
    base ??= lateBase[1];
    before = before.slice(0, lateBase.index);
  }
  const named = cleanSubject(before, st.department);
  const amounts = st.amounts.filter((a) => !a.period && a.at < slot.fig.start && a.at >= slot.part && a.depth === slot.depth);
  const own = named && !isGeneric(named) ? undefined : (amounts[amounts.length - 1] ?? contextSubject(st));
  const subject = named && !isGeneric(named) ? named : own?.subject;
  if (!subject) return false;
  const c: CompletionClaim = { type: 'completion', text: st.printed, source: st.slotSource(slot), subject, percent: slot.fig.value, base: base ?? '预算', via: own?.via ?? 'sentence' };
  if (own?.value && !own.period) c.value = own.value;
  if (own?.line) c.line = own.line;
  const b = baseAmount(st, subject, c.base);
  if (b?.value) c.baseValue = b.value;
  st.out.push(c);
  return true;
}
