import type { Claim } from '../../src/model/claims.js';
import { formatIn } from '../../src/money/index.js';
import { formatPercent } from '../../src/money/percent.js';
import type { GoldClaim, GoldItem } from './gold.js';

/**
 * How extracted claims are compared with the gold set. A claim matches an expected one of the same sentence
 * when the type and every figure are equal as printed (value and unit; change amount, percent and direction;
 * share/completion percent; count and classifier), the change or completion base is the same words, the
 * share's whole is compatible when the gold names one, and the subjects are compatible.
 *
 * Subjects are compatible when their keys are equal or one contains the other. The key drops what the gold
 * set's README says subjects drop (spaces, quotes, level markers, codes, the path before the last level) and
 * the qualifiers a reader leaves out when naming a line: 财政拨款/拨款, 预算(数), 决算(数), 执行数, 总额, 安排,
 * 本年度/当年/年度. For counts the classifier word (人次, 批次, 次数, 人数) is dropped too. The containment
 * test is lenient by design: figures must already be equal within one sentence, and it is what separates a
 * subject bound to the right line from one bound to the previous item or the wrong total.
 */
export function subjectKey(s: string, count = false): string {
  let k = s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/[“”"‘’'《》]/g, '');
  const levels = [...k.matchAll(/\((?:类|款)\)/g)];
  if (levels.length) k = k.slice(levels[levels.length - 1].index + 3);
  k = k
    .replace(/\((?:类|款|项)\)/g, '')
    .replace(/^\d{3,}-?/, '')
    .replace(/财政拨款|拨款|预算数|预算|决算数|决算|执行数|总额|安排的?|本年度?|当年|年度/g, '');
  if (count) k = k.replace(/(?:人次|批次|次数|人数|数量|数)$/, '');
  return k;
}

export function compatible(a: string, b: string, count = false): boolean {
  const x = subjectKey(a, count);
  const y = subjectKey(b, count);
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 2 && (x.includes(y) || y.includes(x));
}

const baseKey = (s: string) => s.replace(/\s+/g, '').replace(/[“”"]/g, '');

/** An extracted claim in the gold set's terms (figures as printed). */
export function asGold(c: Claim): GoldClaim | undefined {
  const pct = (p: { digits: bigint; decimals: number }) => formatPercent(p).replace(/%$/, '');
  switch (c.type) {
    case 'amount':
      return { type: 'amount', subject: c.subject, value: formatIn(c.value), unit: c.value.unit, ...(c.period ? { period: c.period } : {}) };
    case 'change':
      return {
        type: 'change',
        subject: c.subject,
        direction: c.direction,
        base: c.base,
        ...(c.amount ? { amount: formatIn(c.amount), unit: c.amount.unit } : {}),
        ...(c.percent ? { percent: pct(c.percent) } : {}),
      };
    case 'share':
      return { type: 'share', subject: c.subject, percent: pct(c.percent), ...(c.of ? { of: c.of } : {}) };
    case 'completion':
      return { type: 'completion', subject: c.subject, percent: pct(c.percent), base: c.base };
    case 'count':
      return { type: 'count', subject: c.subject, count: String(c.count), unit: (c.unit ?? '').replace(/\(/g, '（').replace(/\)/g, '）') };
    default:
      return undefined;
  }
}

export function matches(x: GoldClaim, e: GoldClaim): boolean {
  if (x.type !== e.type) return false;
  const count = e.type === 'count';
  if (!compatible(x.subject, e.subject, count)) return false;
  switch (e.type) {
    case 'amount': {
      const a = x as typeof e;
      return a.value === e.value && a.unit === e.unit && a.period === e.period;
    }
    case 'change': {
      const a = x as typeof e;
      return a.direction === e.direction && a.amount === e.amount && a.unit === e.unit && a.percent === e.percent && baseKey(a.base) === baseKey(e.base);
    }
    case 'share': {
      const a = x as typeof e;
      return a.percent === e.percent && (e.of === undefined || (a.of !== undefined && compatible(a.of, e.of)));
    }
    case 'completion': {
      const a = x as typeof e;
      return a.percent === e.percent && baseKey(a.base) === baseKey(e.base);
    }
    case 'count': {
      const a = x as typeof e;
      return a.count === e.count && a.unit === e.unit;
    }
  }
}

/** Maximum matching between extracted and expected claims of one sentence (augmenting paths; sets are small). */
export function matchClaims(extracted: GoldClaim[], expected: GoldClaim[]): [number, number][] {
  const owner = new Array<number>(expected.length).fill(-1);
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < expected.length; j++) {
      if (seen[j] || !matches(extracted[i], expected[j])) continue;
      seen[j] = true;
      if (owner[j] === -1 || tryAssign(owner[j], seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < extracted.length; i++) tryAssign(i, new Array<boolean>(expected.length).fill(false));
  return owner.flatMap((i, j) => (i === -1 ? [] : [[i, j] as [number, number]]));
}

/**
 * Families of the issue (a–f) for reporting, one per claim, first that applies: e completion, budget or
 * adjusted figures; d shares; b prior figures and changes stated with them; f 持平, zero changes and counts;
 * c subjects taken from the heading or sentence before; a changes with their amount or rate; amounts otherwise.
 */
export function familyOf(c: GoldClaim, item: GoldItem, all: GoldClaim[]): string {
  if (c.type === 'completion' || (c.type === 'amount' && (c.period === 'budget' || c.period === 'adjusted'))) return 'e';
  if (c.type === 'share') return 'd';
  const priorStated = all.some((x) => x.type === 'amount' && x.period === 'prior' && compatible(x.subject, c.subject));
  if ((c.type === 'amount' && c.period === 'prior') || (c.type === 'change' && priorStated)) return 'b';
  if (c.type === 'count' || (c.type === 'change' && (c.direction === '持平' || /^0(\.0+)?$/.test(c.amount ?? c.percent ?? '')))) return 'f';
  const named = subjectKey(c.subject);
  const text = subjectKey(item.text);
  if (!text.includes(named.slice(0, 4))) return 'c';
  if (c.type === 'change') return 'a';
  return 'amount';
}
