import type { CountClaim } from '../../model/claims.js';
import type { Slot } from '../sentence.js';
import type { SentenceState } from '../state.js';
import { cleanSubject, isGeneric } from '../subjects.js';

/** Words after a classifier that are no noun ("5个，", "2台（套）。"), and verbs that end the noun after it. */
const VERB = /(?:开展|进行|纳入|编报|实行|实施|用于|已|将|的|和|及|以及|、|等|出国|(?<!公)共|有所|进行)/;

/**
 * A count: "车辆27台", "共32个内设机构", "1家行政单位", "10批次、152人次". Staffing quotas (编制) and
 * targets are not counts the document states.
 */
export function readCount(st: SentenceState, slot: Slot): void {
  if (slot.fig.kind !== 'count') return;
  // Staffing quotas (编制) and targets ("力争…", "确保…达成以下绩效目标") are not counts the document states.
  if (/编制/.test(slot.clause) || /力争|确保|达成/.test(st.r.text)) return;
  const lead = cleanSubject(slot.lead.split('、').pop()!.replace(/约$/, ''), st.department);
  const noun = nounAfter(slot.tail);
  const prev = [...st.counts].reverse().find((c) => c.part === slot.part && c.depth === slot.depth);
  // "共32个内设机构": the noun after the classifier; "车辆27台": the one before it.
  let subject = noun.length >= 2 ? noun : lead;
  if (!subject || isGeneric(subject)) {
    const topic = [...st.amounts].reverse().find((a) => a.part === slot.part && a.depth === slot.depth);
    subject = prev ? prev.claim.subject : topic && subject ? topic.subject + subject : subject;
  }
  if (!subject) return;
  const c: CountClaim = { type: 'count', text: st.printed, source: st.slotSource(slot), subject, count: slot.fig.value, unit: slot.fig.unit, via: 'sentence' };
  st.out.push(c);
  st.counts.push({ claim: c, at: slot.fig.start, depth: slot.depth, part: slot.part });
}

/** Head nouns a count's noun ends with ("1家行政单位机关运行经费…" counts 行政单位). */
const HEAD = /^.{0,12}?(?:单位|机构|项目|处室|部门|团组|中心|科室|车辆|用车|公务车|技术车辆|皮卡车|设备|系统|人员)/;

/** The noun right after a classifier, up to a verb or its head noun. */
export function nounAfter(tail: string): string {
  const noun = tail.split(VERB)[0].replace(/^[的]/, '').replace(/\([^)]*\)$/, '');
  return HEAD.exec(noun)?.[0] ?? noun;
}
