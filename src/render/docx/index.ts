import { AlignmentType, Document, Footer, Header, ImageRun, Packer, PageOrientation, Paragraph, Table as DocxTable, TableRow, TableLayoutType, WidthType, type ISectionOptions } from 'docx';
import type { BudgetDocument, Paragraph as DocParagraph } from '../../model/document.js';
import { isChartParagraph, type ChartSpec } from '../../derive/types.js';
import { cnNum, headingText, sectionLevels } from '../xlsx/grid.js';
import { formBlock } from './forms.js';
import { cell, columnTwips, tableBlock } from './table.js';
import { A4, LANDSCAPE_WIDTH, PORTRAIT_WIDTH, SIZE, bodyPara, documentStyles, heading, pageNumberRun, run } from './text.js';

/** A chart drawn by the caller (e.g. ECharts rendered to PNG); sizes in pixels. */
export interface DocxChartImage {
  png: Buffer;
  width: number;
  height: number;
}

export interface DocxOptions {
  /** Chart hook; without it (or when it returns undefined) a chart is printed as a small table of its data. */
  chart?: (spec: ChartSpec, doc: BudgetDocument) => DocxChartImage | undefined | Promise<DocxChartImage | undefined>;
}

type Block = Paragraph | DocxTable;

async function paragraphBlocks(p: DocParagraph, doc: BudgetDocument, opts: DocxOptions): Promise<Block[]> {
  if (!isChartParagraph(p)) return [bodyPara(p.text)];
  const c = p.chart;
  const caption = new Paragraph({ alignment: AlignmentType.CENTER, children: [run(p.text, { size: SIZE.small, bold: true })] });
  const img = await opts.chart?.(c, doc);
  if (img) {
    const scale = Math.min(1, 600 / img.width);
    const picture = new ImageRun({ type: 'png', data: img.png, transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) } });
    return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [picture] }), caption];
  }
  const tw = columnTwips([3, 1], PORTRAIT_WIDTH * 0.6);
  const rows = [
    new TableRow({ tableHeader: true, children: [cell('项目', { bold: true, align: 'center', shade: true, width: tw[0] }), cell(`金额（${c.unit}）`, { bold: true, align: 'center', shade: true, width: tw[1] })] }),
    ...c.items.map((i) => new TableRow({ children: [cell(i.name, { width: tw[0] }), cell(i.value, { align: 'right', width: tw[1] })] })),
  ];
  const table = new DocxTable({ rows, columnWidths: tw, width: { size: tw[0] + tw[1], type: WidthType.DXA }, layout: TableLayoutType.FIXED, alignment: AlignmentType.CENTER });
  return [caption, table, new Paragraph({ children: [] })];
}

/**
 * The whole disclosure as a Word document: cover, contents, 概况, the tables (landscape pages, merged headers
 * repeated on every page), the 情况说明 with the performance forms after the 绩效 section, and the glossary.
 * A4, 宋体 body and 黑体 headings (zh-CN), page numbers in the footer, and a “仅供内部审核” header line on drafts.
 */
export async function renderDocx(doc: BudgetDocument, opts: DocxOptions = {}): Promise<Buffer> {
  const m = doc.meta;
  const header = m.draft
    ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('仅供内部审核', { head: true, size: SIZE.small, color: 'C00000' })] })] }) }
    : undefined;
  const footer = { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [pageNumberRun()] })] }) };
  const page = (landscape: boolean) => ({
    size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: A4.marginY, bottom: A4.marginY, left: A4.marginX, right: A4.marginX },
  });
  const sections: ISectionOptions[] = [];
  const toc: { title: string; level: 1 | 2 }[] = [];
  const addSection = (children: Block[], landscape = false) =>
    sections.push({ properties: { page: { ...page(landscape), pageNumbers: sections.length ? undefined : { start: 1 } } }, headers: header, footers: footer, children });

  const parts = [...new Set(doc.sections.map((s) => s.part ?? ''))];
  const levels = sectionLevels(doc.sections);
  const lastPerf = [...doc.sections].reverse().find((s) => s.topic === 'performance');
  let partNo = 0;
  let formsDone = false;
  const partHeading = (title: string) => {
    const full = `第${cnNum(++partNo)}部分 ${title}`;
    toc.push({ title: full, level: 1 });
    return heading(full, 1);
  };
  const forms = (): Block[] => {
    if (formsDone || !doc.forms.length) return [];
    formsDone = true;
    return doc.forms.flatMap((f) => formBlock(f, PORTRAIT_WIDTH));
  };
  const tablesPart = () => {
    if (!doc.tables.length) return;
    const children: Block[] = [partHeading(`${m.year ?? ''}年${m.scope}${m.kind}报表`)];
    doc.tables.forEach((t, i) => {
      toc.push({ title: t.number ? `${t.number}　${t.title}` : t.title, level: 2 });
      children.push(...tableBlock(t, m.department, LANDSCAPE_WIDTH, i > 0));
    });
    addSection(children, true);
  };
  if (!parts.length) tablesPart();
  for (const [i, part] of parts.entries()) {
    const children: Block[] = [partHeading(part || '说明')];
    for (const s of doc.sections.filter((x) => (x.part ?? '') === part)) {
      const level = levels[doc.sections.indexOf(s)];
      if (!(s.topic === 'glossary' && s.heading === part)) {
        if (level === 1) toc.push({ title: headingText(s), level: 2 });
        children.push(heading(headingText(s), level === 1 ? 2 : 3));
      }
      for (const p of s.paragraphs) children.push(...(await paragraphBlocks(p, doc, opts)));
      if (s === lastPerf) children.push(...forms());
    }
    addSection(children);
    if (i === 0) tablesPart();
  }
  if (!formsDone && doc.forms.length) addSection([partHeading('绩效目标表'), ...forms()]);
  if (!doc.sections.some((s) => s.topic === 'glossary') && doc.glossary.length)
    addSection([partHeading('名词解释'), ...doc.glossary.map((g, i) => bodyPara(`${cnNum(i + 1)}、${g.term}：${g.definition}`))]);

  const subtitle = (m.title ?? '').replace(m.department ?? '', '').trim() || `${m.year ?? ''}年度${m.scope}${m.kind}公开`;
  const cover: Block[] = [
    ...Array.from({ length: 6 }, () => new Paragraph({ children: [] })),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480 }, children: [run(m.department ?? '', { head: true, size: SIZE.cover })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(subtitle, { head: true, size: 40 })] }),
    ...(m.draft ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480 }, children: [run('（草稿，仅供内部审核）', { size: 28, color: 'C00000' })] })] : []),
    new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run('目　录', { head: true, size: SIZE.title })] }),
    ...toc.map((e) => new Paragraph({ indent: e.level === 2 ? { left: 480 } : undefined, spacing: { line: 360 }, children: [run(e.title, { head: e.level === 1 })] })),
  ];
  const document = new Document({
    creator: 'gongkai',
    title: m.title ?? subtitle,
    description: `${m.department ?? ''}${subtitle}`,
    styles: documentStyles(),
    sections: [{ properties: { page: page(false) }, headers: header, footers: { default: new Footer({ children: [] }) }, children: cover }, ...sections],
  });
  return Packer.toBuffer(document);
}
