import type { Content, DocumentDefinition } from 'pdfmake';
import type { BudgetDocument } from '../../model/document.js';
import { documentContent } from './content.js';
import { FONT, pdfMaker } from './fonts.js';

export { FONT, FONT_FILES } from './fonts.js';

export interface PdfOptions {
  /** Draw the charts as ECharts SVG (default true); false prints their data as small tables. */
  charts?: boolean;
  /** Watermark text on every page of a draft (meta.draft). */
  watermark?: string;
  /** Creation date written into the PDF; fixed by default so the same document gives the same file. */
  date?: Date;
}

export const DRAFT_WATERMARK = '仅供内部审核';

const STYLES = {
  running: {},
  coverDept: { fontSize: 26, bold: true, alignment: 'center', characterSpacing: 2 },
  coverTitle: { fontSize: 20, bold: true, alignment: 'center' },
  coverNote: { fontSize: 12, alignment: 'center', color: '#a00000' },
  tocTitle: { fontSize: 18, bold: true, alignment: 'center', characterSpacing: 12, margin: [0, 0, 0, 10] },
  tocPart: { fontSize: 11, bold: true, lineHeight: 1.1 },
  tocItem: { fontSize: 10.5, lineHeight: 1.1 },
  tocNumber: { fontSize: 10.5, lineHeight: 1.1 },
  part: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 16] },
  h1: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
  h2: { fontSize: 12, bold: true, margin: [0, 6, 0, 3] },
  body: { fontSize: 12, lineHeight: 1.5, alignment: 'justify', leadingIndent: 24, margin: [0, 0, 0, 3] },
  caption: { fontSize: 10.5, bold: true, alignment: 'center', margin: [0, 2, 0, 0] },
  tableTitle: { fontSize: 13, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
  formTitle: { fontSize: 13, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
};

interface NodeInfo {
  headlineLevel?: number;
  style?: unknown;
}

/** A heading that would end a page moves to the next one, with the text it introduces. */
function keepHeadingsWithText(node: NodeInfo, nodes: { getFollowingNodesOnPage(): NodeInfo[] }): boolean {
  if (!node.headlineLevel) return false;
  return !nodes.getFollowingNodesOnPage().some((n) => n.style !== 'running');
}

function cover(doc: BudgetDocument): Content[] {
  const m = doc.meta;
  const subtitle = (m.title ?? '').replace(m.department ?? '', '').trim() || `${m.year ?? ''}年度${m.scope}${m.kind}公开`;
  return [
    { text: m.department ?? '', style: 'coverDept', margin: [0, 190, 0, 28] },
    { text: subtitle, style: 'coverTitle' },
    ...(m.draft ? [{ text: `（草稿，${DRAFT_WATERMARK}）`, style: 'coverNote', margin: [0, 60, 0, 0] }] : []),
  ];
}

/** The document definition: cover, table of contents, body; page numbers in the footer, watermark on drafts. */
export function pdfDefinition(doc: BudgetDocument, opts: PdfOptions = {}): DocumentDefinition {
  const m = doc.meta;
  const title = m.title ?? `${m.department ?? ''}${m.year ?? ''}年度${m.scope}${m.kind}公开`;
  return {
    pageSize: 'A4',
    pageMargins: [50, 56, 50, 56],
    language: 'zh-CN',
    info: { title, author: m.department, subject: `${m.year ?? ''}年度${m.scope}${m.kind}公开`, creator: 'gongkai', producer: 'gongkai', creationDate: opts.date ?? new Date(Date.UTC(2000, 0, 1)) },
    defaultStyle: { font: FONT, fontSize: 10.5, lineHeight: 1.25 },
    styles: STYLES,
    content: [
      ...cover(doc),
      { toc: { title: { text: '目录', style: 'tocTitle' }, numberStyle: 'tocNumber' }, pageBreak: 'before' },
      ...documentContent(doc, { charts: opts.charts ?? true }),
    ],
    header: (page: number) => (page === 1 ? null : { text: title, style: 'running', fontSize: 8, color: '#555', alignment: 'right', margin: [50, 28, 50, 0] }),
    footer: (page: number, pages: number) => (page === 1 ? null : { text: `第 ${page} 页 / 共 ${pages} 页`, style: 'running', fontSize: 9, alignment: 'center', margin: [0, 22, 0, 0] }),
    pageBreakBefore: keepHeadingsWithText,
    watermark: m.draft ? { text: opts.watermark ?? DRAFT_WATERMARK, color: '#b00000', opacity: 0.12, bold: true, fontSize: 72 } : undefined,
  };
}

/**
 * The disclosure as an A4 PDF with Noto Serif SC embedded (subset): cover, table of contents with page numbers,
 * the tables with merged headers repeated across pages, the narrative with its charts, the performance forms,
 * the glossary; "第 x 页 / 共 y 页" in the footer and a diagonal watermark on drafts.
 */
export async function renderPdf(doc: BudgetDocument, opts: PdfOptions = {}): Promise<Buffer> {
  return pdfMaker().createPdf(pdfDefinition(doc, opts)).getBuffer();
}
