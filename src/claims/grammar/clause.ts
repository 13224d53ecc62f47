import type { ChangeClaim } from '../../model/claims.js';
import { bindChange } from '../bind.js';
import type { Slot } from '../sentence.js';
import type { Named, SentenceState } from '../state.js';
import { cleanSubject, expandCompound, isGeneric, lineRef } from '../subjects.js';
import { FLAT, REASON } from '../words.js';
import { noteMarker } from './amount.js';
import { baseIn, DEFAULT_BASE, listItems, readComparison } from './change.js';

/** A clause that names what the next figure is about without a figure of its own. */
const SUBJECT_CLAUSE = [
  /^(?:对)?(?:所有)?(.{2,24}?)(?:均|全面|已)?(?:纳入|实行|实施)/,
  /(?:^|^主要是|为|是)\d{3,}(?![\d年])-?([\u4e00-\u9fff].{1,24})$/,
  /^(.{2,24}?)(?:未安排|未列支|增加|减少|增长|下降)$/,
  /^(?:编报|设置并编报)(.{2,24})$/,
];

function clauseSubject(st: SentenceState, text: string): string | undefined {
  const cleaned = cleanSubject(text, st.department);
  for (const re of SUBJECT_CLAUSE) {
    const m = re.exec(re === SUBJECT_CLAUSE[1] ? text : cleaned);
    if (!m) continue;
    const s = cleanSubject(m[1], st.department);
    if (s && !isGeneric(s) && s.length <= 24) return s;
  }
  return undefined;
}

/** A slot-like position for binding a figure-less clause. */
function pseudoSlot(st: SentenceState, at: number): Slot {
  const d = st.r.depthAt[at] ?? 0;
  let part = 0;
  for (let i = at - 1; i >= 0; i--) {
    if ((st.r.depthAt[i] ?? 0) < d) {
      part = i + 1;
      break;
    }
    if ((st.r.depthAt[i] ?? 0) === d && st.r.text[i] === '；') {
      part = i + 1;
      break;
    }
  }
  return { fig: { kind: 'count', start: at, end: at, raw: '', value: 0, unit: '' }, lead: '', clause: '', tail: '', depth: d, part, clauseIndex: -1 };
}

/** "与上年持平", "均与上年持平", "与上年预算数相同", "较上年无变化", "决算数同预算数持平". */
function readFlat(st: SentenceState, text: string, start: number, end: number): void {
  const m = FLAT.exec(text);
  if (!m) return;
  const before = text.slice(0, m.index);
  const b = baseIn(before);
  const raw = (b ? before.slice(0, b.index) : before).replace(/(?:与|同|和|均|都|基本|也|保持)+$/, '');
  const named = cleanSubject(raw, st.department);
  const slot = pseudoSlot(st, start);
  let subjects: { subject: string; bound?: Named }[];
  if (named && !isGeneric(named)) subjects = expandCompound(named).map((subject) => ({ subject, bound: { subject, via: 'sentence', at: start, depth: 0, part: 0, line: lineRef(raw) } }));
  else if (/[均都]/.test(before)) subjects = listItems(st, slot).map((a) => ({ subject: a.subject, bound: a }));
  else {
    const bound = bindChange(st, slot);
    subjects = bound ? [{ subject: bound.subject, bound }] : [];
  }
  const base = b?.base ?? st.base ?? st.carry.base ?? DEFAULT_BASE;
  if (b) st.base = b.base;
  for (const { subject, bound } of subjects) {
    // "增长0%，与上年持平": the same change said again.
    if (st.changes.some((c) => c.part === slot.part && c.claim.subject === subject)) continue;
    const c: ChangeClaim = { type: 'change', text: st.printed, source: st.at(start, end), subject, direction: '持平', base, via: bound?.via ?? 'sentence', ...(bound?.line ? { line: bound.line } : {}) };
    const current = bound?.value && !bound.period ? bound.value : undefined;
    if (current) c.current = current;
    st.out.push(c);
    st.changes.push({ claim: c, at: start, depth: slot.depth, part: slot.part });
  }
}

/** A clause without figures: a reason, a flat change, a comparison base, a list header or a subject. */
export function readClause(st: SentenceState, text: string, start: number, end: number): void {
  // "主要是 2014099 其他信访事务支出，…": a coded line names the subject even in a reason.
  const coded = SUBJECT_CLAUSE[1].exec(text);
  if (coded) {
    const subject = cleanSubject(coded[1], st.department);
    if (subject && !isGeneric(subject)) return void (st.pending = { subject, at: start, line: lineRef(text) });
  }
  if (readComparison(st, text, start, end)) return;
  if (REASON.test(text)) st.reasonFrom = start;
  const inReason = st.inReason(start + 1);
  // "主要原因是与上年持平" restates; a reason's own subjects and bases still count for the figures in it.
  if (FLAT.test(text)) return inReason ? undefined : readFlat(st, text, start, end);
  const b = baseIn(text);
  if (b && b.index + b.length === text.length) {
    // "与2023年度相比" sets the base of what follows; "故…收入与上年同期相比" names the subject too.
    st.base = b.base;
    const subject = cleanSubject(text.slice(0, b.index), st.department);
    if (subject && !isGeneric(subject)) st.pending = { subject, at: start };
    return;
  }
  // "（一）收入预算：2026年年初预算数…": a label before a colon names what the clause after it is about.
  if (st.r.text[end] === '：' && /^(?:\(?[一二三四五六七八九十\d]+[)、.])/.test(text) && text.length <= 24) {
    const subject = cleanSubject(text, st.department);
    if (subject && !isGeneric(subject) && !/(?:情况|说明)$/.test(subject)) {
      st.pending = { subject, at: start };
      return;
    }
  }
  const header = /^(.{2,40}?)中$/.exec(text);
  if (header && !/其中$/.test(text)) {
    const subject = cleanSubject(header[1], st.department);
    if (subject && !isGeneric(subject)) {
      const depth = st.r.depthAt[start] ?? 0;
      st.wholes.push({ marker: end, depth, whole: { subject, via: 'sentence', at: start, depth, part: pseudoSlot(st, start).part } });
      return;
    }
  }
  noteMarker(st, text, start);
  const s = clauseSubject(st, text);
  if (s) st.pending = { subject: s, at: start };
}
