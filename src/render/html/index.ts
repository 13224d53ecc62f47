import type { BudgetDocument, Paragraph, Section } from '../../model/document.js';
import { isChartParagraph, type ChartParagraph, type ChartSpec } from '../../derive/types.js';
import { cnNum, headingText, sectionLevels } from '../outline.js';
import { CSS } from './css.js';
import { esc } from './escape.js';
import { renderForm } from './forms.js';
import { renderTable } from './table.js';

export interface HtmlOptions {
  /**
   * Chart hook: return markup (e.g. an ECharts SVG) for a chart the narrative refers to. Without it, or when
   * it returns undefined, the chart's data is printed as a small table under its caption.
   */
  chart?: (spec: ChartSpec, doc: BudgetDocument) => string | undefined;
  /** Further charts shown after a section's paragraphs (e.g. drawn from the tables), rendered like chart paragraphs. */
  extraCharts?: (section: Section, doc: BudgetDocument) => ChartSpec[];
}

interface Toc {
  id: string;
  title: string;
  level: 'part' | 'item';
}

function paragraph(p: Paragraph, doc: BudgetDocument, opts: HtmlOptions): string {
  if (!isChartParagraph(p)) return `<p>${esc(p.text)}</p>`;
  const c = p.chart;
  const svg = opts.chart?.(c, doc);
  const body =
    svg ??
    `<table class="chart-data"><thead><tr><th>项目</th><th>金额（${esc(c.unit)}）</th></tr></thead><tbody>${c.items.map((i) => `<tr><td>${esc(i.name)}</td><td class="num">${esc(i.value)}</td></tr>`).join('')}</tbody></table>`;
  return `<figure class="chart" data-chart-id="${esc(c.id)}" data-chart="${esc(JSON.stringify(c))}">${body}<figcaption>${esc(p.text)}</figcaption></figure>`;
}

/**
 * One self-contained printable HTML page of a disclosure: cover, table of contents, 概况, the tables with
 * merged headers, the 情况说明 with the performance forms after the 绩效 section, and the glossary.
 */
export function renderHtml(doc: BudgetDocument, opts: HtmlOptions = {}): string {
  const m = doc.meta;
  const toc: Toc[] = [];
  const body: string[] = [];
  const parts = [...new Set(doc.sections.map((s) => s.part ?? ''))];
  const lv = sectionLevels(doc.sections);
  let partNo = 0;
  const openPart = (title: string, id: string) => {
    partNo++;
    const full = `第${cnNum(partNo)}部分 ${title}`;
    toc.push({ id, title: full, level: 'part' });
    body.push(`<section class="part" id="${id}">\n<h2>${esc(full)}</h2>`);
  };
  const lastPerf = [...doc.sections].reverse().find((s) => s.topic === 'performance');
  const renderSections = (part: string) => {
    for (const s of doc.sections.filter((x) => (x.part ?? '') === part)) {
      const level = lv[doc.sections.indexOf(s)];
      const isGlossary = s.topic === 'glossary' && s.heading === part;
      if (!isGlossary) {
        const title = headingText(s);
        if (level === 1) toc.push({ id: s.id, title, level: 'item' });
        body.push(`<h${level + 2} id="${esc(s.id)}">${esc(title)}</h${level + 2}>`);
      }
      const extra: ChartParagraph[] = (opts.extraCharts?.(s, doc) ?? []).map((chart) => ({ text: chart.title, source: s.source, claims: [], chart }));
      body.push(`<div${isGlossary ? ' class="glossary"' : ''}>${[...s.paragraphs, ...extra].map((p) => paragraph(p, doc, opts)).join('\n')}</div>`);
      if (s === lastPerf) renderForms();
    }
  };
  let formsDone = false;
  const renderForms = () => {
    if (formsDone || !doc.forms.length) return;
    formsDone = true;
    body.push(doc.forms.map((f, i) => renderForm(f, `f${i + 1}`)).join('\n'));
  };
  const tablesTitle = `${m.year ?? ''}年${m.scope}${m.kind}报表`;
  const renderTables = () => {
    openPart(tablesTitle, 'tables');
    for (const t of doc.tables) {
      toc.push({ id: t.id, title: `${t.number ?? ''}${t.title}`, level: 'item' });
      body.push(renderTable(t, { department: m.department, anchor: t.id }));
    }
    body.push('</section>');
  };
  if (!parts.length) renderTables();
  parts.forEach((part, i) => {
    openPart(part || '说明', `part${i + 1}`);
    renderSections(part);
    body.push('</section>');
    if (i === 0 && doc.tables.length) renderTables();
  });
  if (!formsDone && doc.forms.length) {
    openPart('绩效目标表', 'forms');
    renderForms();
    body.push('</section>');
  }
  if (!doc.sections.some((s) => s.topic === 'glossary') && doc.glossary.length) {
    openPart('名词解释', 'glossary');
    body.push(`<div class="glossary">${doc.glossary.map((g, i) => `<p>${cnNum(i + 1)}、${esc(g.term)}：${esc(g.definition)}</p>`).join('\n')}</div></section>`);
  }
  const subtitle = (m.title ?? '').replace(m.department ?? '', '').trim() || `${m.year ?? ''}年度${m.scope}${m.kind}公开`;
  const watermark = m.draft ? `<div class="watermark" aria-hidden="true">${'<span>仅供内部审核</span>'.repeat(24)}</div>` : '';
  const tocHtml = `<nav class="toc"><h2>目录</h2><ol>${toc.map((e) => `<li class="${e.level}"><a href="#${esc(e.id)}">${esc(e.title)}</a></li>`).join('')}</ol></nav>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(m.title ?? subtitle)}</title>
<style>${CSS}</style>
</head>
<body>
${watermark}
<header class="cover"><h1>${esc(m.department ?? '')}</h1><div class="subtitle">${esc(subtitle)}</div>${m.draft ? '<p class="draft-note">（草稿，仅供内部审核）</p>' : ''}</header>
${tocHtml}
${body.join('\n')}
</body>
</html>
`;
}
