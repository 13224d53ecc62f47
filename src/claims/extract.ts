import type { AmountClaim, Claim } from '../model/claims.js';
import type { BudgetDocument, BudgetKind, DocumentMeta, Paragraph, Section, SourceRef } from '../model/document.js';
import { attachRate, directionBefore, readChange, readVerbFirst } from './grammar/change.js';
import { readAmount, noteMarker } from './grammar/amount.js';
import { readClause } from './grammar/clause.js';
import { readCompletion } from './grammar/completion.js';
import { readCount } from './grammar/count.js';
import { readLists } from './grammar/list.js';
import { readShare } from './grammar/share.js';
import { figurelessClauses, readSentence, type Slot } from './sentence.js';
import { SentenceState, type Carry } from './state.js';
import { headingSubject, itemLabel, lineRef } from './subjects.js';
import { normalise, sentences } from './text.js';
import { UP, DOWN, REASON } from './words.js';

export type ClaimMeta = Partial<Pick<DocumentMeta, 'department' | 'kind' | 'year'>>;

const ENUMERATOR_START = /^(?:\(?[一二三四五六七八九十]+[)、.]|\(\d{1,2}\)|\d{1,2}[、.](?!\d))/;
const DIRECTION_AFTER = new RegExp(`^(?:了)?(?:${UP}|${DOWN})`);

function readSlot(st: SentenceState, slot: Slot): void {
  const { fig, lead } = slot;
  if (/^(其中|主要包括|包括|具体包括|分别为)/.test(lead)) noteMarker(st, lead, slot.fig.start - lead.length);
  const dir = directionBefore(lead);
  if (fig.kind === 'money') {
    if (dir) return void readChange(st, slot, dir.word, dir.at);
    // "比2025年年初预算数44021.20万元增加…": last year's figure inside the comparison.
    const inlinePrior = /(?:比|较)/.test(lead) && DIRECTION_AFTER.test(slot.tail);
    if (readVerbFirst(st, slot)) return;
    if (inlinePrior) st.base = lead.replace(/^.*?(?:比|较)/, '').replace(/(?:相比)?$/, '');
    return readAmount(st, slot, inlinePrior);
  }
  if (fig.kind === 'percent') {
    if (dir) {
      if (attachRate(st, slot, dir.word)) return;
      return void readChange(st, slot, dir.word, dir.at);
    }
    // "增加131.35万元（111.8%）": a bare rate right after the change amount.
    if (lead === '' && attachRate(st, slot, undefined)) return;
    if (readShare(st, slot)) return;
    readCompletion(st, slot);
    return;
  }
  readCount(st, slot);
}

function readOne(raw: string, st: SentenceState): void {
  const { r } = st;
  const clauses = figurelessClauses(r);
  let k = 0;
  for (const slot of r.slots) {
    while (k < clauses.length && clauses[k].start < slot.fig.start) {
      const c = clauses[k++];
      readClause(st, c.text, c.start, c.end);
    }
    if (r.text[slot.part - 1] === '；' && st.reasonFrom !== undefined && st.reasonFrom < slot.part) st.reasonFrom = undefined;
    // "…，主要原因是新增了…1000万元": a clause that gives a reason, figures and all.
    if (REASON.test(slot.clause) && (st.reasonFrom === undefined || st.reasonFrom > slot.fig.start)) st.reasonFrom = slot.fig.start - slot.clause.length;
    if (!st.inReason(slot.fig.start) || slot.fig.kind !== 'percent' || directionBefore(slot.lead)) readSlot(st, slot);
  }
  for (; k < clauses.length; k++) readClause(st, clauses[k].text, clauses[k].start, clauses[k].end);
  priorsAfter(st);
  readLists(st);
  void raw;
}

/**
 * "支出629.28万元，与上年相比增加629.28万元（去年预算数为0万元，无法计算增减比率）": last year's figure stated
 * after the change (before the next one) is the change's prior.
 */
function priorsAfter(st: SentenceState): void {
  for (const [i, ch] of st.changes.entries()) {
    if (ch.claim.prior) continue;
    const next = st.changes.slice(i + 1).find((c) => c.at > ch.at)?.at ?? Infinity;
    const p = st.amounts.find((a) => a.period === 'prior' && a.value && a.subject === ch.claim.subject && a.at > ch.at && a.at < next);
    if (p?.value) ch.claim.prior = p.value;
  }
}

/** The enumerator style of a sentence: "1." and "（1）" and "（一）" number different levels. */
function enumStyle(text: string): string | undefined {
  const m = ENUMERATOR_START.exec(text.trim());
  if (!m) return undefined;
  return m[0].replace(/[一二三四五六七八九十]+/, '一').replace(/\d+/, '1');
}

/** A sentence ending in a list marker after its amount ("项目支出…万元，具体包括：") opens a list of enumerated items. */
function openItems(st: SentenceState, carry: Carry): void {
  // "…预算数为0.00万元。其中：（一）因公出国（境）费为0.00万元…": the first item stands in the sentence that opens
  // the list; the enumerated paragraphs after it ("（二）…", "（三）…") are its other items, of the same list.
  const opener = /^其中[：:]\s*/.exec(st.r.text);
  const first = opener && st.wholes.find((x) => x.marker === 0 && x.whole?.claim && x.id);
  const style = opener && enumStyle(st.r.text.slice(opener[0].length));
  if (first && style && !carry.items) {
    carry.items = { whole: first.whole!.claim!, complete: !!first.complete, id: first.id, style };
    return;
  }
  const w = [...st.wholes].reverse().find((x) => x.whole?.claim);
  const m = w && /^(其中|具体包括|包括|主要包括)[：:]?\s*$/.exec(st.r.text.slice(w.marker).trim());
  // Items after "其中：" may be only some of the parts (a template lists other categories there); "具体包括" lists all.
  if (m) carry.items = { whole: w.whole!.claim!, complete: /包括$/.test(m[1]) && m[1] !== '主要包括' };
}

/** Is this sentence an item of the open list? An enumerator of another style ends the list. */
function itemOfList(text: string, carry: Carry): NonNullable<Carry['items']> | undefined {
  const l = carry.items;
  const style = enumStyle(text);
  if (!l || !style) return undefined;
  l.style ??= style;
  if (l.style === style) return l;
  carry.items = undefined;
  return undefined;
}

/** The item's own amount (its first, this year's, stated in the sentence) is a part of the list's whole. */
function partOfItems(st: SentenceState, l: NonNullable<Carry['items']>): void {
  const own = st.out.find((c): c is AmountClaim => c.type === 'amount' && c.via === 'sentence' && !c.period && !c.partOf);
  if (!own || own.value.unit !== l.whole.value.unit) return;
  l.id ??= st.newList();
  own.partOf = { list: l.id, complete: l.complete, of: l.whole.subject, enumerated: true };
  if (!l.whole.heads?.includes(l.id)) l.whole.heads = [...(l.whole.heads ?? []), l.id];
}

/** What one sentence leaves for the next: its subject, the whole it listed, its base. */
function handOn(st: SentenceState, carry: Carry): void {
  const topic = st.topic();
  const opening = st.r.text.replace(ENUMERATOR_START, '');
  const opensList = /^(其中|按[^，；：]{0,12}分类|包括)/.test(opening);
  // An enumerated item ("3.上级转移支付项目10,289.74万元…") is what its later sentences without a subject are about.
  if (ENUMERATOR_START.test(st.r.text)) carry.item = topic && !opensList ? { ...topic, at: -1, part: 0, depth: 0 } : undefined;
  if (topic) {
    if (!opensList) carry.topic = { ...topic, at: -1, part: 0, depth: 0 };
    const whole = [...st.wholes].reverse().find((w) => w.whole)?.whole;
    carry.whole = whole ? { ...whole, at: -1, part: 0, depth: 0 } : opensList ? carry.whole : undefined;
  }
  if (st.base) carry.base = st.base;
  // An enumerated item ("（二）公务用车购置及运行费…。其中：…") may be broken down in turn; an item of a list in the sentence may not.
  const lastAmount = [...st.amounts].reverse().find((a) => !a.period && a.claim && (!a.claim.partOf || a.claim.partOf.enumerated) && a.depth === 0);
  const lastChange = [...st.changes].reverse().find((c) => c.depth === 0 && c.claim.amount && !c.claim.partOf && !st.inReason(c.at))?.claim;
  carry.last = st.out.length ? { amount: lastAmount, change: lastChange, amounts: [...st.amounts] } : carry.last;
}

/**
 * "…支出128148.56万元，比2025年增加10300.15万元。其中：基本支出…，比2025年增加…；项目支出…" — a sentence that
 * opens with 其中 lists the parts of the last amount (and change) of the sentence before.
 */
function continueList(st: SentenceState, carry: Carry): void {
  if (!/^其中/.test(st.r.text.replace(ENUMERATOR_START, ''))) return;
  const { amount, change } = carry.last ?? {};
  if (amount) st.wholes.push({ marker: 0, depth: 0, whole: { ...amount, at: -1, part: 0, depth: 0 }, complete: true });
  if (change) st.changeList = { whole: change, complete: true, depth: 0, list: st.newList() };
}

/**
 * Extract the claims of one paragraph. `carry` threads the subject, whole and base from sentence to sentence
 * (and from paragraph to paragraph within a section); without it the paragraph stands alone.
 */
export function extractClaims(raw: string, source: SourceRef, meta: ClaimMeta = {}, carry: Carry = {}): Claim[] {
  const n = normalise(raw);
  const out: Claim[] = [];
  const kind: BudgetKind = meta.kind ?? '预算';
  for (const s of sentences(n.text)) {
    const r = readSentence(s.text);
    const st = new SentenceState(raw, r, n, s.start, source, kind, carry, meta.department, meta.year);
    if (!r.slots.length) {
      // "其中：（一）因公出国（境）费用。": the first item of a list opened by 其中 labels what follows too.
      const label = itemLabel(s.text.replace(/^其中[:：]\s*/, ''), meta.department);
      if (label) {
        const line = lineRef(s.text);
        carry.topic = { subject: label, via: 'context', at: -1, depth: 0, part: 0, ...(line ? { line } : {}) };
        carry.whole = undefined;
      }
    }
    continueList(st, carry);
    const item = itemOfList(s.text, carry);
    readOne(raw, st);
    if (item) partOfItems(st, item);
    handOn(st, carry);
    openItems(st, carry);
    out.push(...st.out);
  }
  return out;
}

/**
 * Give `p` the claims of its text read on its own, extracted on first read. A check binds every section's
 * paragraphs in context (bindDocumentClaims) and replaces them unread, so importing does not pay for them; the
 * text, source and meta are taken now, so a later read gives what an eager one would have.
 */
export function claimsOnDemand(p: Paragraph, meta: ClaimMeta): void {
  const text = p.text;
  const source = { ...p.source };
  const own: ClaimMeta = { department: meta.department, kind: meta.kind, year: meta.year };
  const settle = (claims: Claim[]) => Object.defineProperty(p, 'claims', { value: claims, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(p, 'claims', {
    enumerable: true,
    configurable: true,
    get: () => {
      const claims = extractClaims(text, source, own);
      settle(claims);
      return claims;
    },
    set: settle,
  });
}

/** Page furniture between wrapped lines: "— 28 —", "- 3 -", "第 3 页". */
const FURNITURE = /^[—–\-\s\d第页/共]*$/;

/**
 * Claims of a section's paragraphs in order, each sentence bound in the context of the heading and the sentences
 * before. Paragraphs that end mid-sentence (lines wrapped by the layout, a list item per line ending in "；")
 * are read together with the ones that continue them, page numbers between them left out, and each claim is
 * given back to the paragraph its figures are in.
 */
export function extractSectionClaims(section: Pick<Section, 'heading' | 'paragraphs'>, meta: ClaimMeta = {}): void {
  const carry: Carry = { heading: headingSubject(section.heading, meta.department) || undefined };
  let run: Paragraph[] = [];
  const flush = () => {
    if (run.length) readRun(run, meta, carry);
    run = [];
  };
  for (const p of section.paragraphs) {
    p.claims = [];
    if (FURNITURE.test(p.text)) continue;
    // An enumerated paragraph ("1.…", "（二）…") starts a new item even after "其中：".
    if (ENUMERATOR_START.test(p.text.trim())) flush();
    run.push(p);
    if (/[。！？!?]\s*$/.test(p.text)) flush();
  }
  flush();
}

function readRun(run: Paragraph[], meta: ClaimMeta, carry: Carry): void {
  const offsets: number[] = [];
  let text = '';
  for (const p of run) {
    offsets.push(text.length);
    text += p.text;
  }
  for (const p of run) p.claims = [];
  for (const c of extractClaims(text, run[0].source, meta, carry)) {
    const at = c.source.span?.[0] ?? 0;
    let k = offsets.length - 1;
    while (k > 0 && offsets[k] > at) k--;
    const p = run[k];
    const span = c.source.span ? ([at - offsets[k], Math.min(c.source.span[1] - offsets[k], p.text.length)] as [number, number]) : undefined;
    c.source = { ...p.source, ...(span ? { span } : {}) };
    p.claims.push(c);
  }
}

const bound = new WeakSet<BudgetDocument>();

/**
 * Read every section's claims in context (heading, item labels, sentences before). Importers extract each
 * paragraph on its own; this binds subjects across them. Done once per document; claims keep their identity
 * afterwards (coverage is recorded by identity).
 */
export function bindDocumentClaims(doc: BudgetDocument): void {
  if (bound.has(doc)) return;
  bound.add(doc);
  for (const s of doc.sections) if (!/名词解释/.test(s.heading)) extractSectionClaims(s, doc.meta);
}
