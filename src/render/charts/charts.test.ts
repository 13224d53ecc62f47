import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../model/document.js';
import { loadFacts } from '../../facts/index.js';
import { deriveDocument, isChartParagraph, type ChartSpec } from '../../derive/index.js';
import { chartSvg, documentCharts, renderHtmlWithCharts } from './index.js';

const doc = deriveDocument(loadFacts('examples/zezhou-2026.facts.yaml'));
const charts = documentCharts(doc);
const spec = (id: string) => charts.find((c) => c.spec.id === id)!;
const html = renderHtmlWithCharts(doc);

const pie: ChartSpec = {
  id: 'test-pie',
  title: '一般公共预算当年拨款结构图',
  kind: 'pie',
  unit: '万元',
  items: [
    { name: '一般公共服务支出', value: '1,650.24' },
    { name: '社会保障和就业支出', value: '320.00' },
    { name: '卫生健康支出', value: '30.00' },
  ],
};

describe('chartSvg', () => {
  const svg = chartSvg(pie);

  it('is one SVG with the title, every category, its printed amount and share, in a Song-style CJK font', () => {
    expect(svg).toMatch(/^<svg [^>]*width="560"[^>]*>/);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    for (const t of ['一般公共预算当年拨款结构图', '一般公共服务支出', '社会保障和就业支出', '卫生健康支出', '1,650.24万元（82.50%）', '320.00万元（16.00%）']) expect(svg).toContain(t);
    expect(svg).toContain("font-family:'Noto Serif SC', 'Source Han Serif SC', 'Songti SC', STSong, SimSun, serif;");
    expect(svg).not.toMatch(/style="[^"]*"[^ >]/); // quotes inside the style attribute would break the XML
  });

  it('is stable: no animation, hover CSS or instance-numbered ids, the same bytes every time', () => {
    expect(svg).not.toMatch(/<style|@keyframes|zr\d+-/);
    chartSvg({ ...pie, id: 'other', kind: 'bar' });
    expect(chartSvg(pie)).toBe(svg);
  });

  it('draws horizontal bars with the printed values, and leaves the title out on request', () => {
    const bar = chartSvg({ ...pie, kind: 'bar', title: '支出预算按功能分类科目情况' }, { title: false, width: 480 });
    expect(bar).toMatch(/^<svg width="480" height="182"/);
    for (const i of pie.items) expect(bar).toContain(`>${i.name}<`);
    expect(bar).toContain('>1,650.24<');
    expect(bar).not.toContain('支出预算按功能分类科目情况');
  });
});

describe('documentCharts', () => {
  it('takes the structure chart from the narrative and draws function and basic/project charts from the tables', () => {
    expect(charts.map((c) => [c.spec.id, c.spec.kind, c.inline])).toEqual([
      ['gpb-structure', 'pie', true],
      ['expense-function', 'bar', false],
      ['expense-basic-project', 'pie', false],
    ]);
    expect(spec('gpb-structure').spec.items).toEqual([{ name: '一般公共服务支出', value: '650.24' }]);
    // One 类 and one 款: the bar chart drills down to the 项.
    expect(spec('expense-function').spec.items).toEqual([
      { name: '行政运行', value: '306.42' },
      { name: '其他群众团体事务支出', value: '343.82' },
    ]);
    expect(spec('expense-basic-project').spec.items).toEqual([
      { name: '基本支出', value: '330.24' },
      { name: '项目支出', value: '320.00' },
    ]);
    const section = doc.sections.find((s) => s.id === spec('expense-basic-project').sectionId)!;
    expect(section.heading).toBe('支出预算情况说明');
  });

  it('builds the structure chart from the 一般公共预算支出表 when the narrative has none', () => {
    const bare: BudgetDocument = { ...doc, sections: doc.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.filter((p) => !isChartParagraph(p)) })) };
    const gpb = documentCharts(bare).find((c) => c.spec.id === 'gpb-structure')!;
    expect(gpb.inline).toBe(false);
    expect(gpb.spec.items).toEqual([{ name: '一般公共服务支出', value: '650.24' }]);
    expect(bare.sections.find((s) => s.id === gpb.sectionId)!.heading).toBe('一般公共预算当年支出结构情况');
  });

  it('leaves out charts without data', () => {
    const empty: BudgetDocument = { ...doc, sections: [], tables: doc.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, cells: {} })) })) };
    expect(documentCharts(empty)).toEqual([]);
  });
});

describe('renderHtmlWithCharts', () => {
  it('draws every chart as inline SVG with its caption', () => {
    const figures = html.match(/<figure class="chart"[\s\S]*?<\/figure>/g) ?? [];
    expect(figures).toHaveLength(3);
    for (const f of figures) expect(f).toMatch(/<svg [\s\S]*<\/svg><figcaption>/);
    expect(html).not.toContain('class="chart-data"');
    expect(html).toContain('<figcaption>基本支出和项目支出结构图</figcaption>');
    expect(html.indexOf('data-chart-id="expense-function"')).toBeLessThan(html.indexOf('>四、财政拨款收支预算总体情况说明</h3>'));
  });
});
