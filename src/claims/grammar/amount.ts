import type { AmountClaim, AmountPeriod } from '../../model/claims.js';
import { contextSubject } from '../bind.js';
import type { Slot } from '../sentence.js';
import type { Named, SentenceState } from '../state.js';
import { cleanSubject, expandCompound, isGeneric, lineRef, ownedByOrg } from '../subjects.js';
import { ADJUSTED_AMOUNT, BUDGET_AMOUNT, LIST_MARKER, PRIOR_AMOUNT, YEAR_AMOUNT } from '../words.js';
import { nameClaim } from './name.js';
import { nounAfter } from './count.js';

/** Words that make an amount the money of the count before it ("5个，共计金额320.00万元", "1辆、12万元"). */
const OF_COUNT = /^(?:共计|共|合计|涉及|共涉及)?(?:项目)?(?:金额|资金|预算资金|预算金额|财政性资金合计|财政性资金)$/;

/** Which figure an amount is, from the words right before it, and the lead without those words. */
function period(lead: string, kind: SentenceState['kind'], sentence: string, year?: number): { period?: AmountPeriod; rest: string } {
  const prior = PRIOR_AMOUNT.exec(lead);
  if (prior) return { period: 'prior', rest: lead.slice(0, prior.index) };
  const dated = YEAR_AMOUNT.exec(lead);
  if (dated && year && Number(dated[1]) < year) return { period: 'prior', rest: lead.slice(0, dated.index) };
  if (kind === '决算' || /决算/.test(sentence)) {
    const adjusted = ADJUSTED_AMOUNT.exec(lead);
    if (adjusted) return { period: 'adjusted', rest: lead.slice(0, adjusted.index) };
    const budget = BUDGET_AMOUNT.exec(lead);
    if (budget && !/决算/.test(lead.slice(budget.index))) return { period: 'budget', rest: lead.slice(0, budget.index) };
  }
  return { rest: lead };
}

/** An amount: this year's figure of its subject, or a prior/budget/adjusted figure named by the words before it. */
export function readAmount(st: SentenceState, slot: Slot, inlinePrior: boolean): void {
  if (slot.fig.kind !== 'money') return;
  const value = slot.fig.value;
  // After a count the lead begins with the count's noun ("1家行政单位机关运行经费…"): that noun is the count's.
  const prevFig = st.r.slots[st.r.slots.indexOf(slot) - 1]?.fig;
  const glued = prevFig?.kind === 'count' && st.r.text.slice(prevFig.end, slot.fig.start) === slot.lead;
  const lead = glued ? slot.lead.slice(nounAfter(slot.lead).length).replace(/^的/, '') : slot.lead;
  const p = inlinePrior ? { period: 'prior' as const, rest: '' } : period(lead, st.kind, st.r.text, st.year);
  let named = cleanSubject(p.rest, st.department);
  let via: Named['via'] = 'sentence';
  let line = named ? lineRef(p.rest) : undefined;
  const counts = st.counts.filter((c) => c.part === slot.part && c.depth === slot.depth);
  // "N个项目，其中一级项目…，二级项目…，共涉及资金X万元": the money of the whole, not of the last sub-item.
  const marker = st.lastMarker(slot.fig.start, slot.part);
  const whole = /^(?:共|合计|总计)/.test(slot.lead) && marker !== undefined ? counts.filter((c) => c.at < marker).pop() : undefined;
  const count = whole ?? counts[counts.length - 1];
  const bare = !p.period && slot.lead.replace(/[、，]/g, '') === '';
  named = fundsCovered(st, slot, named);
  if (count && (OF_COUNT.test(named) || bare) && !count.claim.amount) {
    count.claim.amount = value;
    named = count.claim.subject;
  } else if (isGeneric(named) && ownedByOrg(p.rest)) {
    named = named || '预算';
  } else if (!named || isGeneric(named)) {
    // "因公出国（境）费支出决算为0万元，完成预算0万元的0%": the figure before it in its part names it.
    const near = st.amounts.filter((a) => a.part === slot.part && a.depth === slot.depth && a.at < slot.fig.start).pop();
    const ctx = near ?? (st.pending && st.pending.at < slot.fig.start ? { ...st.pending, via: 'sentence' as const } : contextSubject(st));
    named = ctx?.subject ?? '';
    via = ctx?.via ?? 'sentence';
    line = ctx?.line;
  }
  // "政府性基金预算财政拨款年初结转和结余X，收入决算Y，支出决算Z": bare totals keep the sentence's fund.
  const fund = /^(?:(?:一般公共预算|政府性基金预算|国有资本经营预算)?财政拨款|一般公共预算|政府性基金预算)/.exec(st.amounts[0]?.subject ?? '')?.[0];
  if (fund && via === 'sentence' && /^(?:收入|支出)(?:预算|决算)?$/.test(named)) named = fund + named;
  const subjects = expandCompound(named, /(?:均|各|都)(?:为|是)?$/.test(slot.lead));
  for (const subject of subjects) {
    const claim: AmountClaim = { type: 'amount', text: st.printed, source: st.slotSource(slot), subject, value, ...(p.period ? { period: p.period } : {}), via, ...(line ? { line } : {}) };
    st.out.push(claim);
    const entry: Named = { subject, value, period: p.period, via, at: slot.fig.start, depth: slot.depth, part: slot.part, claim, ...(line ? { line } : {}) };
    const list = st.listAt(slot.fig.start, slot.depth);
    const whole = list?.whole?.claim;
    // An item that opens a list of amounts is a whole of its own; one followed by a list of names only
    // ("人员经费7967.72万元，主要包括：基本工资、津贴补贴…；") is still an item of the list around it.
    const names = NAMES_ONLY.test(st.r.text.slice(slot.fig.end));
    const opensList = /^(其中|主要包括|包括|主要用于以下方面|具体包括)/.test(st.r.text.slice(slot.fig.end).replace(/^[，：]/, '').replace(SAME_FUNDS, '')) && !names;
    if (whole && !opensList && list.whole!.depth === slot.depth && inPeriodOf(whole, claim) && subjects.length === 1) {
      const id = (list.id ??= st.newList());
      claim.partOf = { list: id, complete: !!list.complete, of: whole.subject };
      if (!whole.heads?.includes(id)) whole.heads = [...(whole.heads ?? []), id];
    }
    st.amounts.push(entry);
    if (via === 'sentence' && !p.period) nameClaim(st, slot, p.rest, subject);
    // "支出预算650.24万元，其中：…" — the amount the list after it breaks down; "，均为一般公共预算拨款，其中：…" too.
    const after = st.r.text.slice(slot.fig.end).replace(/^[，：]/, '').replace(SAME_FUNDS, '');
    // "…（项）1153.00万元，主要用于A支出652.00万元；B…371.00万元…": the main uses, each with its amount, are parts.
    const marker = /^(其中|主要包括|包括|主要用于以下方面|主要用于以下几个方面|具体包括|按[^，；：]{0,12}分类|主要用于(?=[^，；。]{2,60}\d[\d,.]*\s*(?:万元|元)；))/.exec(after);
    if (marker && subjects.length === 1 && !names) st.wholes.push({ marker: slot.fig.end + (st.r.text.length - slot.fig.end - after.length), depth: slot.depth, whole: entry, complete: /^(其中|包括|具体包括)/.test(marker[1]) });
    else if (subjects.length === 1) colonList(st, slot, entry);
  }
}

/** "涉及一般公共预算财政拨款": the funds a statement about performance targets covers. */
const FUNDS_COVERED = /^涉及(?:当年)?((?:一般公共预算|政府性基金预算)(?:财政)?(?:拨款)?)(?:资金)?$/;

/**
 * "2026年项目支出均实行了绩效目标管理，涉及一般公共预算财政拨款24,991.96万元": the money is that of the funds named
 * of the subject the clause before names (一般公共预算 项目支出); "…绩效目标管理全覆盖，涉及当年一般公共预算拨款X" covers all
 * of the funds. Without either it names nothing (a part of the funds may be covered).
 */
function fundsCovered(st: SentenceState, slot: Slot, named: string): string {
  const m = FUNDS_COVERED.exec(named);
  if (!m) return named;
  if (st.pending && st.pending.at < slot.fig.start) return m[1] + st.pending.subject;
  return /全覆盖/.test(st.r.text.slice(0, slot.fig.start)) ? m[1] : named;
}

/** "，均为一般公共预算拨款，": a clause saying which funds the whole is, before the list of its parts. */
const SAME_FUNDS = /^(?:均为|全部为|全部是|均是|均来源于|全部来源于)[^，；：。\d]{2,16}，/;

/**
 * "政府采购预算总额712.49万元：政府采购货物预算486.50万元、政府采购工程预算0万元、政府采购服务预算225.99万元；":
 * an amount followed by a colon and, up to the end of its part, only amounts set apart by 、 lists all its parts.
 */
function colonList(st: SentenceState, slot: Slot, entry: Named): void {
  const text = st.r.text;
  if (text[slot.fig.end] !== '：') return;
  const stop = text.slice(slot.fig.end + 1).search(/[；。]|$/) + slot.fig.end + 1;
  const items = text.slice(slot.fig.end + 1, stop).split('、');
  const one = /^[^，：()\d]{2,30}\d[\d,]*(?:\.\d+)?(?:亿元|万元|元)$/;
  if (items.length < 2 || !items.every((x) => one.test(x))) return;
  st.wholes.push({ marker: slot.fig.end, depth: slot.depth, whole: entry, complete: true, end: stop });
}

/** A part states its whole's period, or none under a budget figure ("全年预算数为1018.55万元，其中当年财政拨款898.00万元"). */
const inPeriodOf = (whole: AmountClaim, part: AmountClaim) => whole.period === part.period || (!part.period && !!whole.period && whole.period !== 'prior');

/** "，主要包括：基本工资、津贴补贴…；": a list of names without amounts (the list rule's), up to the end of its part. */
const NAMES_ONLY = /^[，：]?主要包括[：:]?[^；。\d]+(?:[；。]|$)/;

/** A list marker in a clause with no amount before it ("其中：", "按支出功能分类，包括…"). */
export function noteMarker(st: SentenceState, clause: string, start: number): void {
  if (LIST_MARKER.test(clause) || /^(其中|按[^，；：]{0,12}分类)/.test(clause)) {
    if (st.wholes.some((w) => w.marker >= start - 2 && w.marker <= start + clause.length) || NAMES_ONLY.test(st.r.text.slice(start))) return;
    const depth = st.r.depthAt[start] ?? 0;
    const whole = /^(其中|包括|具体包括)/.test(clause) ? qualifiedWhole(st, start, depth) : undefined;
    st.wholes.push({ marker: start, depth, ...(whole ? { whole, complete: true } : {}) });
  }
}

/**
 * "政府采购支出总额1967.42万元，全部为财政资金，其中：货物…": a clause without a figure that only qualifies the
 * amount before it (全部为…, 均为…) does not stand between that amount and the list that breaks it down.
 */
function qualifiedWhole(st: SentenceState, start: number, depth: number): Named | undefined {
  const a = [...st.amounts].reverse().find((x) => x.at >= 0 && x.at < start && x.depth === depth);
  if (!a || a.period || !a.claim) return undefined;
  return /^[\d,.]+\s*(?:亿元|万元|元)，(?:全部|均|全额|都)(?:为|是|来自|来源于|属于)[^\d，；。：]{1,12}，$/.test(st.r.text.slice(a.at, start)) ? a : undefined;
}
