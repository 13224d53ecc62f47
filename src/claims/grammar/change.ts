import type { ChangeClaim, LineRef } from '../../model/claims.js';
import { bindChange } from '../bind.js';
import type { Slot } from '../sentence.js';
import type { Named, SentenceState } from '../state.js';
import { cleanSubject, expandCompound, isGeneric, lineRef } from '../subjects.js';
import { BASE, DIRECTION_BEFORE_FIGURE, DIRECTION_WITH_LEFTOVER, directionOf, NEUTRAL } from '../words.js';

/** BASE for every match (compiled once; matchAll works on a copy, so it can be shared). */
const BASE_ALL = new RegExp(BASE.source, 'g');

/** The comparison base named in a clause ("比上年执行数" → 上年执行数), as printed without spaces. */
export function baseIn(text: string): { base: string; index: number; length: number } | undefined {
  const all = [...text.matchAll(BASE_ALL)];
  const m = all[all.length - 1];
  return m ? { base: m[1], index: m.index, length: m[0].length } : undefined;
}

/** A change whose sentence names no base compares with last year, as the narrative's own heading does. */
export const DEFAULT_BASE = '上年';

/** The subject a change clause names before its base or direction word ("收入支出总计减少", "收入比2025年减少"). */
function namedSubject(st: SentenceState, before: string): { subject: string; line?: LineRef }[] {
  const cut = baseIn(before);
  // "与上年相比收、支预算总计各增加": the subject may follow the base; "收入比2025年减少": or precede it.
  const after = cut ? before.slice(cut.index + cut.length) : '';
  const raw = cleanSubject(after, st.department) ? after : cut ? before.slice(0, cut.index) : before;
  const both = /(?:各|均|都)$/.test(raw);
  const s = cleanSubject(raw.replace(/(?:各|均|都|分别|共|合计)$/, ''), st.department);
  const line = lineRef(raw);
  return s && !isGeneric(s) ? expandCompound(s, both).map((subject) => ({ subject, ...(line ? { line } : {}) })) : [];
}

/** This year's figure of a subject, if the sentence (or the one it continues) states it. */
function currentOf(st: SentenceState, subject: string, bound?: Named): Named | undefined {
  if (bound?.value && !bound.period && bound.subject === subject) return bound;
  const same = [...st.amounts].reverse().find((a) => !a.period && a.subject === subject && a.value);
  if (same) return same;
  const before = st.amounts.length ? undefined : [...(st.carry.last?.amounts ?? [])].reverse().find((a) => !a.period && a.subject === subject && a.value && a.depth === 0);
  if (before) return before;
  const carried = st.carry.topic;
  return carried?.subject === subject && carried.value ? carried : undefined;
}

/** The period of the figure a base names when it is this year's budget ("较预算数", "较年初预算", "较全年预算数"). */
export function budgetPeriod(base: string): 'budget' | 'adjusted' | undefined {
  if (/^(?:全年|调整)预算数?$/.test(base)) return 'adjusted';
  return /^(?:年初)?预算数?$/.test(base) ? 'budget' : undefined;
}

/** Last year's figure of a subject in the sentence; in a 决算 "决算数较预算数减少X" the budget's figure stated before. */
function priorOf(st: SentenceState, subject: string, base: string): Named | undefined {
  const period = budgetPeriod(base);
  if (period && ambiguousBudget(st.amounts, subject, base)) return undefined;
  return [...st.amounts].reverse().find((a) => a.period === (period ?? 'prior') && a.subject === subject);
}

/** A bare "预算数" where both the 年初预算 and the 全年预算 of the subject are stated: either may be meant. */
function ambiguousBudget(pool: Named[], subject: string, base: string): boolean {
  return /^预算数?$/.test(base) && pool.some((a) => a.period === 'adjusted' && a.subject === subject) && pool.some((a) => a.period === 'budget' && a.subject === subject);
}

/** A change figure: "比上年增加B万元", "下降C%", "（上年执行数为0.00万元）"-style asides excluded. */
export function readChange(st: SentenceState, slot: Slot, word: string, wordAt: number): ChangeClaim[] {
  const before = slot.lead.slice(0, wordAt);
  const clauseBase = baseIn(slot.clause.slice(0, slot.clause.length - slot.lead.length + wordAt));
  const base = clauseBase?.base ?? st.base ?? st.carry.base ?? DEFAULT_BASE;
  if (clauseBase) st.base = clauseBase.base;
  // "财政拨款收入总计…，与上年相比收入总计…增加": a shortened name of a subject the sentence stated in full.
  // "…一般公共预算财政拨款支出…296,047.75万元…。与上年相比，财政拨款支出减少…": or the sentence before stated it.
  // Taken from the sentence before only when one amount there has that name ("收入" after a list of 收入 is none of them).
  const longer = (pool: Named[], n: string) => pool.filter((a) => !a.period && a.subject !== n && a.subject.endsWith(n));
  let subjects = namedSubject(st, before).map((n) => {
    const inBefore = st.amounts.length ? [] : longer(st.carry.last?.amounts ?? [], n.subject);
    const full = st.amounts.length ? longer(st.amounts, n.subject)[0] : new Set(inBefore.map((a) => a.subject)).size === 1 ? inBefore[0] : undefined;
    return full ? { subject: full.subject, line: full.line ?? n.line } : n;
  });
  let bound: Named | undefined;
  if (!subjects.length && /(?:各|均|都)$/.test(before)) subjects = listItems(st, slot);
  if (!subjects.length) {
    bound = bindChange(st, slot);
    subjects = [bound ?? { subject: '' }];
  }
  const direction = directionOf(word) ?? '持平';
  return subjects.map(({ subject, line }) => {
    const current = currentOf(st, subject, bound);
    const prior = priorOf(st, subject, base);
    const c: ChangeClaim = { type: 'change', text: st.printed, source: st.slotSource(slot), subject, direction, base, via: bound?.via ?? 'sentence', ...(line ? { line } : {}) };
    if (current?.value) c.current = current.value;
    if (prior?.value) c.prior = prior.value;
    if (slot.fig.kind === 'money') c.amount = slot.fig.value;
    if (slot.fig.kind === 'percent') {
      c.percent = slot.fig.value;
      c.percentWord = word;
    }
    st.out.push(c);
    noteChangeList(st, slot, c);
    st.changes.push({ claim: c, at: slot.fig.start, depth: slot.depth, part: slot.part });
    return c;
  });
}

/**
 * "收入减少X万元，其中一般公共预算收入减少A万元，其他收入增加B万元": after a change, a list marker opens its
 * breakdown; the changes that follow at its depth are its parts (其中: all of them; 主要是: the main ones).
 */
function noteChangeList(st: SentenceState, slot: Slot, c: ChangeClaim): void {
  // Changes named in a reason ("主要原因是新增了…") explain the change; they are no parts of a breakdown. "主要是A增加X，
  // B减少Y" right after the change, with no word of 原因 and each part its own subject, does break it down.
  if (!c.amount || (st.inReason(slot.fig.start) && !mainParts(st, slot))) return;
  const prev = [...st.changes].reverse().find((x) => x.depth === slot.depth && x.claim.amount && x.claim !== c);
  if (prev && !st.changeList) {
    const between = st.r.text.slice(prev.at, slot.fig.start);
    const m = /[，：](其中|主要是|主要原因是|包括)/.exec(between);
    const amountsBetween = st.amounts.some((a) => a.at > prev.at && a.at < slot.fig.start && a.depth === slot.depth);
    if (m && !amountsBetween && !st.inReason(prev.at) && (!st.inReason(slot.fig.start) || m[1] === '主要是')) st.changeList = { whole: prev.claim, complete: m[1] === '其中' || m[1] === '包括', depth: slot.depth, list: st.newList() };
  }
  const l = st.changeList;
  if (l && l.depth === slot.depth && l.whole !== c && l.whole.subject !== c.subject) {
    c.partOf = { list: l.list, complete: l.complete, of: l.whole.subject };
    if (!l.whole.heads?.includes(l.list)) l.whole.heads = [...(l.whole.heads ?? []), l.list];
  }
}

/** Is the reason clause a slot stands in a list of the main parts of the change before it ("…增加2,734.52万元，主要是A增加800.94万元")? */
function mainParts(st: SentenceState, slot: Slot): boolean {
  const whole = st.changeList?.whole ?? [...st.changes].reverse().find((x) => x.depth === slot.depth && x.claim.amount && !st.inReason(x.at))?.claim;
  const at = st.changes.find((x) => x.claim === whole)?.at;
  if (at === undefined) return false;
  const between = st.r.text.slice(at, slot.fig.start);
  return /[，：；]主要是(?!因为|由于)/.test(between) && !/原因|因为|由于|用于/.test(between);
}

/** Verbs that put the direction before what changed: "新增了科技影视产业奖补资金1000万元", "压减…专项资金190万元". */
const VERB_FIRST = /^(新增了?|增加了?|减少了?|压减了?|核减了?|调减了?|调增了?)(.{2,30})$/;

/** A change stated verb first, usually in a reason clause; the base is the sentence's. */
export function readVerbFirst(st: SentenceState, slot: Slot): boolean {
  if (slot.fig.kind !== 'money') return false;
  const m = VERB_FIRST.exec(cleanSubject(slot.lead, st.department));
  if (!m) return false;
  const subject = m[2].replace(/的$/, '');
  if (isGeneric(cleanSubject(subject, st.department))) return false;
  const c: ChangeClaim = { type: 'change', text: st.printed, source: st.slotSource(slot), subject, direction: directionOf(m[1]) ?? '增加', amount: slot.fig.value, base: st.base ?? st.carry.base ?? DEFAULT_BASE, via: 'sentence' };
  st.out.push(c);
  st.changes.push({ claim: c, at: slot.fig.start, depth: slot.depth, part: slot.part });
  return true;
}

/** The items of the list a "均/各" change is about: the amounts of the part after its list marker. */
export function listItems(st: SentenceState, slot: Slot): Named[] {
  const marker = st.lastMarker(slot.fig.start, slot.part);
  return st.amounts.filter((a) => !a.period && a.depth === slot.depth && a.at >= slot.part && (marker === undefined || a.at > marker) && a.at < slot.fig.start);
}

/** The direction word right before a figure, if any, and where it starts in the lead. */
export function directionBefore(lead: string): { word: string; at: number } | undefined {
  const m = DIRECTION_WITH_LEFTOVER.exec(lead) ?? DIRECTION_BEFORE_FIGURE.exec(lead);
  return m ? { word: m[1], at: m.index } : undefined;
}

/**
 * A rate after its amount ("增加B万元，增长C%", "增加B万元（C%）"): completes the change just read, unless a
 * reason clause restates it ("因此增长率为0%").
 */
export function attachRate(st: SentenceState, slot: Slot, word: string | undefined): boolean {
  if (slot.fig.kind !== 'percent') return false;
  const last = st.changes[st.changes.length - 1];
  if (!last) return false;
  const between = st.r.slots.filter((s) => s.fig.start > last.at && s.fig.start < slot.fig.start);
  if (last.claim.percent) {
    // The reason restates the rate of the change just read: the same claim, not another one.
    return st.inReason(slot.fig.start) && last.claim.percent.digits === slot.fig.value.digits && between.every((s) => s.fig.kind !== 'money');
  }
  const bare = slot.lead === '' && slot.depth === last.depth + 1;
  if (between.some((s) => s.fig.kind === 'money') || (slot.part !== last.part && !bare)) return false;
  const siblings = st.changes.filter((c) => c.at === last.at);
  for (const { claim } of siblings) {
    claim.percent = slot.fig.value;
    claim.percentWord = word;
    if (claim.direction === '持平' && word) claim.direction = directionOf(word) ?? '持平';
    const [a] = claim.source.span ?? [0, 0];
    const end = st.slotSource(slot).span![1];
    claim.source = { ...claim.source, span: [a, end] };
  }
  return true;
}

export const NEUTRAL_WORD = new RegExp(`^(?:${NEUTRAL})`);

/** "决算数大于年初预算数", "支出决算小于预算数": how the 决算 compares with a budget, in words. */
const COMPARED = /^(?:(?:本年)?(?:支出)?决算数?|实际支出)(大于|小于|高于|低于|超过|多于|少于)((?:年初|全年|调整)?预算数?)/;

/**
 * "年初预算0万元，支出决算56万元，决算数大于年初预算数的主要原因是…": a comparison in words of the 决算 with the budget
 * stated in the sentence (or, when it states none, in the sentence before, as in "年初预算为1560.05万元，支出决算为
 * 1511.89万元。决算数大于预算数的主要原因：…"). Read as a change on the budget's base with both figures, so that
 * the direction can be checked; nothing is read when either figure is missing.
 */
export function readComparison(st: SentenceState, text: string, start: number, end: number): boolean {
  const m = COMPARED.exec(text);
  const period = m && budgetPeriod(m[2]);
  if (!m || !period) return false;
  const pool = st.amounts.length ? st.amounts : (st.carry.last?.amounts ?? []);
  const current = [...pool].reverse().find((a) => !a.period && a.value);
  const budget = current && [...pool].reverse().find((a) => a.period === period && a.value && a.subject === current.subject);
  if (!current?.value || !budget?.value || ambiguousBudget(pool, current.subject, m[2])) return true;
  const direction = /大于|高于|超过|多于/.test(m[1]) ? '增加' : '减少';
  const via = st.amounts.length ? current.via : 'context';
  const c: ChangeClaim = { type: 'change', text: st.printed, source: st.at(start, end), subject: current.subject, direction, base: m[2], via, current: current.value, prior: budget.value, ...(current.line ? { line: current.line } : {}) };
  st.out.push(c);
  return true;
}

