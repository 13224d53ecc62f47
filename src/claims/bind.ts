import type { Slot } from './sentence.js';
import type { Named, SentenceState } from './state.js';

/**
 * Subject binding for a figure whose clause names none: the sentence's subject, else the item label or the
 * sentence before it (carried within the section), else the heading. Never a guess across sections.
 */
export function contextSubject(st: SentenceState): Named | undefined {
  const own = st.topic();
  if (own) return own;
  const carried = st.carry.item ?? st.carry.topic;
  if (carried) return { ...carried, via: 'context', at: -1, depth: 0, part: 0 };
  if (st.carry.heading) return { subject: st.carry.heading, via: 'heading', at: -1, depth: 0, part: 0 };
  return undefined;
}

/**
 * What a change or rate without its own subject is about ("…，比上年增加X万元"): the one amount of its
 * "；"-part; after a list ("总数…，其中：A…，B…，比上年增加…") the list's whole; in an aside, the aside's amount.
 */
export function bindChange(st: SentenceState, slot: Slot): Named | undefined {
  const current = (a: Named) => !a.period && a.at < slot.fig.start;
  const same = st.amounts.filter((a) => current(a) && a.depth === slot.depth && a.at >= slot.part);
  const pending = st.pending && st.pending.at < slot.fig.start ? st.pending : undefined;
  // "…，故政府性基金预算财政拨款收入与上年同期相比，增加144.81%": a subject named after the amounts.
  if (pending && (!same.length || pending.at > same[same.length - 1].at)) return { ...pending, via: 'sentence', depth: slot.depth, part: slot.part };
  if (same.length) {
    const marker = st.lastMarker(slot.fig.start, slot.part);
    const items = marker === undefined ? same : same.filter((a) => a.at > marker);
    if (items.length === 1) return items[0];
    if (items.length >= 2) return (marker !== undefined ? st.wholeAt(slot.fig.start, slot.depth) : undefined) ?? items[items.length - 1];
    return same[same.length - 1];
  }
  // An aside ("（上年执行数为0.00万元，…）") is about the amount it follows.
  const outer = st.amounts.filter((a) => current(a) && a.depth < slot.depth);
  if (outer.length) return outer[outer.length - 1];
  return contextSubject(st);
}

/** The amount a share without its own subject is of: the last amount of its clause, or of the clause before. */
export function bindShareSubject(st: SentenceState, slot: Slot): Named | undefined {
  const before = st.amounts.filter((a) => !a.period && a.at < slot.fig.start && a.depth === slot.depth && a.at >= slot.part);
  return before[before.length - 1];
}

/**
 * The whole a share is of when the text does not name it: the amount the list was announced with
 * ("支出预算650.24万元，其中：…"), else the whole or subject of the sentence before, else the heading —
 * never the previous item of the list.
 */
export function bindWhole(st: SentenceState, slot: Slot): Named | undefined {
  const w = st.wholeAt(slot.fig.start, slot.depth);
  if (w) return w;
  if (st.carry.whole) return { ...st.carry.whole, via: 'context', at: -1 };
  if (st.carry.topic) return { ...st.carry.topic, via: 'context', at: -1 };
  if (st.carry.heading) return { subject: st.carry.heading, via: 'heading', at: -1, depth: 0, part: 0 };
  return undefined;
}
