import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../model/document.js';
import { importTextBuffer } from '../../import/text/index.js';
import { loadFacts } from '../../facts/index.js';
import { deriveDocument, isChartParagraph } from '../../derive/index.js';
import { esc } from './escape.js';
import { headRows, lines } from './table.js';
import { renderHtml } from './index.js';

const doc = deriveDocument(loadFacts('examples/zezhou-2026.facts.yaml'));
const html = renderHtml(doc);
const seed = importTextBuffer(readFileSync('test/fixtures/seed/zezhou-2026.txt'), { file: 'zezhou-2026.txt' });

function everyFigure(d: BudgetDocument, out: string): void {
  for (const t of d.tables) {
    expect(out).toContain(esc(t.title));
    for (const r of t.rows) for (const c of Object.values(r.cells)) if (c.raw) expect(out).toContain(`>${esc(c.raw)}<`);
    if (t.emptyNote) expect(out).toContain(esc(t.emptyNote));
  }
  for (const s of d.sections) {
    expect(out).toContain(esc(s.heading));
    for (const p of s.paragraphs) expect(out).toContain(esc(p.text));
  }
}

describe('renderHtml', () => {
  it('is one self-contained zh-CN page with a Song-style font stack', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/font-family: "Noto Serif SC".*"SimSun"/);
    expect(html).not.toMatch(/<link |<script|src="http|href="http/);
  });

  it('contains every table title and figure, every paragraph and the glossary', () => {
    everyFigure(doc, html);
    for (const g of doc.glossary) expect(html).toContain(esc(g.definition));
  });

  it('numbers the parts and lists them in the table of contents', () => {
    for (const part of ['第一部分 概况', '第二部分 2026年部门预算报表', '第三部分 2026年度部门预算情况说明', '第四部分 名词解释']) expect(html).toContain(`>${part}<`);
    const toc = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    expect(toc).toContain('href="#t13"');
    expect(toc).toContain('一、部门预算收支数据变动情况及原因');
    expect(toc).toContain('十二、其他说明');
  });

  it('merges multi-level headers from the header tree', () => {
    const fiscal = doc.tables.find((t) => t.kind === 'fiscal-summary')!;
    expect(headRows(fiscal)).toEqual([
      [{ label: '收入', colspan: 2, rowspan: 1 }, { label: '支出', colspan: 5, rowspan: 1 }],
      [{ label: '项目', colspan: 1, rowspan: 2 }, { label: '金额', colspan: 1, rowspan: 2 }, { label: '项目', colspan: 1, rowspan: 2 }, { label: '金额', colspan: 4, rowspan: 1 }],
      [{ label: '小计', colspan: 1, rowspan: 1 }, { label: '一般公共预算', colspan: 1, rowspan: 1 }, { label: '政府性基金预算', colspan: 1, rowspan: 1 }, { label: '国有资本经营预算', colspan: 1, rowspan: 1 }],
    ]);
    expect(html).toContain('<th colspan="4">金额</th>');
    expect(html).toContain('<th rowspan="2">项目</th>');
  });

  it('lays two-sided tables out line by line', () => {
    const t = doc.tables.find((x) => x.kind === 'fiscal-summary')!;
    const ls = lines(t).map(([a, b]) => [a?.name ?? '', b?.name ?? '']);
    expect(ls[0]).toEqual(['一般公共预算', '一般公共服务支出']);
    expect(ls[3]).toEqual(['', '公共安全支出']);
    expect(ls.slice(-6)).toEqual([
      ['本年收入合计', '本年支出合计'],
      ['上年财政拨款结转', '年终结转'],
      ['一般公共预算', ''],
      ['政府性基金预算', ''],
      ['国有资本经营预算', ''],
      ['收入总计', '支出总计'],
    ]);
    expect(html).toContain('<td class="lv-item">一、一般公共预算</td><td class="num">650.24</td><td class="lv-item">一、一般公共服务支出</td>');
  });

  it('renders the performance forms after the 绩效 section', () => {
    const perf = html.indexOf('>2、项目绩效目标</h4>');
    const assets = html.indexOf('>十一、国有资产占有使用情况</h3>');
    for (const f of doc.forms) {
      const at = html.indexOf(`<td class="text" colspan="3">${esc(f.projectName!)}</td>`);
      expect(at).toBeGreaterThan(perf);
      expect(at).toBeLessThan(assets);
      for (const i of f.indicators) expect(html).toContain(esc(i.value.raw));
    }
    expect(html).toContain('实施期资金总额：366,992');
    expect(html).toContain('<th>指标值（实施期）</th>');
  });

  it('marks drafts with the watermark, and only drafts', () => {
    expect(doc.meta.draft).toBe(true);
    expect(html).toContain('<div class="watermark" aria-hidden="true"><span>仅供内部审核</span>');
    const final = renderHtml({ ...doc, meta: { ...doc.meta, draft: false } });
    expect(final).not.toContain('仅供内部审核');
  });

  it('leaves a hook for charts and prints the chart data without one', () => {
    const chart = doc.sections.flatMap((s) => s.paragraphs).find(isChartParagraph)!;
    expect(chart.chart.items).toEqual([{ name: '一般公共服务支出', value: '650.24' }]);
    expect(html).toContain('data-chart-id="gpb-structure"');
    expect(html).toContain('<figcaption>一般公共预算当年拨款结构图</figcaption>');
    const withSvg = renderHtml(doc, { chart: (spec) => `<svg data-test="${spec.id}"></svg>` });
    expect(withSvg).toContain('<svg data-test="gpb-structure"></svg>');
  });

  it('renders an imported document too', () => {
    const out = renderHtml(seed);
    everyFigure(seed, out);
    expect(out).toContain('（此表内容在提取时丢失，无法显示）');
    expect(out).toContain('>第四部分 名词解释<');
  });
});
