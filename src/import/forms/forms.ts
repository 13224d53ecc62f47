import type { SourceRef, Unplaced } from '../../model/document.js';
import type { FormFunds, Indicator, PerformanceForm } from '../../model/performance.js';
import { parseAmount } from '../../money/index.js';
import { parseIndicatorValue } from './indicator-value.js';
import { doubtAbout } from './plausible.js';
import type { RawLine, SourceOf } from '../lines/line.js';
import { squash } from '../../model/columns.js';
import { FORM_TITLE, LEVEL1, LEVEL2, fieldOf, fundOf, isForeignSummary, looksLikeIndicatorName, looksLikeValue, reassignMergedLabels, splitLabelled } from './form-labels.js';

export { FORM_TITLE, LEVEL1, LEVEL2 };

/** Parse one 绩效目标表 block (title line plus its tab-separated rows). */
export function parseFormBlock(title: RawLine, lines: RawLine[], ctx: { src: SourceOf; unplaced: Unplaced[] }): PerformanceForm {
  const src = (line: number): SourceRef => ctx.src(line);
  const form: PerformanceForm = {
    // A department's (整体) or a special fund's (专项资金总体) form: not one project's.
    kind: /整体|总体/.test(title.text) ? 'overall' : 'project',
    title: title.text.trim(),
    fields: {},
    fieldSources: {},
    fundsUnit: '元',
    funds: {},
    goals: {},
    indicators: [],
    source: src(title.line),
  };
  let inIndicators = false;
  let compact = false;
  let goalsNext = false;
  let level1: string | undefined;
  const level2: Record<Indicator['period'], string | undefined> = { 实施期: undefined, 年度: undefined };
  // A row broken across pages goes on in a row with an empty label cell: its texts join the cells above them.
  let carry: Record<number, (text: string) => void> | undefined;

  for (const l of lines) {
    const text = l.text.trim();
    if (text === '') continue;
    if (/^[（(]\d{4}年?度?[)）]$|^[（(]\d{4}[)）]年度$/.test(text)) {
      form.fields['年度'] = text;
      continue;
    }
    if (isForeignSummary(text)) {
      form.lost = true;
      ctx.unplaced.push({ text, reason: `绩效目标表“${form.title}”的内容在提取时丢失，只剩一行非中文摘要`, source: src(l.line), broken: true });
      continue;
    }
    const tokens = l.text.split('\t').flatMap(splitLabelled).map((t) => t.trim()).filter((t) => t !== '');
    if (tokens.some((t) => /^三级指标$/.test(squash(t)))) {
      inIndicators = true;
      // Compact layout: one name per row with the 实施期 and 年度 values side by side.
      compact = tokens.some((t) => /^指标值[（(]实施期[)）]$/.test(squash(t))) && tokens.some((t) => /^指标值[（(]年度[)）]$/.test(squash(t)));
      for (const t of tokens) if (LEVEL1.test(squash(t))) level1 = squash(t);
      continue;
    }
    const cells = l.text.split('\t').map((c) => c.trim());
    const filled = cells.flatMap((c, i) => (c ? [i] : []));
    const goesOn = carry && !cells[0] && !tokens.some((t) => fieldOf(t) || fundOf(t)) && filled.every((i) => carry![i]);
    if (goesOn) filled.forEach((i) => carry![i](cells[i]));
    carry = undefined;
    if (goesOn) continue;
    if (goalsNext && !tokens.some((t) => fieldOf(t))) {
      [form.goals.period, form.goals.annual] = tokens;
      if (!cells[0]) carry = { [filled[0]]: (t) => (form.goals.period += t), [filled[1]]: (t) => (form.goals.annual += t) };
      form.fieldSources['总体目标'] ??= src(l.line);
      goalsNext = false;
      continue;
    }
    // "总体目标 | 实施期目标 | 年度目标" heads a row of two goals below it.
    goalsNext = fieldOf(tokens[0]) === '总体目标' && tokens.slice(1).every((t) => /^(实施期目标|年度目标)$/.test(squash(t))) && tokens.length > 1;
    if (goalsNext) continue;
    if (inIndicators && compact && !fieldOf(tokens[0])) {
      parseCompactIndicatorRow(tokens, l.line);
      continue;
    }
    if (inIndicators && !fieldOf(tokens[0])) {
      parseIndicatorRow(tokens, l.line);
      continue;
    }
    parseFieldRow(tokens, l.line);
    const field = fieldOf(cells[0]);
    if (field && filled.length === 2 && form.fields[field] !== undefined) carry = { [filled[1]]: (t) => (form.fields[field] += t) };
  }
  form.projectName = form.fields['项目名称'];
  reassignMergedLabels(form.indicators);
  if (form.kind === 'overall' && !form.projectName) form.projectName = form.fields['部门名称'];
  const doubt = doubtAbout(form);
  if (doubt) form.doubtful = doubt;
  return form;

  function parseFieldRow(tokens: string[], line: number): void {
    let current: string | undefined;
    let fund: keyof FormFunds | undefined;
    let goalIdx = 0;
    for (const tok of tokens) {
      // "项目资金（万元）", "资金金额（万元）": the unit of every amount of the form.
      const unitOf = /资金.{0,4}[（(](元|万元)[)）]$/.exec(squash(tok));
      if (unitOf) form.fundsUnit = unitOf[1] as '元' | '万元';
      const f = fieldOf(tok);
      const fk = fundOf(tok);
      if (f === '项目资金') {
        const m = /[（(](元|万元)[)）]/.exec(tok);
        if (m) form.fundsUnit = m[1] as '元' | '万元';
        current = undefined;
        continue;
      }
      if (fk) {
        fund = fk;
        current = undefined;
        continue;
      }
      if (f) {
        current = f;
        fund = undefined;
        continue;
      }
      if (fund) {
        const p = parseAmount(tok, form.fundsUnit);
        // The same source label appears under 实施期 then 年度; the annual figure (the last one) is kept.
        if (p.kind === 'amount') form.funds[fund] = p.money;
        else ctx.unplaced.push({ text: tok, reason: `绩效目标表“${form.projectName ?? form.title}”的资金栏不是金额`, source: src(line) });
        fund = undefined;
        continue;
      }
      if (current === '总体目标') {
        form.fieldSources['总体目标'] ??= src(line);
        if (goalIdx++ === 0) form.goals.period = tok;
        else form.goals.annual = tok;
        continue;
      }
      if (current) {
        form.fields[current] = form.fields[current] ? `${form.fields[current]} ${tok}` : tok;
        form.fieldSources[current] ??= src(line);
        continue;
      }
      if (/^(实施期目标|年度目标|绩效指标)$/.test(squash(tok))) continue;
      ctx.unplaced.push({ text: tok, reason: `绩效目标表“${form.projectName ?? form.title}”中无法归属的文字`, source: src(line) });
    }
  }

  function parseCompactIndicatorRow(tokens: string[], line: number): void {
    const rest: string[] = [];
    for (const tok of tokens) {
      const t = squash(tok);
      if (LEVEL1.test(t) && rest.length === 0 && t !== '成本指标') {
        if (level1 !== t) level2.实施期 = level2.年度 = undefined;
        level1 = t;
      } else if (LEVEL2.test(t) && rest.length === 0) level2.实施期 = level2.年度 = t;
      else rest.push(tok);
    }
    const [name, periodValue = '', annualValue = ''] = rest;
    if (!name) return;
    for (const [period, value] of [['实施期', periodValue], ['年度', annualValue]] as const)
      form.indicators.push({ period, level1, level2: level2[period], name, value: parseIndicatorValue(value), source: src(line) });
  }

  function parseIndicatorRow(tokens: string[], line: number): void {
    if (/^(负责人|经办人)/.test(tokens[0])) return parseFieldRow(tokens, line);
    let period: Indicator['period'] = '实施期';
    let pending: string | undefined;
    let sawName = false;
    let l2InRow = false;
    const flush = (value: string) => {
      if (pending === undefined) return;
      form.indicators.push({ period, level1, level2: level2[period], name: pending, value: parseIndicatorValue(value), source: src(line) });
      pending = undefined;
    };
    for (const tok of tokens) {
      const t = squash(tok);
      if (LEVEL1.test(t) && !(pending === undefined && sawName && LEVEL2.test(t))) {
        if (t === '成本指标') {
          // 成本指标 is a level-2 label in older forms and a level-1 one in newer; treat it as both.
          if (sawName) {
            flush('');
            period = '年度';
          }
          level1 = level1 ?? '产出指标';
          level2[period] = t;
          continue;
        }
        if (level1 !== t) level2.实施期 = level2.年度 = undefined;
        level1 = t;
        continue;
      }
      if (LEVEL2.test(t)) {
        if (sawName || l2InRow) {
          flush('');
          period = '年度';
        }
        level2[period] = t;
        l2InRow = true;
        continue;
      }
      if (pending === undefined) {
        if (sawName && period === '实施期') period = '年度';
        pending = tok;
        continue;
      }
      if (looksLikeIndicatorName(tok) && !looksLikeValue(tok)) {
        flush('');
        if (period === '实施期') period = '年度';
        pending = tok;
        continue;
      }
      flush(tok);
      sawName = true;
    }
    if (pending !== undefined) flush('');
  }
}

