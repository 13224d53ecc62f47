import type { Content } from 'pdfmake';
import type { BudgetDocument, Paragraph } from '../../model/document.js';
import { isChartParagraph, type ChartSpec } from '../../derive/types.js';
import { chartSvg, DOCUMENT_CHART, documentCharts, sectionCharts } from '../charts/index.js';
import { cnNum, headingText, sectionLevels } from '../outline.js';
import { formBlock } from './forms.js';
import { CONTENT_WIDTH, tableBlock } from './table.js';

export interface ContentOptions {
  /** Draw the charts (ECharts SVG); without, a chart prints its data as a small table. */
  charts: boolean;
}

/** A chart with its caption, kept on one page. */
function figure(spec: ChartSpec, caption: string, opts: ContentOptions): Content {
  const body: Content = opts.charts
    ? { svg: chartSvg(spec, DOCUMENT_CHART), width: Math.min(CONTENT_WIDTH, 340), alignment: 'center' }
    : { table: { headerRows: 1, widths: ['*', 90], body: [['项目', `金额（${spec.unit}）`], ...spec.items.map((i) => [i.name, { text: i.value, alignment: 'right' }])] }, fontSize: 9, margin: [60, 0, 60, 0] };
  return { stack: [body, { text: caption, style: 'caption' }], unbreakable: true, margin: [0, 6, 0, 8] };
}

function paragraph(p: Paragraph, opts: ContentOptions): Content {
  return isChartParagraph(p) ? figure(p.chart, p.text, opts) : { text: p.text, style: 'body' };
}

/**
 * The body of the disclosure in print order, as the HTML renderer orders it: 概况, the tables (each on its own
 * page), the 情况说明 with the performance forms after the 绩效 section and the extra charts after their
 * sections, and the glossary. Part titles and top-level headings are table-of-contents items.
 */
export function documentContent(doc: BudgetDocument, opts: ContentOptions): Content[] {
  const m = doc.meta;
  const out: Content[] = [];
  const charts = documentCharts(doc);
  const parts = [...new Set(doc.sections.map((s) => s.part ?? ''))];
  const lv = sectionLevels(doc.sections);
  const lastPerf = [...doc.sections].reverse().find((s) => s.topic === 'performance');
  let partNo = 0;
  let formsDone = false;
  const openPart = (title: string) => {
    partNo++;
    out.push({ text: `第${cnNum(partNo)}部分 ${title}`, style: 'part', tocItem: true, tocStyle: 'tocPart', tocMargin: [0, 4, 0, 0], pageBreak: 'before' });
  };
  const renderForms = () => {
    if (formsDone || !doc.forms.length) return;
    formsDone = true;
    doc.forms.forEach((f) => out.push({ stack: formBlock(f), pageBreak: 'before' }));
  };
  const renderTables = () => {
    openPart(`${m.year ?? ''}年${m.scope}${m.kind}报表`);
    doc.tables.forEach((t, i) => out.push({ stack: tableBlock(t, m.department), pageBreak: i ? 'before' : undefined }));
  };
  const renderSections = (part: string) => {
    for (const s of doc.sections.filter((x) => (x.part ?? '') === part)) {
      const level = lv[doc.sections.indexOf(s)];
      if (!(s.topic === 'glossary' && s.heading === part)) {
        const text = headingText(s);
        out.push(level === 1 ? { text, style: 'h1', headlineLevel: 1, tocItem: true, tocStyle: 'tocItem', tocMargin: [24, 0, 0, 0] } : { text, style: 'h2', headlineLevel: 2 });
      }
      for (const p of s.paragraphs) out.push(paragraph(p, opts));
      for (const spec of sectionCharts(charts, s)) out.push(figure(spec, spec.title, opts));
      if (s === lastPerf) renderForms();
    }
  };
  if (!parts.length) renderTables();
  parts.forEach((part, i) => {
    openPart(part || '说明');
    renderSections(part);
    if (i === 0 && doc.tables.length) renderTables();
  });
  if (!formsDone && doc.forms.length) {
    openPart('绩效目标表');
    renderForms();
  }
  if (!doc.sections.some((s) => s.topic === 'glossary') && doc.glossary.length) {
    openPart('名词解释');
    doc.glossary.forEach((g, i) => out.push({ text: `${cnNum(i + 1)}、${g.term}：${g.definition}`, style: 'body' }));
  }
  return out;
}
