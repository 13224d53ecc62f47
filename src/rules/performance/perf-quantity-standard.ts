import type { Indicator, PerformanceForm } from '../../model/performance.js';
import { halfQuantum, parseAmount, type Money } from '../../money/index.js';
import { formLoc } from '../engine/locate.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { formAmount, formName, formTargets, indicatorLoc, mergeByKey, periodsOf, projectForms } from './common.js';
import { costAmounts, fieldLoc, periodMultipliers, quantities, standards, textFields, type Period, type Standard, type TextAmount } from './form-text.js';
import { closest, explains, reachable, readings, yuan, type Count, type Rate, type Reach, type Reading } from './quantity.js';

const APPROX = (a: TextAmount) => (a.approx ? a.value.fen / 10n : 0n);

/** The cost states what the last open standard comes to: same sentence, an item (not a total), not "另有…". */
function isDirect(text: string, open: Standard[], c: TextAmount): boolean {
  const last = open[open.length - 1];
  return !c.total && !/[。；;]/.test(text.slice(last.end, c.index)) && !/(另外|另有|此外|其他|其余|还有|以及)/.test(c.text);
}

/** Text: each stated cost after unit standards must be reachable as quantity × standard (+ earlier items). */
function* fromText(f: PerformanceForm): Generator<FindingDraft> {
  const amount = formAmount(f);
  for (const { field, text } of textFields(f)) {
    const qs: Count[] = quantities(text);
    const stds = standards(text);
    if (!qs.length || !stds.length) continue;
    const costs = costAmounts(text).filter((a) => !stds.some((s) => a.index >= s.index && a.index < s.end));
    const groups = (ss: Standard[]) => ss.map((s) => readings(s, qs, periodMultipliers(text, s.period)));
    const draft = (open: Standard[], sums: Reach[], target: Money, stated?: TextAmount): FindingDraft => {
      const best = closest(sums, target.fen)!;
      const against = stated ? `所述“${stated.text}”` : `${amount!.field} ${fmt(target)}`;
      return {
        params: { project: formName(f), detail: `${field}中按数量×标准计算为 ${yuan(best.fen)}，与${against}不符` },
        locations: [fieldLoc(f, field, [...open.map((s) => s.text), stated?.text].filter(Boolean).join('；')), ...(stated ? [] : [formLoc(f, amount!.field, fmt(target))])],
        expected: `${best.text} = ${yuan(best.fen)}`,
        actual: fmt(target),
        difference: fmtDiff(target.fen, best.fen, '元'),
        suggestion: '核对人数（户数）、补助标准、发放月数与所述金额，更正其中有误的一项',
      };
    };
    let open: Standard[] = [];
    let unexplained: { c: TextAmount; items: Money[] } | undefined;
    const seen: Money[] = [];
    const events = [...stds.map((s) => ({ at: s.index, s })), ...costs.map((c) => ({ at: c.index, c }))].sort((a, b) => a.at - b.at);
    for (const e of events) {
      if ('s' in e) {
        open.push(e.s);
        continue;
      }
      const c = e.c;
      if (open.length) {
        const sums = reachable(groups(open), seen);
        if (explains(sums, c.value.fen, halfQuantum(c.value) + APPROX(c))) [open, unexplained] = [[], undefined];
        else if (isDirect(text, open, c)) {
          yield draft(open, sums!, c.value, c);
          [open, unexplained] = [[], undefined];
        } else unexplained ??= { c, items: [...seen] };
      }
      seen.push(c.value);
    }
    if (!open.length) continue;
    if (unexplained) {
      const sums = reachable(groups(open), unexplained.items);
      if (sums) yield draft(open, sums, unexplained.c.value, unexplained.c);
    } else if (!costs.length && amount) {
      const sums = reachable(groups(open), []);
      if (sums && !formTargets(f).some((m) => explains(sums, m.fen, halfQuantum(m)))) yield draft(open, sums, amount.value);
    }
  }
}

const COUNT_UNIT = /^(人|名|位|户|家|所|人次|户次|次|个|场|项)$/;

/** A 成本指标 standard: "1000元/户", "632元/月", "320元/人/月"; "320人/月" (元 missing) is read as 元/人/月. */
function rateOf(i: Indicator): Rate | undefined {
  const u = (i.value.unit ?? '').replace(/／/g, '/');
  if (!i.value.number || i.value.prefix) return undefined;
  const m = /^(万元|元)\/(人次|人|户|名|位|家|次)?\/?(月|年|季度|天)?$/.exec(u) ?? (i.level2 === '成本指标' ? /^()(人次|人|户|名|位|家)\/(月|年|季度|天)$/.exec(u) : null);
  if (!m || (!m[2] && !m[3])) return undefined;
  const p = parseAmount(i.value.number + (m[1] || '元'));
  return p.kind === 'amount' ? { values: [p.money], per: m[2], period: m[3] as Period | undefined } : undefined;
}

/** Indicators: count × standard of one period must fit in the form amount. */
function* fromIndicators(f: PerformanceForm): Generator<FindingDraft> {
  const found: { key: string; period: string; draft: FindingDraft }[] = [];
  for (const period of periodsOf(f)) {
    // Each column against its own amount: 实施期 indicators against 实施期资金总额.
    const { total, annual } = f.funds;
    const amount = period === '实施期' && total && total.fen !== annual?.fen ? { value: total, field: '实施期资金总额' } : formAmount(f);
    if (!amount) continue;
    const inds = f.indicators.filter((i) => i.period === period);
    const counts = inds.filter((i) => /^\d+$/.test(i.value.number ?? '') && !/[≤<]/.test(i.value.operator ?? '') && COUNT_UNIT.test(i.value.unit ?? '') && (i.level2 === '数量指标' || /(人数|户数|次数|数量)$/.test(i.name)));
    const qs: Count[] = counts.map((i) => ({ count: BigInt(i.value.number!), unit: i.value.unit! }));
    const rates = inds.map((i) => ({ i, r: rateOf(i) })).filter((x): x is { i: Indicator; r: Rate } => !!x.r);
    if (!qs.length || !rates.length) continue;
    const lumps = inds.filter((i) => i.level2 === '成本指标' && !rateOf(i) && /^(万元|元)$/.test(i.value.unit ?? '') && i.value.number).map((i) => parseAmount(i.value.number! + i.value.unit!)).flatMap((p) => (p.kind === 'amount' ? [p.money] : []));
    const groups: Reading[][] = rates.map(({ r }) => readings(r, qs, periodMultipliers('', r.period)));
    const tol = halfQuantum(amount.value);
    if (explains(reachable(groups, lumps, true), amount.value.fen, tol)) continue;
    // Only a contradiction when even the cheapest reading of every standard exceeds the budget.
    const least = groups.map((g) => g.reduce((a, b) => (b.fen < a.fen ? b : a)));
    const min = least.reduce((s, r) => s + r.fen, 0n);
    const slack = least.reduce((s, r) => s + r.tol, tol);
    if (min <= amount.value.fen + slack || !least.every((r) => r.forced)) continue;
    const draft: FindingDraft = {
      params: { project: formName(f), detail: `指标中数量×标准至少为 ${yuan(min)}，超过${amount.field} ${fmt(amount.value)}` },
      locations: [...[...counts, ...rates.map((x) => x.i)].map((i) => indicatorLoc(f, i)), formLoc(f, amount.field, fmt(amount.value))],
      expected: `≤ ${fmt(amount.value)}`,
      actual: `${least.map((r) => r.text).join(' + ')} = ${yuan(min)}`,
      difference: fmtDiff(min, amount.value.fen, '元'),
      suggestion: '核对数量指标、成本指标中的标准与资金总额，三者应能相互印证',
    };
    found.push({ key: `${draft.actual}|${amount.field}`, period, draft });
  }
  for (const d of mergeByKey(found)) {
    const p = d.params!;
    yield { ...d, locations: d.locations.filter((l, k) => d.locations.findIndex((x) => x.label === l.label && x.line === l.line) === k), params: { ...p, detail: `${p.period}${p.detail}` } };
  }
}

export default defineRule({
  id: 'perf-quantity-standard',
  severity: 'error',
  category: 'performance',
  title: '数量×标准与所述金额不符',
  message: '项目“{project}”：{detail}',
  description: `绩效目标表常写明补助对象数量和标准，例如“确定……为452人……每人每月320元，全年共需资金1735680元”“帮扶60户，每户1000元”，
或在指标中给出“数量指标 60户”“成本指标 1000元/户”。本规则按“数量 × 标准（× 月数）”计算，与文字所述金额或年度资金总额比较。

- 文字：标准之后所述的金额（“共需资金”“费用总计”等）应能由数量×标准（可加上前面已列的其他费用）得到；文字中只有数量和标准而没有金额时，
  与年度资金总额比较。
- 指标：数量指标×成本指标中的单价标准（元/户、元/人/月、元/月、元/年）应能由年度资金总额覆盖；即使按最低的理解也超出资金总额时报告。

标准可能有多种理解（人均还是合计、按月还是按年、标准调整前后），只要有一种理解与所述金额一致就不报告。例如“2名遗属按月发放632元/月，
取暖费两人发放标准3920元，费用总计23008元”：2 × 632 × 12 + 2 × 3920 = 23,008，一致。

**示例**：“帮扶60户，每户1000元”，而年度资金总额为 50,000元——按标准计算需 60,000元。`,
  *check({ doc }) {
    for (const f of projectForms(doc)) {
      yield* fromText(f);
      yield* fromIndicators(f);
    }
  },
});
