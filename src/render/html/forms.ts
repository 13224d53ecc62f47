import type { Indicator, PerformanceForm } from '../../model/performance.js';
import { formatIn, type Money } from '../../money/index.js';
import { indicatorLines } from '../outline.js';
import { attrs, esc, span } from './escape.js';

const PROJECT_FIELDS = ['项目概况', '立项依据', '项目设立必要性', '保证项目实施的制度、措施', '项目实施计划'];
const HEAD_FIELDS = ['年度', '项目名称', '部门名称', '主管部门及代码', '实施单位', '项目属性', '项目期', '负责人', '经办人', '联系电话', '填报日期'];

function money(m: Money | undefined, unit: '元' | '万元'): string {
  if (!m) return '';
  const s = formatIn(m, unit, m.decimals);
  return s.replace(/^(-?\d+)/, (i) => i.replace(/\B(?=(\d{3})+$)/g, ','));
}

/** One row per indicator (level1, level2, name) with its 实施期 and 年度 values; level cells merged. */
function indicatorRows(list: Indicator[]): string {
  return indicatorLines(list)
    .map(
      (r) =>
        '<tr>' +
        (r.span1 ? `<td${attrs({ rowspan: span(r.span1) })}>${esc(r.l1)}</td>` : '') +
        (r.span2 ? `<td${attrs({ rowspan: span(r.span2) })}>${esc(r.l2)}</td>` : '') +
        `<td>${esc(r.name)}</td><td>${esc(r.period)}</td><td>${esc(r.annual)}</td></tr>`,
    )
    .join('\n');
}

const row = (label: string, value: string, cols = 4) => `<tr><td class="label">${esc(label)}</td><td class="text"${attrs({ colspan: span(cols - 1) })}>${esc(value)}</td></tr>`;

/** A 绩效目标表 as printed: fields, funds, goals and the indicator table. */
export function renderForm(f: PerformanceForm, anchor?: string): string {
  const F = f.fields;
  const u = f.fundsUnit;
  const parts: string[] = [`<div class="form"${attrs({ id: anchor })}>`, `<h3>${esc(f.title)}</h3>`];
  if (F['年度']) parts.push(`<p class="form-year">${esc(F['年度'])}</p>`);
  if (f.lost) parts.push('<p class="lost">（此表内容在提取时丢失，无法显示）</p>');
  const t: string[] = [];
  if (F['项目名称']) t.push(row('项目名称', F['项目名称']));
  if (F['部门名称']) t.push(row('部门名称', F['部门名称']));
  if (F['主管部门及代码'] || F['实施单位'])
    t.push(`<tr><td class="label">主管部门及代码</td><td>${esc(F['主管部门及代码'])}</td><td class="label">实施单位</td><td>${esc(F['实施单位'])}</td></tr>`);
  if (F['项目属性'] || F['项目期']) t.push(`<tr><td class="label">项目属性</td><td>${esc(F['项目属性'])}</td><td class="label">项目期</td><td>${esc(F['项目期'])}</td></tr>`);
  const funds = f.funds;
  if (Object.keys(funds).length) {
    const levels: [keyof typeof funds, string][] = [
      ['central', '其中：中央财政资金'],
      ['provincial', '省级财政资金'],
      ['local', '市县（区）财政资金'],
      ['self', '单位自筹'],
      ['other', '其他资金'],
    ];
    t.push(`<tr><td class="label" rowspan="${levels.length + 1}">${f.kind === 'overall' ? '资金情况' : '项目资金'}（${u}）</td><td>实施期资金总额：${esc(money(funds.total, u))}</td><td colspan="2">年度资金总额：${esc(money(funds.annual, u))}</td></tr>`);
    for (const [k, label] of levels) t.push(`<tr><td>${esc(label)}：${esc(money(funds[k], u))}</td><td colspan="2">${esc(label)}：${esc(money(funds[k], u))}</td></tr>`);
  }
  for (const k of PROJECT_FIELDS) if (F[k]) t.push(row(k, F[k]));
  for (const [k, v] of Object.entries(F)) if (!PROJECT_FIELDS.includes(k) && !HEAD_FIELDS.includes(k)) t.push(row(k, v));
  if (f.goals.period || f.goals.annual) {
    t.push('<tr><td class="label" rowspan="2">总体目标</td><th>实施期目标</th><th colspan="2">年度目标</th></tr>');
    t.push(`<tr><td class="text">${esc(f.goals.period)}</td><td class="text" colspan="2">${esc(f.goals.annual)}</td></tr>`);
  }
  if (t.length) parts.push(`<table class="form-fields">\n${t.join('\n')}\n</table>`);
  if (f.indicators.length)
    parts.push(
      `<table class="indicators">\n<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值（实施期）</th><th>指标值（年度）</th></tr></thead>\n<tbody>\n${indicatorRows(f.indicators)}\n</tbody>\n</table>`,
    );
  const contact = ['负责人', '经办人', '联系电话', '填报日期'].filter((k) => F[k]).map((k) => `${k}：${esc(F[k])}`);
  if (contact.length) parts.push(`<p class="contact">${contact.join('　')}</p>`);
  parts.push('</div>');
  return parts.join('\n');
}
