import type { Paragraph, Row } from '../model/document.js';

/**
 * Local extensions of the document model (src/model is not ours to change). Both are optional extras on
 * model objects, so every consumer of BudgetDocument still works; the HTML renderer uses them when present.
 */

/** A row with the label as printed, enumerator included ("一、一般公共预算", "①公务用车购置费"). */
export interface DerivedRow extends Row {
  label?: string;
}

/** Data for a chart the narrative refers to; rendered by a chart hook (ECharts SVG in a later step). */
export interface ChartSpec {
  id: string;
  title: string;
  kind: 'pie' | 'bar';
  unit: string;
  /** Items with their amounts as printed (in `unit`). */
  items: { name: string; value: string }[];
}

/** A paragraph standing for a chart: its text is the caption. */
export interface ChartParagraph extends Paragraph {
  chart: ChartSpec;
}

export function isChartParagraph(p: Paragraph): p is ChartParagraph {
  return typeof (p as Partial<ChartParagraph>).chart === 'object';
}

export function rowLabelOf(r: Row): string {
  return (r as DerivedRow).label ?? r.name;
}
