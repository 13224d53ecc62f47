import { AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { cell } from '../render/docx/table.js';
import { A4, BODY_FONT, LANGUAGE, PORTRAIT_WIDTH, SIZE, documentStyles, heading, run } from '../render/docx/text.js';
import { headerRows, pngSize, type ReviewFinding, type ReviewReport } from './review.js';

const COLOR = { error: 'B00020', warning: '8A4B00', info: '00639B' } as const;
/** Pixels of a crop per DOCX image pixel (the crops are rendered at 1.25 px per point). */
const CROP_SCALE = 1.25;

const para = (children: TextRun[], extra: { keepNext?: boolean } = {}) => new Paragraph({ children, spacing: { after: 40 }, ...extra });
const small = (text: string, o: { bold?: boolean; color?: string } = {}) => run(text, { size: SIZE.small, ...o });

function twoColumn(rows: [string, string][], first: number): Table {
  const widths = [first, PORTRAIT_WIDTH - first];
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    rows: rows.map(([k, v]) => new TableRow({ cantSplit: true, children: [cell(k, { bold: true, shade: true, width: widths[0], size: SIZE.small }), cell(v, { width: widths[1], size: SIZE.small })] })),
  });
}

function grid(head: string[], rows: string[][], widths: number[], right: number[] = []): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, { bold: true, shade: true, width: widths[i], size: SIZE.small, align: 'center' })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, { width: widths[i], size: SIZE.small, align: right.includes(i) ? 'right' : undefined })) })),
    ],
  });
}

/** One finding: a one-cell box with a coloured left rule, so it reads as a unit and never splits across pages. */
function findingBox(f: ReviewFinding): Table {
  const lines: Paragraph[] = [
    para([small(`${f.number}. `, { bold: true }), small(`【${f.severityName}】`, { bold: true, color: COLOR[f.severity] }), small(f.title, { bold: true }), run(`  ${f.ruleId} · ${f.category}`, { size: 16, color: '555555' })]),
    para([small(f.message)]),
  ];
  if (f.places.length) lines.push(para([small('位置：', { bold: true }), small(f.places.join('；'))]));
  const figures = ([['应为', f.expected], ['实为', f.actual], ['差额', f.difference]] as const).filter(([, v]) => v);
  if (figures.length) lines.push(para(figures.flatMap(([k, v], i) => [small(`${i ? '　' : ''}${k}：`, { bold: true }), small(v!)])));
  if (f.excerpt) lines.push(para([run(`原文：${f.excerpt}`, { size: 18, color: '555555' })]));
  if (f.suggestion) lines.push(para([small('建议：', { bold: true }), small(f.suggestion)]));
  if (f.crop) {
    const { width, height } = pngSize(f.crop.png);
    const w = Math.min(360, width / CROP_SCALE);
    lines.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: Buffer.from(f.crop.png), transformation: { width: Math.round(w), height: Math.round((height * w) / width) } })] }));
    lines.push(para([run(`原文件第${f.crop.page}页（红框为问题所在）`, { size: 16, color: '666666' })]));
  }
  const side = { style: BorderStyle.SINGLE, size: 4, color: 'C8C8C8' };
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: [PORTRAIT_WIDTH],
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [new TableCell({ width: { size: PORTRAIT_WIDTH, type: WidthType.DXA }, margins: { left: 120, right: 100, top: 60, bottom: 60 }, borders: { top: side, bottom: side, right: side, left: { style: BorderStyle.SINGLE, size: 24, color: COLOR[f.severity] } }, children: lines })],
      }),
    ],
  });
}

const gap = () => new Paragraph({ spacing: { after: 80 }, children: [] });

/** The review report as a Word document: A4, header with the document and date, page numbers in the footer. */
export async function docxReview(r: ReviewReport): Promise<Buffer> {
  const d = r.document;
  const body: (Paragraph | Table)[] = [heading('审核意见', 1), twoColumn(headerRows(r), 1500), heading('问题汇总', 2)];
  const c = r.counts;
  const num = PORTRAIT_WIDTH - 3 * 1100;
  if (r.findings.length) body.push(grid(['类别', '错误', '警告', '提示'], [...r.categories.map((x) => [x.name, String(x.errors), String(x.warnings), String(x.infos)]), ['合计', String(c.errors), String(c.warnings), String(c.infos)]], [num, 1100, 1100, 1100], [1, 2, 3]));
  else body.push(para([small('未发现问题。')]));
  for (const sev of ['error', 'warning', 'info'] as const) {
    const list = r.findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    body.push(heading(`${list[0].severityName}（${list.length}）`, 2));
    for (const f of list) body.push(findingBox(f), gap());
  }
  body.push(heading(`附：未能读出的内容（${r.unplaced.length}）`, 2));
  if (r.unplaced.length) body.push(grid(['位置', '内容', '原因'], r.unplaced.map((u) => [u.place, u.text, u.reason]), [1300, PORTRAIT_WIDTH - 1300 - 2800, 2800]));
  else body.push(para([small('全部内容均已读出。')]));
  body.push(new Paragraph({ spacing: { before: 600 }, children: [run('审核人：____________________　　审核日期：____________________')] }));

  const header = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`审核意见 · ${d.title}　${r.date}`, { size: 16, color: '555555' })] })] });
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 / 共 ', PageNumber.TOTAL_PAGES, ' 页'], font: BODY_FONT, language: LANGUAGE, size: 18 })] })],
  });
  const doc = new Document({
    creator: r.tool,
    title: `审核意见 - ${d.title}`,
    styles: documentStyles(),
    sections: [{ properties: { page: { size: { width: A4.width, height: A4.height }, margin: { top: A4.marginY, bottom: A4.marginY, left: A4.marginX, right: A4.marginX } } }, headers: { default: header }, footers: { default: footer }, children: body }],
  });
  return Packer.toBuffer(doc);
}
