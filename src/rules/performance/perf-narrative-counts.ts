import type { CountClaim, ShareClaim } from '../../model/claims.js';
import type { Section } from '../../model/document.js';
import { formatPercent, halfQuantum, money, percentConsistent, ratioPercent, type Money } from '../../money/index.js';
import { sumTolerance, within } from '../../money/tolerance.js';
import { claimLoc, formLoc, tableLoc } from '../engine/locate.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { defineRule, type FindingDraft, type Location, type RuleContext } from '../engine/types.js';
import { normalizeName, trimEndOf } from '../../model/names.js';
import { formAmount, projectRows, rowAmount } from './common.js';

const quote = (t: string) => `“${trimEndOf(t, /[。；;，,\s]/)}”`;
const isSub = (s: string) => /类(项目)?$/.test(s);
const isWhole = (s: string) => /项目/.test(s) && !isSub(s) && !/(单位|整体)/.test(s);
/**
 * A count of the projects under performance management is said in a sentence about 绩效; "技能节企业参与30个项目"
 * or "扶持项目数量8个及以上" (a goal printed in the narrative) counts something else.
 */
const aboutManagement = (c: CountClaim) => /绩效/.test(c.text) && !/(?:及以上|以上|不少于|不低于|不超过)/.test(c.text.slice(c.source.span?.[1] ?? 0));

/**
 * How many projects a project table lists when some of its rows are the totals of the rows below them (a unit's
 * line printed before its projects, a whole-department line first): reading from the bottom, a row whose amount
 * is the sum of the rows right below it (each possibly such a total itself) stands for them.
 */
export function leafCount(amounts: Money[]): number {
  const stack: { value: bigint; tol: bigint; leaves: number }[] = [];
  for (let i = amounts.length - 1; i >= 0; i--) {
    const a = amounts[i];
    let sum = 0n;
    let tol = halfQuantum(a);
    let k = 0;
    for (; k < stack.length; k++) {
      const top = stack[stack.length - 1 - k];
      sum += top.value;
      tol += top.tol;
      if (sum >= a.fen - tol) break;
    }
    if (k < stack.length && within(sum, a.fen, tol) && a.fen !== 0n) {
      const parts = stack.splice(stack.length - 1 - k, k + 1);
      stack.push({ value: a.fen, tol: halfQuantum(a), leaves: parts.reduce((n, p) => n + p.leaves, 0) });
    } else stack.push({ value: a.fen, tol: halfQuantum(a), leaves: 1 });
  }
  return stack.reduce((n, p) => n + p.leaves, 0);
}

interface Whole {
  claim: CountClaim;
  section: Section;
  /** What the count and amount are compared with (the project table, or the published forms); any may match. */
  counts: number[];
  amounts: { value: Money; tol: bigint }[];
  what: string;
  location: Location;
}

function countDraft(w: Whole, expected: number, what: string, location: Location): FindingDraft {
  return {
    params: { detail: `${quote(w.claim.text)}与${what}（${expected}个）不符` },
    locations: [claimLoc(w.section, w.claim), location],
    expected: `${expected}个`,
    actual: `${w.claim.count}个`,
    difference: `${w.claim.count - expected > 0 ? '+' : ''}${w.claim.count - expected}个`,
    suggestion: `核对项目个数，改为 ${expected}个 或补充${what}中缺少的项目`,
  };
}

function amountDraft(section: Section, c: CountClaim | ShareClaim, stated: Money, expected: Money, what: string, location: Location): FindingDraft {
  return {
    params: { detail: `${quote(c.text)}所述金额 ${fmt(stated)} 与${what} ${fmt(expected, stated.unit)} 不符` },
    locations: [claimLoc(section, c), location],
    expected: fmt(expected, stated.unit),
    actual: fmt(stated),
    difference: fmtDiff(stated.fen, expected.fen, stated.unit),
    suggestion: `核对金额，与${what}保持一致`,
  };
}

type DocWhole = Omit<Whole, 'claim' | 'section' | 'location'> & { location?: Location };

/** What the published forms and the project tables add up to: the same for every claim, so computed once per check. */
const wholes = new WeakMap<RuleContext, { published: DocWhole; listed: DocWhole }>();

function docWholes(ctx: RuleContext): { published: DocWhole; listed: DocWhole } {
  const hit = wholes.get(ctx);
  if (hit) return hit;
  const { doc } = ctx;
  const forms = doc.forms.filter((f) => f.kind === 'project');
  const formAmounts = forms.map(formAmount);
  const known = forms.length > 0 && forms.every((f, k) => !f.lost && formAmounts[k]);
  const published: DocWhole = {
    counts: forms.length ? [forms.length] : [],
    amounts: known ? [total(formAmounts.flatMap((a) => (a ? [a.value] : [])), '元')] : [],
    what: '公开的项目绩效目标表',
    location: forms.length ? formLoc(forms[0]) : undefined,
  };
  // Projects managed by goals may include those funded by carry-over (项目支出预算表（上年结转）).
  const rows = projectRows(doc);
  const carry = projectRows(doc, 'project-carryover');
  const values = (rs: typeof rows) => rs.map(rowAmount).flatMap((a) => (a ? [a.value] : []));
  const unit = rows[0]?.table.unit ?? '万元';
  const names = new Set([...rows, ...carry].map((r) => normalizeName(r.row.name)));
  // Rows without an amount are pieces of a wrapped name, not projects; rows that total the rows below are units.
  const priced = values(rows);
  const printed = rows[0]?.table.rows.find((r) => r.role === 'total')?.cells['total']?.value;
  const listed: DocWhole = {
    counts: rows.length ? [...new Set([rows.length, names.size, priced.length, leafCount(priced)])] : [],
    amounts: rows.length
      ? [total(priced, unit), ...(carry.length ? [total([...priced, ...values(carry)], unit)] : []), ...(printed ? [{ value: printed, tol: halfQuantum(printed) }] : [])]
      : [],
    what: '项目支出预算表所列项目',
    location: rows.length ? tableLoc(rows[0].table) : undefined,
  };
  const both = { published, listed };
  wholes.set(ctx, both);
  return both;
}

function wholeOf(ctx: RuleContext, claim: CountClaim, section: Section): Whole {
  const w = /公开/.test(claim.subject) ? docWholes(ctx).published : docWholes(ctx).listed;
  return {
    ...w,
    claim,
    section,
    location: w.location ?? claimLoc(section, claim),
  };
}

function total(values: Money[], unit: Money['unit']): { value: Money; tol: bigint } {
  return { value: money(values.reduce((s, v) => s + v.fen, 0n), unit), tol: sumTolerance(values) };
}

function* checkWhole(w: Whole): Generator<FindingDraft> {
  if (w.counts.length && !w.counts.includes(w.claim.count)) yield countDraft(w, w.counts[0], w.what, w.location);
  const a = w.claim.amount;
  if (a && w.amounts.length && !w.amounts.some((x) => within(a.fen, x.value.fen, x.tol + halfQuantum(a))))
    yield amountDraft(w.section, w.claim, a, w.amounts[0].value, `${w.what}合计`, w.location);
}

function* checkSubs(w: Whole, subs: CountClaim[]): Generator<FindingDraft> {
  const n = subs.reduce((s, c) => s + c.count, 0);
  const parts = subs.map((c) => c.text).join('、');
  if (n !== w.claim.count)
    yield { ...countDraft(w, n, `其后分类的个数之和（${parts}）`, claimLoc(w.section, subs[0])), expected: `${n}个`, suggestion: '核对总数与各类项目的个数，使分项之和等于总数' };
  const amounts = subs.map((c) => c.amount);
  const total = w.claim.amount;
  if (!total || amounts.some((a) => !a)) return;
  const sum = amounts.reduce((s, a) => s + a!.fen, 0n);
  if (!within(sum, total.fen, sumTolerance(amounts as Money[], total)))
    yield { ...amountDraft(w.section, w.claim, total, money(sum, total.unit), `其后各类项目金额之和（${parts}）`, claimLoc(w.section, subs[0])), suggestion: '核对总金额与各类项目金额，使分项之和等于总额' };
}

export default defineRule({
  id: 'perf-narrative-counts',
  severity: 'error',
  category: 'performance',
  title: '绩效管理情况中的项目个数或金额不符',
  message: '绩效管理情况：{detail}',
  description: `“绩效管理情况”一节通常写明纳入绩效目标管理的项目个数和金额、按类别的分项（运转类、特定目标类），以及公开的项目绩效目标个数和占比，例如
“纳入绩效目标管理的二级项目5个，共计金额320.00万元。其中：其他运转类项目4个，涉及金额145.00万元；特定目标类项目1个，涉及金额175.00万元。
公开项目绩效目标5个，涉及项目金额320.00万元，占部门（单位）项目支出总额的100%”。本规则检查：

- 项目个数和金额与项目支出预算表所列项目（个数、金额合计或表中合计行）一致；表中先列单位合计行、再列其项目的，单位行不算项目；
  只核对写到“绩效”的句子中的项目个数（说明中照印的绩效目标，如“扶持项目数量8个及以上”，不是项目个数）；
- 公开的项目绩效目标个数和金额与文件所附的项目绩效目标表一致；
- 各类项目的个数、金额之和等于总数、总额；
- 所述占比与金额除以项目支出总额一致（决算不核对：绩效自评涉及的资金是项目的全年预算数，决算报表不列）。

**示例**：文字写“二级项目5个，共计金额320.00万元”，项目支出预算表只列了 4 个项目。`,
  *check(ctx) {
    // 项目支出总额: the expense summary's 项目支出, or the project table (本年, or 本年 + 上年结转).
    const carryTable = ctx.figures.table('project-carryover');
    const carryTotal = carryTable?.rows.find((r) => r.role === 'total')?.cells['total']?.value;
    const bases = [ctx.figures.concept('expense.project'), ctx.figures.concept('project.total')].filter((x) => x !== undefined);
    const project = bases[0];
    const denominators = [...bases.map((b) => b.value), ...(carryTotal && bases[1] ? [money(bases[1].value.fen + carryTotal.fen, bases[1].value.unit)] : [])];
    for (const section of ctx.doc.sections.filter((s) => s.topic === 'performance')) {
      for (const p of section.paragraphs) {
        let whole: Whole | undefined;
        let subs: CountClaim[] = [];
        const flush = function* () {
          if (whole && subs.length) yield* checkSubs(whole, subs);
          subs = [];
        };
        for (const c of p.claims) {
          if (c.type === 'count' && isSub(c.subject) && whole) subs.push(c);
          else if (c.type === 'count') {
            yield* flush();
            whole = isWhole(c.subject) && aboutManagement(c) ? wholeOf(ctx, c, section) : undefined;
            if (whole) yield* checkWhole(whole);
          } else if (c.type === 'share' && whole && project && /项目支出/.test(c.of ?? '') && ctx.doc.meta.kind !== '决算') {
            // In a 决算 the funds self-evaluated are the projects' budgets (全年预算数), which its tables do not print.
            const value = c.value ?? whole.claim.amount;
            if (!value || denominators.some((d) => percentConsistent(c.percent, value.fen, d.fen, halfQuantum(value), halfQuantum(d) * 2n))) continue;
            const actual = ratioPercent(value.fen, project.value.fen, c.percent.decimals);
            yield {
              params: { detail: `${quote(c.text)}与计算结果不符：${fmt(value)} ÷ ${project.label} ${fmt(project.value)} = ${actual ? formatPercent(actual) : '—'}` },
              locations: [claimLoc(section, c), project.location],
              expected: actual ? formatPercent(actual) : undefined,
              actual: formatPercent(c.percent),
              suggestion: '按项目金额占项目支出总额的比例更正百分比',
            };
          }
        }
        yield* flush();
      }
    }
  },
});
