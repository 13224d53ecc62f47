import type { ShareClaim } from '../../model/claims.js';
import type { Section } from '../../model/document.js';
import type { Money } from '../../money/index.js';
import { fmt } from '../engine/format.js';
import { coverClaim } from '../engine/coverage.js';
import type { Figure, Figures } from '../engine/figures.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { expectedRate, figuresOf, pct, rateHolds, statedFigure, truncated } from './compare.js';

/** Wholes a share may have been computed on by mistake, named for the suggestion. */
const WHOLES: [string, string][] = [
  ['expense.total', '本年支出合计'],
  ['expense.grand', '支出总计'],
  ['income.grand', '收入总计'],
  ['income.current', '本年收入合计'],
  ['gpb.total', '一般公共预算当年拨款'],
  ['fiscal.current', '本年财政拨款收入'],
];

function numerators(figures: Figures, c: ShareClaim, section: Section): Money[] {
  return c.value ? [c.value] : figuresOf(figures, { subject: c.subject, line: c.line }, section).map((f) => f.value);
}

function denominators(figures: Figures, c: ShareClaim, section: Section): Money[] {
  if (c.ofValue) return [c.ofValue];
  if (!c.of) return [];
  const inTables = figuresOf(figures, { subject: c.of }, section).map((f) => f.value);
  if (inTables.length) return inTables;
  const bare = wholeOf(figures, c.of, section);
  if (bare.length) return bare;
  // "基本支出预算28016.26万元，占本年支出预算63.43%" after "2026年支出预算44169.36万元": the whole the text stated.
  const said = statedFigure(section, c.of);
  return said ? [said.value] : [];
}

/**
 * "工资福利支出911.21万元，占支出预算的54.15%": a share's bare 支出预算 (收入预算) is the whole of the budget,
 * in a section on the 一般公共预算 that budget's whole or its basic expenditure too.
 */
function wholeOf(figures: Figures, of: string, section: Section): Money[] {
  const m = /^(?:部门)?(?:预算)?(支出|收入)(?:预算)?$/.exec(of);
  if (!m) return [];
  const ids = m[1] === '支出' ? ['expense.total', 'expense.grand', ...(/^gpb-/.test(section.topic ?? '') ? ['gpb.total', 'gpb.basic'] : [])] : ['income.current', 'income.grand'];
  return ids.flatMap((id) => figures.concept(id)?.value ?? []);
}

/** A group of shares of one whole that prints exactly 100% although the correctly rounded shares do not. */
function plugged(figures: Figures, section: Section, c: ShareClaim, den: Money): boolean {
  if (c.group === undefined) return false;
  const group = section.paragraphs.flatMap((p) => p.claims).filter((x): x is ShareClaim => x.type === 'share' && x.group === c.group && x.of === c.of);
  const whole = c.ofValue ?? den;
  if (group.length < 2) return false;
  const scale = (p: ShareClaim) => p.percent.digits * 10n ** BigInt(4 - p.percent.decimals);
  const printed = group.reduce((s, p) => s + scale(p), 0n);
  const right = group.map((p) => (p.value ? expectedRate(p.value.fen, whole.fen, p.percent) : undefined));
  if (right.some((r) => r === undefined)) return false;
  const correct = right.reduce((s, r) => s + r!.digits * 10n ** BigInt(4 - r!.decimals), 0n);
  return printed === 1000000n && correct !== 1000000n;
}

export default defineRule({
  id: 'narrative-share',
  severity: 'error',
  category: 'narrative',
  title: '说明中的占比计算错误',
  message: '“{subject}”占“{of}”的比例应为{expected}，说明写作{stated}',
  description: `“基本支出330.24万元，占50.79%”这类占比，用写明的分子、分母重新计算，按所写的小数位四舍五入比对；分子、分母本身的四舍五入误差也计入容差。
分母取句中写明的整体（“占本年支出合计的100%”），没写时取列举各项所属的总数（“支出预算650.24万元，其中：……”，或上一句、标题所说的总数），
不取上一项。句中没写分子、分母金额的，用报表中对应的数；报表中没有的（只有说明的文件），用同一节中写明的该项金额（各处写法一致时）。一组占比合计恰为100%、而按四舍五入应不是100%时，指出其中一项是为凑足100%而改动的；
建议中还指出截断而非四舍五入、以及按另一个总数（如本年支出合计、一般公共预算当年拨款）算出的情况。`,
  *check({ figures }) {
    for (const { claim, section } of figures.claims('share')) {
      if (!claim.of || claim.of === claim.subject) continue;
      const nums = numerators(figures, claim, section);
      const dens = denominators(figures, claim, section).filter((d) => d.fen !== 0n);
      if (!nums.length || !dens.length) continue;
      coverClaim(claim);
      if (!claim.ofValue) statedFigure(section, claim.of)?.claims.forEach(coverClaim);
      if (nums.some((n) => dens.some((d) => rateHolds(claim.percent, n, d)))) continue;
      const [num, den] = [nums[0], dens[0]];
      const exact = expectedRate(num.fen, den.fen, claim.percent);
      const other = WHOLES.map(([id, name]) => [figures.concept(id), name] as [Figure | undefined, string]).find(([f]) => f && f.value.fen !== den.fen && rateHolds(claim.percent, num, f.value));
      const reasons = [
        truncated(claim.percent, num.fen, den.fen) ? `${pct(claim.percent)}是截断而非四舍五入的结果` : '',
        plugged(figures, section, claim, den) ? `各项占比合计恰为100%，疑为凑整` : '',
        other ? `${pct(claim.percent)}是占${other[1]}（${other[0]!.label}）的比例，不是占“${claim.of}”的` : '',
      ].filter(Boolean);
      const why = reasons.length ? reasons.join('；') : `按“${claim.of}”${fmt(den)}计算`;
      yield {
        params: { subject: claim.subject, of: claim.of, expected: pct(exact), stated: pct(claim.percent) },
        locations: [claimLoc(section, claim)],
        expected: pct(exact),
        actual: pct(claim.percent),
        suggestion: `${why}，应改为 ${pct(exact)}`,
      };
    }
  },
});
