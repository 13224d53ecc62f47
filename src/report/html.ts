import type { BudgetDocument } from '../model/document.js';
import type { Finding, Severity } from '../rules/engine/types.js';
import { CATEGORY_NAMES } from '../rules/engine/types.js';
import { SEVERITY_NAMES, summarize } from './summary.js';
import { position } from './text.js';

export function esc(s: string | number | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `body{font-family:"Noto Serif SC","Source Han Serif SC","SimSun","Songti SC",serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.6}
h1{font-size:1.5em;margin-bottom:.2em}.meta{color:#555}.counts span{display:inline-block;margin-right:1.5em;font-weight:bold}
.error{color:#b00020}.warning{color:#a65e00}.info{color:#00639b}table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.92em}
th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:left}th{background:#f3f3f3}
td.num{white-space:nowrap}.rule{font-family:monospace;font-size:.9em;color:#444}.ex{color:#666;font-size:.9em}
@media print{body{margin:0;max-width:none}h2{page-break-before:auto}tr{page-break-inside:avoid}}`;

/** A self-contained review report (no external resources), printable. */
export function htmlReport(doc: BudgetDocument, findings: readonly Finding[]): string {
  const s = summarize(findings);
  const m = doc.meta;
  const section = (sev: Severity) => {
    const list = findings.filter((f) => f.severity === sev);
    if (!list.length) return '';
    const rows = list
      .map(
        (f, i) => `<tr><td>${i + 1}</td><td><div>${esc(f.message)}</div><div class="rule">${esc(f.ruleId)} · ${esc(CATEGORY_NAMES[f.category])}</div>${
          f.locations.find((l) => l.excerpt) ? `<div class="ex">原文：${esc(f.locations.find((l) => l.excerpt)!.excerpt)}</div>` : ''
        }</td><td>${f.locations.map((l) => esc(l.label) + (position(l) ? ` <small>${esc(position(l))}</small>` : '')).join('<br>')}</td><td class="num">${esc(f.expected)}</td><td class="num">${esc(f.actual)}</td><td class="num">${esc(f.difference)}</td><td>${esc(f.suggestion)}</td></tr>`,
      )
      .join('\n');
    return `<h2 class="${sev}">${SEVERITY_NAMES[sev]}（${list.length}）</h2><table><thead><tr><th>#</th><th>问题</th><th>位置</th><th>应为</th><th>实为</th><th>差额</th><th>建议</th></tr></thead><tbody>${rows}</tbody></table>`;
  };
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>审核报告 - ${esc(m.title ?? m.department)}</title><style>${CSS}</style></head><body>
<h1>预算公开文件审核报告</h1>
<p class="meta">${esc(m.title ?? '')}<br>格式：${esc(m.profile)}；${esc(m.year)}年${esc(m.scope)}${esc(m.kind)}；识别表格 ${doc.tables.length} 张、说明 ${doc.sections.length} 节、绩效目标表 ${doc.forms.length} 张${m.draft ? '；草稿（仅供内部审核）' : ''}</p>
<p class="counts"><span class="error">错误 ${s.errors}</span><span class="warning">警告 ${s.warnings}</span><span class="info">提示 ${s.infos}</span></p>
${findings.length ? '' : '<p>未发现问题。</p>'}${section('error')}${section('warning')}${section('info')}
<p class="meta"><small>由 gongkai 生成。每条问题列出规则编号，规则说明见 docs/rules/。</small></p></body></html>`;
}
