import type { Claim, CountClaim } from '../model/claims.js';
import type { DocumentMeta, SourceRef } from '../model/document.js';
import { parseAmount, type Money } from '../money/index.js';
import { parsePercent } from '../money/percent.js';
import { toHalfWidth } from '../money/parse.js';

const MONEY = /(-?\d[\d,]{0,30}(?:\.\d{1,12})?)\s*(亿元|万元|元)/g;
const CHANGE = /^比(上年|上年度|去年|同期|\d{4}年度?(?:预算|决算)?(?:数)?)(预算|决算)?(?:数)?(增加|减少|增长|下降|持平)(?:(-?\d[\d,]{0,30}(?:\.\d{1,12})?)\s*(亿元|万元|元))?/;
const CHANGE_PCT = /^(增长|下降|减少|增加|上升|降低)(-?\d+(?:\.\d+)?)\s*%/;
const SHARE = /^(?:占(.{0,24}?)的?|所占比例为|比重为?)(\d+(?:\.\d+)?)\s*%/;
/** "完成年初预算的98.20%": a completion rate, i.e. the 决算 figure as a share of the 预算 figure before it. */
const COMPLETION = /^完成(?:了)?(年初预算|全年预算|预算|调整预算)(?:数)?的?(\d+(?:\.\d+)?)\s*%/;
const COUNT = /^(.{0,30}?)(\d+)\s*(个|家|项|辆|人|户|台\(套\)|台|套|名)(.{0,30})$/;

/** Words that carry no subject: stripped from the start of a clause before the figure. */
const LEAD = /^(其中|主要包括|主要用于以下方面|主要用于|包括|支出包括|另有|共计|合计|总计为?|为|是|达|共|均|分别为|本部门|我部门|本单位|我单位|所属\d+家(?:行政|事业)?单位|截至\d{4}年\d{1,2}月\d{1,2}日|\d{4}年度?|[:：,，、])+/;

interface Clause {
  text: string;
  start: number;
}

function clauses(sentence: string, offset: number): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= sentence.length; i++) {
    const c = sentence[i];
    if (i === sentence.length || '，,；;：:'.includes(c)) {
      if (i > start) out.push({ text: sentence.slice(start, i), start: offset + start });
      start = i + 1;
    }
  }
  return out;
}

export function cleanSubject(s: string, meta?: Pick<DocumentMeta, 'department'>): string {
  let t = s.trim();
  for (let k = 0; k < 4; k++) {
    const before = t;
    t = t.replace(LEAD, '');
    if (meta?.department && t.startsWith(meta.department)) t = t.slice(meta.department.length);
    t = t.replace(/^(的|在|对)/, '');
    if (t === before) break;
  }
  return t.trim();
}

function moneyOf(num: string, unit: string): Money | undefined {
  const p = parseAmount(num + unit);
  return p.kind === 'amount' ? p.money : undefined;
}

/**
 * Extract every checkable statement from one paragraph of narrative: amounts with their subjects,
 * year-on-year changes, shares, counts with amounts, enumerated lists, and classification names.
 */
export function extractClaims(raw: string, source: SourceRef, meta?: Pick<DocumentMeta, 'department'>): Claim[] {
  const text = toHalfWidth(raw).replace(/（/g, '(').replace(/）/g, ')');
  const claims: Claim[] = [];
  const at = (start: number, end: number): SourceRef => ({ ...source, span: [start, end] });
  let sentenceStart = 0;
  let pendingBase: string | undefined;
  const paragraphAmounts: { subject: string; value: Money }[] = [];
  for (const sentence of text.split(/(?<=。)/)) {
    const sOffset = sentenceStart;
    sentenceStart += sentence.length;
    let sentenceHead: { subject: string; value: Money } | undefined;
    const sentenceAmounts: { subject: string; value: Money }[] = [];
    for (const segment of splitKeep(sentence, /[；;]/)) {
      let segHead: { subject: string; value: Money } | undefined;
      let lastAmount: { subject: string; value: Money } | undefined;
      let lastCount: CountClaim | undefined;
      let lastChange: Extract<Claim, { type: 'change' }> | undefined;
      const segOffset = sOffset + segment.offset;
      extractList(segment.text, segOffset);
      for (const c of clauses(segment.text, segOffset)) {
        const ct = c.text.trim();
        const lead = c.text.length - c.text.trimStart().length;
        const cm = CHANGE.exec(ct);
        if (cm) {
          const subj = segHead ?? sentenceHead;
          lastChange = {
            type: 'change',
            text: ct,
            source: at(c.start + lead, c.start + lead + cm[0].length),
            subject: subj?.subject ?? '',
            current: subj?.value,
            direction: cm[3] === '持平' ? '持平' : cm[3] === '增加' || cm[3] === '增长' ? '增加' : '减少',
            amount: cm[4] ? moneyOf(cm[4], cm[5]) : undefined,
            base: cm[1] + (cm[2] ?? ''),
          };
          const tail = ct.slice(cm[0].length).replace(/^[,，]?/, '');
          const pm = CHANGE_PCT.exec(tail);
          if (pm) {
            lastChange.percent = parsePercent(pm[2] + '%') ?? undefined;
            lastChange.percentWord = pm[1];
          }
          claims.push(lastChange);
          continue;
        }
        // "与2023年度相比，收入支出总计减少56.95万元": the comparison base, then subject and change in the next clause.
        const versus = /^与(\d{4}年度?|上年度?|去年)(?:预算|决算)?(?:数)?相?比(?:较)?$/.exec(ct);
        if (versus) {
          pendingBase = versus[1];
          continue;
        }
        const vm = pendingBase ? /^(.*?)(增加|减少|增长|下降|持平)(?:了)?(?:(-?\d[\d,]{0,30}(?:\.\d{1,12})?)\s*(亿元|万元|元))?$/.exec(ct) : null;
        if (vm && pendingBase) {
          const subject = cleanSubject(vm[1], meta) || segHead?.subject || sentenceHead?.subject || '';
          const stated = [...paragraphAmounts].reverse().find((a) => subject !== '' && a.subject.endsWith(subject)) ?? (vm[1] ? undefined : (segHead ?? sentenceHead));
          lastChange = {
            type: 'change',
            text: ct,
            source: at(c.start + lead, c.start + lead + ct.length),
            subject,
            current: stated?.value,
            direction: vm[2] === '持平' ? '持平' : vm[2] === '增加' || vm[2] === '增长' ? '增加' : '减少',
            amount: vm[3] ? moneyOf(vm[3], vm[4]) : undefined,
            base: pendingBase,
          };
          pendingBase = undefined;
          claims.push(lastChange);
          continue;
        }
        const pm = CHANGE_PCT.exec(ct);
        if (pm && lastChange && !lastChange.percent) {
          lastChange.percent = parsePercent(pm[2] + '%') ?? undefined;
          lastChange.percentWord = pm[1];
          lastChange.text += '，' + ct;
          continue;
        }
        const done = COMPLETION.exec(ct);
        if (done) {
          const percent = parsePercent(done[2] + '%');
          const budget = [...sentenceAmounts].reverse().find((a) => a !== lastAmount && /预算(数)?(为)?$/.test(a.subject));
          if (percent && lastAmount && budget)
            claims.push({ type: 'share', text: ct, source: at(c.start + lead, c.start + lead + ct.length), subject: lastAmount.subject, value: lastAmount.value, percent, of: budget.subject, ofValue: budget.value });
          continue;
        }
        const sm = SHARE.exec(ct);
        if (sm) {
          const percent = parsePercent(sm[2] + '%');
          const explicitOf = cleanSubject(sm[1] ?? '', meta).replace(/的$/, '');
          if (percent)
            claims.push({
              type: 'share',
              text: ct,
              source: at(c.start + lead, c.start + lead + ct.length),
              subject: lastAmount?.subject ?? '',
              value: lastAmount?.value,
              percent,
              of: explicitOf || sentenceHead?.subject,
              ofValue: explicitOf ? undefined : sentenceHead?.value,
            });
          continue;
        }
        const count = COUNT.exec(ct);
        if (count && !/\d\s*(亿元|万元|元)/.test(ct)) {
          lastCount = {
            type: 'count',
            text: ct,
            source: at(c.start + lead, c.start + lead + ct.length),
            subject: cleanSubject(count[1], meta) || cleanSubject(count[4], meta),
            count: Number(count[2]),
          };
          claims.push(lastCount);
          continue;
        }
        for (const m of ct.matchAll(MONEY)) {
          const value = moneyOf(m[1], m[2]);
          if (!value) continue;
          const before = ct.slice(0, m.index);
          let subject = cleanSubject(before.split(/[、]/).pop() ?? '', meta);
          if (/^(共计|涉及|合计)?(项目)?金额$|^涉及(项目)?金额|^共计金额|^涉及资金$/.test(subject) || subject === '') {
            if (lastCount && !lastCount.amount) {
              lastCount.amount = value;
              subject = lastCount.subject;
            }
          }
          const start = c.start + lead + (m.index ?? 0);
          claims.push({ type: 'amount', text: ct, source: at(start, start + m[0].length), subject, value });
          lastAmount = { subject, value };
          sentenceAmounts.push(lastAmount);
          paragraphAmounts.push(lastAmount);
          if (!segHead) segHead = lastAmount;
          if (!sentenceHead) sentenceHead = lastAmount;
          if (/支出$/.test(subject) && mayBeClassName(subject)) {
            claims.push({ type: 'name', text: subject, source: at(start - subject.length, start), name: subject, role: 'functional' });
          }
        }
      }
    }
  }
  return claims;

  function extractList(seg: string, offset: number): void {
    // Look only near the first "主要包括：" (the pattern can start at most ~70 characters before it).
    const hit = seg.search(/主要(?:包括|用于|有)[:：]/);
    if (hit < 0) return;
    const from = Math.max(0, hit - 80);
    const m = /(.{0,20}?)(\d[\d,]{0,30}(?:\.\d{1,12})?\s*(?:万元|元))?[,，]?\s*主要(?:包括|用于|有)[:：]([^；;。]+)/.exec(seg.slice(from));
    if (!m || /\d\s*(亿元|万元|元)/.test(m[3])) return;
    const body = m[3].trim();
    const open = /等$/.test(body);
    const items = body.replace(/等$/, '').split(/[、，,]/).map((s) => s.trim()).filter(Boolean);
    if (items.length < 2) return;
    const subject = cleanSubject(m[1].replace(/\d[\d,]*(\.\d+)?$/, ''), meta);
    const start = offset + from + (m.index ?? 0);
    claims.push({ type: 'list', text: m[0], source: at(start, start + m[0].length), subject, items, open });
  }
}

/** A subject ending in 支出 that may be a functional class name (not an aggregate such as 基本支出 or 支出总计). */
function mayBeClassName(subject: string): boolean {
  if (/^(基本|项目|本年|当年|一般公共预算当年|一般公共预算|财政拨款|政府性基金预算|国有资本经营预算|部门预算|预算|年度)?支出$/.test(subject)) return false;
  return !/(基本支出|项目支出|支出总计|支出合计|本年支出|当年支出|预算支出|拨款支出)$/.test(subject);
}

function splitKeep(s: string, re: RegExp): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (re.test(s[i])) {
      out.push({ text: s.slice(start, i + 1), offset: start });
      start = i + 1;
    }
  }
  if (start < s.length) out.push({ text: s.slice(start), offset: start });
  return out;
}
