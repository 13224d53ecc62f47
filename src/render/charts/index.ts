import type { BudgetDocument, Row, Section, Table } from '../../model/document.js';
import { isChartParagraph, type ChartSpec } from '../../derive/types.js';
import type { TableKind } from '../../profiles/table-kinds.js';
import { renderHtml, type HtmlOptions } from '../html/index.js';
import { chartSvg, type ChartSvgOptions } from './svg.js';

export { chartSvg, itemValue, CHART_FONT, type ChartSvgOptions } from './svg.js';

/** A chart of a document and where it goes. */
export interface PlacedChart {
  spec: ChartSpec;
  /** Section the chart belongs to; undefined when the document has no fitting section (the chart is left out). */
  sectionId?: string;
  /** A chart paragraph of the narrative stands for it (drawn in place); otherwise drawn after the section's text. */
  inline: boolean;
}

const table = (doc: BudgetDocument, ...kinds: TableKind[]): Table | undefined => kinds.map((k) => doc.tables.find((t) => t.kind === k && t.rows.length)).find(Boolean);

/** The printed amount of a cell when it is a non-zero figure. */
function amount(r: Row | undefined, key: string): string | undefined {
  const c = r?.cells[key];
  return c?.value && c.value.fen !== 0n && c.raw ? c.raw.trim() : undefined;
}

function items(rows: Row[], key: string): ChartSpec['items'] {
  return rows.flatMap((r) => {
    const value = amount(r, key);
    return value ? [{ name: r.name, value }] : [];
  });
}

/** Functional rows of one level: 类, or the first of 类/款/项 that has at least two non-zero rows to compare. */
function functionalItems(t: Table, key: string, drill: boolean): ChartSpec['items'] {
  const of = (level: Row['level']) => items(t.rows.filter((r) => r.role === 'data' && !r.sub && r.level === level), key);
  if (!drill) return of('类');
  return (['类', '款', '项'] as const).map(of).find((x) => x.length > 1) ?? of('类');
}

/** Section of the first topic in `topics` that the document has; `prefer` picks among its sections. */
function place(doc: BudgetDocument, topics: string[], prefer?: RegExp): string | undefined {
  for (const topic of topics) {
    const list = doc.sections.filter((s) => s.topic === topic);
    const s = (prefer && list.find((x) => prefer.test(x.heading))) ?? list[list.length - 1];
    if (s) return s.id;
  }
  return undefined;
}

/**
 * The charts of a disclosure: those the narrative refers to (chart paragraphs), then, from the tables, the
 * 一般公共预算当年拨款结构图 when the narrative has none, expenditure by function (bar) and basic vs project
 * expenditure (pie). Charts without data are left out.
 */
export function documentCharts(doc: BudgetDocument): PlacedChart[] {
  const out: PlacedChart[] = [];
  for (const s of doc.sections) for (const p of s.paragraphs) if (isChartParagraph(p)) out.push({ spec: p.chart, sectionId: s.id, inline: true });
  const unit = (t: Table) => t.unit;
  const has = (id: string) => out.some((c) => c.spec.id === id);
  const gpb = table(doc, 'gpb-expense');
  if (gpb && !has('gpb-structure')) {
    const list = functionalItems(gpb, 'total', false);
    if (list.length)
      out.push({ spec: { id: 'gpb-structure', title: '一般公共预算当年拨款结构图', kind: 'pie', unit: unit(gpb), items: list }, sectionId: place(doc, ['gpb-expenditure'], /结构/), inline: false });
  }
  const exp = table(doc, 'expense-summary', 'gpb-expense');
  if (exp) {
    const list = functionalItems(exp, 'total', true);
    if (list.length && !has('expense-function'))
      out.push({ spec: { id: 'expense-function', title: '支出预算按功能分类科目情况', kind: 'bar', unit: unit(exp), items: list }, sectionId: place(doc, ['expenditure', 'gpb-expenditure']), inline: false });
    const total = exp.rows.find((r) => r.role === 'total');
    const split = [
      { name: '基本支出', value: amount(total, 'basic') },
      { name: '项目支出', value: amount(total, 'project') },
    ].filter((i): i is { name: string; value: string } => !!i.value);
    if (split.length && !has('expense-basic-project'))
      out.push({ spec: { id: 'expense-basic-project', title: '基本支出和项目支出结构图', kind: 'pie', unit: unit(exp), items: split }, sectionId: place(doc, ['expenditure', 'gpb-expenditure']), inline: false });
  }
  return out;
}

/** Extra (non-inline) chart specs of one section. */
export function sectionCharts(charts: PlacedChart[], section: Section): ChartSpec[] {
  return charts.filter((c) => !c.inline && c.sectionId === section.id).map((c) => c.spec);
}

/** Charts drawn inside a document: the caption is printed under the figure, so no title in the SVG. */
export const DOCUMENT_CHART: ChartSvgOptions = { title: false, width: 480 };

/** The HTML page with every chart drawn as an inline ECharts SVG. */
export function renderHtmlWithCharts(doc: BudgetDocument, opts: HtmlOptions = {}): string {
  const charts = documentCharts(doc);
  return renderHtml(doc, {
    ...opts,
    chart: (spec, d) => opts.chart?.(spec, d) ?? chartSvg(spec, DOCUMENT_CHART),
    extraCharts: (s, d) => [...(opts.extraCharts?.(s, d) ?? []), ...sectionCharts(charts, s)],
  });
}
