import type { ChangeClaim } from '../../model/claims.js';
import type { Section } from '../../model/document.js';
import { abs, halfQuantum, money, type Money } from '../../money/index.js';
import { coverClaim, needsPrior } from '../engine/coverage.js';
import type { Figures } from '../engine/figures.js';
import { fmt } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { copiedRate, expectedRate, figuresOf, pct, rateHolds, statedFigure, truncated } from './compare.js';
import { percentConsistent } from '../../money/percent.js';

/**
 * This year's figures a change may rest on: as the text states it, and the table line its subject resolves to.
 * A rate right on the table's figure is right even when the text misstates this year's figure (that misstatement
 * is narrative-amount's finding, not a second one here).
 */
export function currentsOf(figures: Figures, claim: ChangeClaim, section: Section): Money[] {
  if (!claim.subject) return claim.current ? [claim.current] : [];
  const inTables = figuresOf(figures, { subject: claim.subject, line: claim.line }, section).map((f) => f.value);
  if (claim.current) return [claim.current, ...inTables.filter((v) => v.fen !== claim.current!.fen)];
  if (inTables.length || claim.line) return inTables;
  // A narrative without the table: this year's figure as the text states it elsewhere.
  const said = statedFigure(section, claim.subject);
  return said ? [said.value] : [];
}

const signed = (c: ChangeClaim) => (c.direction === '减少' ? -1n : 1n) * (c.amount?.fen ?? 0n);

/** "增加35.40万元（24.62%）" as the text states the change. */
function statedChange(c: ChangeClaim): string {
  const amount = c.amount ? fmt(c.amount) : '';
  const rate = c.percent ? pct(c.percent) : '';
  return `${c.direction}${amount}${amount && rate ? `（${rate}）` : rate}`;
}

function report(c: ChangeClaim, section: Section, expected: string, suggestion: string, problem = `应为${expected}`): FindingDraft {
  return {
    params: { subject: c.subject, base: c.base, stated: statedChange(c), problem },
    locations: [claimLoc(section, c)],
    expected,
    actual: c.percent ? pct(c.percent) : c.amount ? fmt(c.amount) : '',
    suggestion,
  };
}

export default defineRule({
  id: 'narrative-change',
  severity: 'error',
  category: 'narrative',
  title: '同比增减幅度计算错误',
  message: '“{subject}”比{base}{stated}，{problem}',
  description: `“比上年增加127.27万元，增长24.34%”：增减率的基数是上年数（本年数 − 增加额，或本年数 + 减少额），不是本年数。
本年数取句中写明的数，没写时取主语对应的报表数（主语在标题或上一句时同样），报表中没有时取同一节中写明的该项本年数（各处一致时）；说明写明了上年数的（“上年执行数为P万元，本年安排A万元，比上年增加C%”）直接用它。
重新计算增减率并按所写小数位四舍五入比对（计入各数四舍五入的误差）。建议中指出错误的类型：以本年数为基数、截断而非四舍五入、与另一项的增减率相同（疑为照抄）。
写明上年数和增减额时，核对 本年数 − 上年数 = 增减额。同时检查用词：增加额配“下降”、减少额配“增长”，以及“持平”却写了增减额。上年为0时写增长率由“零基数上的增减率”规则检查。
决算中“决算数较预算数减少5.91万元”以同句写明的预算数为基数核对增减额；“决算数大于（小于）年初预算数”这样只用文字比较的，与同句（同句没有数字时取上一句）写明的决算数和预算数核对方向
（例如“年初预算为1560.05万元，支出决算为1511.89万元。决算数大于预算数的主要原因……”是错的）。同时写了年初预算和全年预算、却只说“预算数”的，不知所指，不核对。`,
  *check({ figures }) {
    for (const { claim, section } of figures.claims('change')) {
      const wordUp = claim.percentWord && /增长|增加|上升|增幅/.test(claim.percentWord);
      const wordDown = claim.percentWord && /下降|减少|降低|减幅|降幅/.test(claim.percentWord);
      if (claim.amount && claim.amount.fen !== 0n && ((claim.direction === '增加' && wordDown) || (claim.direction === '减少' && wordUp))) {
        yield { ...report(claim, section, `增减方向一致（${claim.direction}）`, '统一增减方向的用词', `增减额为${claim.direction}，增减率却写“${claim.percentWord}”`), actual: `${claim.direction}……${claim.percentWord}` };
        continue;
      }
      if (claim.direction === '持平' && claim.amount && claim.amount.fen !== 0n) {
        yield report(claim, section, '持平时增减额为0', '核对增减额或改写为增加/减少', '写“持平”却有增减额');
        continue;
      }
      if (!claim.percent && !claim.amount) {
        const wrong = directionInWords(claim);
        if (wrong) yield report(claim, section, wrong.expected, wrong.suggestion, wrong.problem);
        continue;
      }
      const currents = currentsOf(figures, claim, section);
      if (!currents.length) continue;
      // Last year's figure from the table's prior-year column, when the text gives none.
      const priors = claim.prior ? [claim.prior] : figuresOf(figures, { subject: claim.subject, line: claim.line, period: 'prior' }, section).map((f) => f.value);
      // "比上年减少3万元" or "比上年增长3.08%" (one of the two) with no prior-year figure in the tables: only last
      // year's document can check it (narrative-change-vs-prior, with --prior).
      if ((!claim.percent || !claim.amount) && !claim.prior && !priors.length && namesLastYear(claim.base, figures.doc.meta.year)) needsPrior(claim);
      const checks = currents.flatMap((cur) => (priors.length ? priors : [undefined]).map((p) => verdict(p && !claim.prior ? { ...claim, prior: p } : claim, cur))).filter((v) => v !== undefined);
      if (!checks.length) continue;
      coverClaim(claim);
      if (!claim.current) statedFigure(section, claim.subject)?.claims.forEach(coverClaim);
      if (checks.some((v) => v.ok)) continue;
      const v = checks[0];
      if (!v.ok) yield suggestionFor(figures, section, claim, v);
    }
  },
});

/**
 * "决算数大于年初预算数" with both figures stated: the direction in words against the figures (covered when checked).
 * A 决算 equal to its budget said to be larger or smaller is wrong too.
 */
function directionInWords(c: ChangeClaim): { expected: string; suggestion: string; problem: string } | undefined {
  if (!c.current || !c.prior || c.direction === '持平') return undefined;
  coverClaim(c);
  const d = c.current.fen - c.prior.fen;
  if ((c.direction === '增加' && d > 0n) || (c.direction === '减少' && d < 0n)) return undefined;
  const actual = d > 0n ? '大于' : d < 0n ? '小于' : '等于';
  return {
    expected: `决算数${actual}${c.base}`,
    problem: `本年数${fmt(c.current)}${actual}${c.base}${fmt(c.prior)}，说明却写${c.direction === '增加' ? '大于' : '小于'}`,
    suggestion: `按数字改为“${actual}${c.base}”，并核对所述原因`,
  };
}

/** Does a base name last year's figure ("上年", "2025年年初预算") rather than this year's budget ("预算数" in a 决算)? */
function namesLastYear(base: string, year?: number): boolean {
  const y = /(\d{4})年/.exec(base);
  return y ? !!year && Number(y[1]) < year : /上年|去年|上一年/.test(base);
}

type Verdict = { ok: true } | { ok: false; current: Money; prior: bigint; kind: 'rate' | 'amount' };

/** Does the change hold against this year's figure? undefined when there is nothing to recompute (or a zero base). */
function verdict(c: ChangeClaim, current: Money): Verdict | undefined {
  const prior = c.prior ? c.prior.fen : c.amount ? current.fen - signed(c) : undefined;
  if (prior === undefined) return undefined;
  // Stated prior and change: this year − last year = change, on a zero base too ("去年预算数为0万元").
  if (c.prior && c.amount) {
    const tol = halfQuantum(current) + halfQuantum(c.prior) + halfQuantum(c.amount);
    if (abs(current.fen - c.prior.fen - signed(c)) > tol) return { ok: false, current, prior, kind: 'amount' };
  }
  // A rate on a zero base is the zero-base rule's.
  if (prior <= 0n) return c.prior && c.amount ? { ok: true } : undefined;
  const priorMoney = c.prior ?? money(prior, current.unit, Math.max(current.decimals, c.amount?.decimals ?? 0));
  if (!c.percent) return c.prior && c.amount ? { ok: true } : undefined;
  // Each figure is off by up to half its last digit; a derived figure by the sum of those of its terms.
  const change = c.amount ? c.amount.fen : abs(current.fen - prior);
  const tolChange = c.amount ? halfQuantum(c.amount) : halfQuantum(current) + halfQuantum(priorMoney);
  const tolPrior = c.prior ? halfQuantum(c.prior) : halfQuantum(current) + (c.amount ? halfQuantum(c.amount) : 0n);
  return percentConsistent(c.percent, change, prior, tolChange, tolPrior) ? { ok: true } : { ok: false, current, prior, kind: 'rate' };
}

function suggestionFor(figures: Figures, section: Section, c: ChangeClaim, v: Extract<Verdict, { ok: false }>): FindingDraft {
  const unit = v.current.unit;
  const priorText = fmt(money(v.prior, unit));
  if (v.kind === 'amount') {
    const d = v.current.fen - v.prior;
    const should = `${d >= 0n ? '增加' : '减少'}${fmt(money(abs(d), unit))}`;
    return report(c, section, should, `本年数${fmt(v.current)}与上年数${priorText}相差${fmt(money(abs(d), unit))}，核对增减额`, `按本年数${fmt(v.current)}、上年数${priorText}应为${should}`);
  }
  const p = c.percent!;
  const change = abs(v.current.fen - v.prior);
  const exact = expectedRate(change, v.prior, p);
  const onThisYear = rateHolds(p, money(change, unit, v.current.decimals), v.current);
  const other = copiedRate(figures, section, c);
  const why = onThisYear
    ? `${pct(p)}是以本年数${fmt(v.current)}为基数算的；应以上年数${priorText}为基数`
    : truncated(p, change, v.prior)
      ? `${pct(p)}是截断而非四舍五入的结果（上年数${priorText}）`
      : other
        ? `${pct(p)}与“${other}”的比率相同，疑为照抄（上年数${priorText}）`
        : `上年数为${priorText}`;
  return report(c, section, pct(exact), `${why}，应改为${pct(exact)}`, `增减幅度应为${pct(exact)}`);
}
