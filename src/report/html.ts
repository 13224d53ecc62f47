import type { BudgetDocument } from '../model/document.js';
import type { Finding, Severity } from '../rules/engine/types.js';
import { headerRows, reviewReport, type ReviewCrop, type ReviewFinding, type ReviewReport } from './review.js';

export function esc(s: string | number | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A CSS string literal (for the printed page header). */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/[<>]/g, ' ')}"`;

// Findings are cards whose cells wrap (overflow-wrap:anywhere, min-width:0), so nothing is clipped from 1,000 px
// wide to an A4 page; figures use tabular digits so columns of amounts line up.
const CSS = `:root{--err:#b00020;--warn:#8a4b00;--info:#00639b;--line:#d0d0d0}
*{box-sizing:border-box}
body{font-family:"Noto Serif SC","Noto Serif CJK SC","Source Han Serif SC","SimSun","Songti SC",serif;margin:0 auto;padding:1.5em 2em;max-width:1180px;color:#222;line-height:1.6;font-size:15px}
h1{font-size:1.6em;margin:.2em 0 .4em;text-align:center;letter-spacing:.3em}
h2{font-size:1.2em;margin:1.4em 0 .5em;border-bottom:2px solid #444;padding-bottom:.15em}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid var(--line);padding:.3em .5em;vertical-align:top;text-align:left;overflow-wrap:anywhere;word-break:break-word}
th{background:#f3f3f3;font-weight:bold}
.meta th{width:8em}
.num,.fig{font-variant-numeric:tabular-nums;font-family:"DejaVu Sans Mono","Noto Sans Mono","Consolas",monospace,serif}
.summary td.num,.summary th.num{text-align:right}
.error{color:var(--err)}.warning{color:var(--warn)}.info{color:var(--info)}
.finding{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:4px;margin:.8em 0;padding:.6em .8em;display:flex;flex-wrap:wrap;gap:.4em 1.2em;break-inside:avoid;page-break-inside:avoid}
.finding.sev-error{border-left-color:var(--err)}.finding.sev-warning{border-left-color:var(--warn)}.finding.sev-info{border-left-color:var(--info)}
.finding .body{flex:1 1 30em;min-width:0}
.finding header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2em .7em}
.finding h3{font-size:1.05em;margin:0;min-width:0;overflow-wrap:anywhere}
.no{font-weight:bold;font-variant-numeric:tabular-nums}
.badge{font-size:.85em;padding:0 .45em;border-radius:3px;color:#fff;white-space:nowrap}
.badge.error{background:var(--err)}.badge.warning{background:var(--warn)}.badge.info{background:var(--info)}
.rule{font-family:monospace;font-size:.85em;color:#555;overflow-wrap:anywhere;min-width:0}
.msg{margin:.3em 0}
.cells{display:grid;grid-template-columns:repeat(auto-fit,minmax(11em,1fr));gap:.3em;margin:.4em 0}
.cell{border:1px solid var(--line);padding:.2em .45em;min-width:0;overflow-wrap:anywhere;word-break:break-word}
.cell.place,.cell.wide{grid-column:1/-1}
.cell .k{display:block;font-size:.8em;color:#666}
.excerpt{color:#555;font-size:.92em;margin:.3em 0;overflow-wrap:anywhere}
.suggest{margin:.3em 0;overflow-wrap:anywhere}
.crop{flex:0 1 380px;max-width:100%;margin:0;min-width:0}
.crop img{display:block;max-width:100%;height:auto;border:1px solid var(--line)}
.crop figcaption{font-size:.8em;color:#666}
.sign{margin-top:2.5em;display:flex;flex-wrap:wrap;gap:1em 4em}
.sign span{display:inline-block;min-width:14em;border-bottom:1px solid #444}
.foot{color:#666;font-size:.85em;margin-top:2em}
@page{size:A4;margin:18mm 14mm 18mm 14mm}
@media print{body{max-width:none;padding:0;font-size:10pt;line-height:1.45}h2{break-after:avoid}.finding{margin:.4em 0;padding:.35em .55em}.finding .body{flex-basis:20em}.cells{grid-template-columns:repeat(auto-fit,minmax(7.5em,1fr))}.crop{flex-basis:52mm}a{color:inherit;text-decoration:none}}`;

function pageCss(r: ReviewReport): string {
  const head = cssString(`审核意见 · ${r.document.title}`);
  return `@page{@top-left{content:${head};font-size:8pt;color:#555}@top-right{content:${cssString(r.date)};font-size:8pt;color:#555}@bottom-center{content:"第 " counter(page) " 页 / 共 " counter(pages) " 页";font-size:9pt}}`;
}

const dataUrl = (c: ReviewCrop) => `data:image/png;base64,${Buffer.from(c.png).toString('base64')}`;

/** A long value (a list of names) takes the whole row rather than a narrow column. */
const WIDE = 24;

function cell(key: string, value: string | undefined, cls: string): string {
  if (value === undefined || value === '') return '';
  return `<div class="cell ${cls}${value.length > WIDE ? ' wide' : ''}"><span class="k">${key}</span>${esc(value)}</div>`;
}

function findingCard(f: ReviewFinding): string {
  const cells = [cell('位置', f.places.join('；'), 'place'), cell('应为', f.expected, 'fig'), cell('实为', f.actual, 'fig'), cell('差额', f.difference, 'fig')].join('');
  const crop = f.crop
    ? `<figure class="crop"><img src="${dataUrl(f.crop)}" alt="第${f.crop.page}页问题所在位置"><figcaption>原文件第${f.crop.page}页（红框为问题所在）</figcaption></figure>`
    : '';
  return `<article class="finding sev-${f.severity}" id="f${f.number}"><div class="body"><header><span class="no">${f.number}.</span><span class="badge ${f.severity}">${esc(f.severityName)}</span><h3>${esc(f.title)}</h3><span class="rule">${esc(f.ruleId)} · ${esc(f.category)}</span></header>
<p class="msg">${esc(f.message)}</p>${cells ? `<div class="cells">${cells}</div>` : ''}${f.excerpt ? `<p class="excerpt">原文：${esc(f.excerpt)}</p>` : ''}${f.suggestion ? `<p class="suggest"><b>建议：</b>${esc(f.suggestion)}</p>` : ''}</div>${crop}</article>`;
}

function metaTable(r: ReviewReport): string {
  return `<table class="meta">${headerRows(r).map(([k, v]) => `<tr><th>${k}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
}

function summaryTable(r: ReviewReport): string {
  const c = r.counts;
  const rows = r.categories.map((x) => `<tr><td>${esc(x.name)}</td><td class="num">${x.errors}</td><td class="num">${x.warnings}</td><td class="num">${x.infos}</td></tr>`).join('');
  return `<table class="summary"><thead><tr><th>类别</th><th class="num error">错误</th><th class="num warning">警告</th><th class="num info">提示</th></tr></thead><tbody>${rows}<tr><th>合计</th><th class="num">${c.errors}</th><th class="num">${c.warnings}</th><th class="num">${c.infos}</th></tr></tbody></table>`;
}

function unplacedTable(r: ReviewReport): string {
  if (!r.unplaced.length) return '<p>全部内容均已读出。</p>';
  const rows = r.unplaced.map((u) => `<tr><td>${esc(u.place)}</td><td>${esc(u.text)}</td><td>${esc(u.reason)}</td></tr>`).join('');
  return `<table class="unplaced"><colgroup><col style="width:9em"><col><col style="width:30%"></colgroup><thead><tr><th>位置</th><th>内容</th><th>原因</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The review report as one self-contained HTML page (no external resources), readable on screen and in print. */
export function htmlReview(r: ReviewReport): string {
  const bySeverity = (sev: Severity) => {
    const list = r.findings.filter((f) => f.severity === sev);
    return list.length ? `<h2 class="${sev}">${list[0].severityName}（${list.length}）</h2>\n${list.map(findingCard).join('\n')}` : '';
  };
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>审核意见 - ${esc(r.document.title)}</title><style>${CSS}\n${pageCss(r)}</style></head><body>
<h1>审核意见</h1>
${metaTable(r)}
<h2>问题汇总</h2>
<p><b class="error">错误 ${r.counts.errors}</b>　<b class="warning">警告 ${r.counts.warnings}</b>　<b class="info">提示 ${r.counts.infos}</b></p>
${r.findings.length ? summaryTable(r) : '<p>未发现问题。</p>'}
${bySeverity('error')}${bySeverity('warning')}${bySeverity('info')}
<h2>附：未能读出的内容（${r.unplaced.length}）</h2>
${unplacedTable(r)}
<div class="sign"><p>审核人：<span></span></p><p>审核日期：<span></span></p></div>
<p class="foot">由 ${esc(r.tool)} 生成。每条问题列出规则编号，规则说明见 docs/rules/。错误须更正；警告请核实；提示供参考。</p>
</body></html>`;
}

/** A self-contained review report (no external resources), printable. */
export function htmlReport(doc: BudgetDocument, findings: readonly Finding[], opts: { crops?: readonly (ReviewCrop | undefined)[]; date?: Date } = {}): string {
  return htmlReview(reviewReport(doc, findings, opts));
}
