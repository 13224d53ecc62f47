import type { Content, DocumentDefinition } from 'pdfmake';
import { FONT, pdfMaker } from '../render/pdf/fonts.js';
import { headerRows, pngSize, type ReviewFinding, type ReviewReport } from './review.js';

const COLOR = { error: '#b00020', warning: '#8a4b00', info: '#00639b' } as const;
const LINE = '#c8c8c8';

const grid = { hLineColor: () => LINE, vLineColor: () => LINE, paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 2 };

function metaTable(r: ReviewReport): Content {
  return { table: { widths: [60, '*'], body: headerRows(r).map(([k, v]) => [{ text: k, bold: true, fillColor: '#f3f3f3' }, v]) }, layout: grid, margin: [0, 0, 0, 8] };
}

function summaryTable(r: ReviewReport): Content {
  const head = ['类别', '错误', '警告', '提示'].map((t) => ({ text: t, bold: true, fillColor: '#f3f3f3' }));
  const num = (n: number) => ({ text: String(n), alignment: 'right' });
  const body = [head, ...r.categories.map((c) => [c.name, num(c.errors), num(c.warnings), num(c.infos)]), [{ text: '合计', bold: true }, num(r.counts.errors), num(r.counts.warnings), num(r.counts.infos)]];
  return { table: { headerRows: 1, widths: ['*', 50, 50, 50], body }, layout: grid, margin: [0, 0, 0, 8] };
}

function findingBlock(f: ReviewFinding): Content {
  const figures = [['应为', f.expected], ['实为', f.actual], ['差额', f.difference]].filter((x): x is [string, string] => !!x[1]);
  const rows: Content[] = [
    [{ text: [{ text: `${f.number}. `, bold: true }, { text: `【${f.severityName}】`, color: COLOR[f.severity], bold: true }, { text: f.title, bold: true }, { text: `  ${f.ruleId} · ${f.category}`, fontSize: 8, color: '#555' }] }],
    [f.message],
  ];
  if (f.places.length) rows.push([{ text: [{ text: '位置：', bold: true }, f.places.join('；')] }]);
  if (figures.length) rows.push([{ text: figures.flatMap(([k, v], i) => [{ text: `${i ? '　' : ''}${k}：`, bold: true }, v]) }]);
  if (f.excerpt) rows.push([{ text: `原文：${f.excerpt}`, color: '#555', fontSize: 9 }]);
  if (f.suggestion) rows.push([{ text: [{ text: '建议：', bold: true }, f.suggestion] }]);
  if (f.crop) {
    const { width, height } = pngSize(f.crop.png);
    // A thumbnail beside the text size, not the page at full size.
    const w = Math.min(280, width / 1.25);
    rows.push([
      { stack: [{ image: `data:image/png;base64,${Buffer.from(f.crop.png).toString('base64')}`, width: w, height: (height * w) / width }, { text: `原文件第${f.crop.page}页（红框为问题所在）`, fontSize: 8, color: '#666' }] },
    ]);
  }
  // One finding is kept on one page (a finding is capped in length, so it always fits).
  return {
    unbreakable: true,
    table: { widths: ['*'], dontBreakRows: true, body: rows },
    layout: { ...grid, hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 1 : 0), vLineWidth: (i: number) => (i === 0 ? 3 : 1), vLineColor: (i: number) => (i === 0 ? COLOR[f.severity] : LINE) },
    margin: [0, 0, 0, 6],
  };
}

function unplacedTable(r: ReviewReport): Content {
  if (!r.unplaced.length) return { text: '全部内容均已读出。' };
  const head = ['位置', '内容', '原因'].map((t) => ({ text: t, bold: true, fillColor: '#f3f3f3' }));
  return { table: { headerRows: 1, widths: [60, '*', 140], body: [head, ...r.unplaced.map((u) => [u.place, u.text, u.reason])] }, layout: grid, fontSize: 9 };
}

interface NodeInfo {
  headlineLevel?: number;
}

/** A heading that would end a page (its first card moved to the next) goes to the next page with it. */
function headingAlone(node: NodeInfo, nodes: { getFollowingNodesOnPage(): NodeInfo[] }): boolean {
  return !!node.headlineLevel && nodes.getFollowingNodesOnPage().length === 0;
}

/** The pdfmake definition of the review report: A4, page header with the document, page numbers in the footer. */
export function reviewPdfDefinition(r: ReviewReport): DocumentDefinition {
  const sev = (s: ReviewFinding['severity']) => r.findings.filter((f) => f.severity === s);
  const sections: Content[] = (['error', 'warning', 'info'] as const)
    .filter((s) => sev(s).length)
    .map((s) => {
      const [first, ...rest] = sev(s).map(findingBlock);
      // The heading travels with its first finding, never alone at the foot of a page.
      return [{ stack: [{ text: `${sev(s)[0].severityName}（${sev(s).length}）`, style: 'h2', color: COLOR[s] }, first], unbreakable: true }, ...rest];
    });
  return {
    pageSize: 'A4',
    pageMargins: [42, 50, 42, 46],
    language: 'zh-CN',
    info: { title: `审核意见 - ${r.document.title}`, creator: r.tool, producer: r.tool, creationDate: new Date(`${r.date}T00:00:00Z`) },
    defaultStyle: { font: FONT, fontSize: 10, lineHeight: 1.2 },
    styles: { h1: { fontSize: 18, bold: true, alignment: 'center', characterSpacing: 6, margin: [0, 0, 0, 10] }, h2: { fontSize: 12.5, bold: true, margin: [0, 10, 0, 5] } },
    content: [
      { text: '审核意见', style: 'h1' },
      metaTable(r),
      { text: '问题汇总', style: 'h2' },
      r.findings.length ? summaryTable(r) : { text: '未发现问题。' },
      ...sections,
      { text: `附：未能读出的内容（${r.unplaced.length}）`, style: 'h2', headlineLevel: 1 },
      unplacedTable(r),
      { columns: [{ text: '审核人：____________________' }, { text: '审核日期：____________________' }], margin: [0, 30, 0, 0] },
    ],
    header: () => ({ columns: [{ text: `审核意见 · ${r.document.title}`, width: '*' }, { text: r.date, width: 'auto' }], fontSize: 8, color: '#555', margin: [42, 24, 42, 0] }),
    pageBreakBefore: headingAlone,
    footer: (page: number, pages: number) => ({ text: `第 ${page} 页 / 共 ${pages} 页`, fontSize: 9, alignment: 'center', margin: [0, 16, 0, 0] }),
  };
}

export async function pdfReview(r: ReviewReport): Promise<Buffer> {
  return pdfMaker().createPdf(reviewPdfDefinition(r)).getBuffer();
}
