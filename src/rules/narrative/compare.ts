import type { AmountClaim, Claim } from '../../model/claims.js';
import type { Cell, Section } from '../../model/document.js';
import { abs, halfQuantum, quantum, type Money } from '../../money/index.js';
import { formatPercent, percentConsistent, ratioPercent, type Percent } from '../../money/percent.js';
import type { Figure, Figures } from '../engine/figures.js';
import { cellLoc } from '../engine/locate.js';
import { namesOtherUnit } from '../../claims/subjects.js';
import { resolveFigures, scopeOf, subjectKey, type Query } from '../engine/resolve.js';

/** The figures a claim's subject resolves to in the section it stands in (empty: not checkable). */
export function figuresOf(figures: Figures, q: Query & { partOf?: { of: string } }, section: Section): Figure[] {
  if (namesOtherUnit(section.heading, figures.doc.meta.department)) return [];
  // A part counts the funds its whole counts ("支出预算…，其中：项目支出…" is all funds, not the 一般公共预算 part).
  // A part that names its own funds ("其中：财政拨款支出预算…") counts those.
  const scope = q.scope ?? (q.partOf && !scopeOf(q.subject) ? scopeOf(q.partOf.of) : undefined);
  return resolveFigures(figures, { subject: q.subject, line: q.line, period: q.period, scope, functional: q.functional ?? /功能|科目/.test(section.heading), heading: section.heading }, section.topic);
}

export type AmountVerdict = { ok: true; figure: Figure } | { ok: false; rounding: boolean; figure: Figure };

/**
 * A stated amount against the figures it may mean: equal after rounding the table figure to the stated digits
 * (exact rounding, any unit) is right; one unit of the stated last digit off is 尾差; anything else is wrong
 * (measured against the figure the section talks about first).
 */
export function compareAmount(stated: Money, candidates: Figure[]): AmountVerdict {
  const off = candidates.map((figure) => {
    const tol = (halfQuantum(stated) > halfQuantum(figure.value) ? halfQuantum(stated) : halfQuantum(figure.value)) + (figure.tolerance ?? 0n);
    return { figure, d: abs(stated.fen - figure.value.fen), tol };
  });
  const ok = off.find((o) => o.d <= o.tol);
  if (ok) return { ok: true, figure: ok.figure };
  const near = off.find((o) => o.d <= o.tol + quantum(stated));
  return near ? { ok: false, rounding: true, figure: near.figure } : { ok: false, rounding: false, figure: candidates[0] };
}

/** A percentage against num/den, with the rounding slack of the printed amounts. */
export function rateHolds(p: Percent, num: Money, den: Money, extraDen = 0n): boolean {
  return percentConsistent(p, num.fen, den.fen, halfQuantum(num), halfQuantum(den) + extraDen);
}

/** The rate a percentage should print: half up at its own decimals (two when it prints none). */
export function expectedRate(num: bigint, den: bigint, p: Percent): Percent {
  return ratioPercent(num, den, p.decimals)!;
}

/** Was the printed rate cut off instead of rounded? ("99.86%" for 99.8668%). */
export function truncated(p: Percent, num: bigint, den: bigint): boolean {
  if (den === 0n) return false;
  const scale = 100n * 10n ** BigInt(p.decimals);
  const cut = (abs(num) * scale) / abs(den);
  return cut === abs(p.digits) && expectedRate(num, den, p).digits !== p.digits;
}

/** Where else in the tables a stated value is printed ("与…相同"), for suggestions naming a copied figure. */
export function printedElsewhere(figures: Figures, value: Money, not: Cell[] = []): string | undefined {
  for (const t of figures.doc.tables)
    for (const r of t.rows)
      for (const [key, cell] of Object.entries(r.cells)) {
        if (!cell.value || not.includes(cell) || cell.value.fen !== value.fen || value.fen === 0n) continue;
        return cellLoc(t, r, key).label;
      }
  return undefined;
}

export const pct = formatPercent;

/** Claims of the same section with the same printed rate on another subject: a rate copied from another line. */
export function copiedRate(figures: Figures, section: Section, claim: Claim & { percent?: Percent; subject: string }): string | undefined {
  for (const p of section.paragraphs)
    for (const c of p.claims) {
      if (c === claim || (c.type !== 'change' && c.type !== 'share') || !c.percent || c.subject === claim.subject) continue;
      // One printed rate said of two lines ("收、支总计各增长…") is not a copy.
      if (c.source.span?.[1] === claim.source.span?.[1] && c.text === claim.text) continue;
      if (claim.percent && c.percent.digits === claim.percent.digits && c.percent.decimals === claim.percent.decimals) return c.subject;
    }
  void figures;
  return undefined;
}

/** A subject as the narrative may repeat it: "本年支出预算" and "支出预算" name one figure ("支出总计" another). */
function looseKey(s: string): string {
  return subjectKey(s)
    .replace(/^(?:本年度?|当年|本部门|部门)+/, '')
    .replace(/(?:预算|安排)+$/, '')
    // "固定资产总量为…，…占固定资产总额的87.84%": 总量, 总额 and 总值 name the whole itself (总计 and 合计 name other lines).
    .replace(/(?<=.{2})(?:总额|总量|总值)$/, '');
}

/** The narrative's own amounts, by section and loose subject: a figure said once may be the whole of a share said later. */
const stated = new WeakMap<Section, Map<string, AmountClaim[]>>();

/**
 * This year's figure of a subject as its section states it elsewhere, when the tables give none (a
 * narrative without tables, a whole the tables do not print): used only when every statement of it agrees.
 * The statements used are covered too: they took part in the check.
 */
export function statedFigure(section: Section, subject: string): { value: Money; claims: AmountClaim[] } | undefined {
  let byKey = stated.get(section);
  if (!byKey) {
    byKey = new Map();
    for (const claim of section.paragraphs.flatMap((p) => p.claims)) {
      if (claim.type !== 'amount' || claim.period || claim.via !== 'sentence') continue;
      const k = looseKey(claim.subject);
      if (k.length < 2) continue;
      byKey.set(k, [...(byKey.get(k) ?? []), claim]);
    }
    stated.set(section, byKey);
  }
  const claims = byKey.get(looseKey(subject));
  if (!claims?.length) return undefined;
  const value = claims[0].value;
  if (claims.some((c) => c.value.unit !== value.unit || abs(c.value.fen - value.fen) > halfQuantum(c.value) + halfQuantum(value))) return undefined;
  return { value, claims };
}

/** The same digits in another unit ("1682.76元" for 1682.76万元). */
export function unitSlip(a: bigint, b: bigint): boolean {
  return a !== 0n && (b === a * 10000n || a === b * 10000n || b === a * 100000000n || a === b * 100000000n);
}
