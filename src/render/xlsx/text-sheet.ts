import type { Workbook } from 'exceljs';
import type { BudgetDocument } from '../../model/document.js';
import { isChartParagraph } from '../../derive/types.js';
import { cnNum, headingText, sectionLevels } from './grid.js';
import { TITLE_FONT, font, printSetup, sheetName, wrappedHeight } from './style.js';

const WIDTH = 84;
/** Merged across several columns so that "fit to page width" also works in viewers that never split a column. */
const COLS = 4;

/** A part title or top-level heading of the narrative sheet, for the contents; `first` marks the first part. */
export interface NarrativeMark {
  title: string;
  row: number;
  level: 1 | 2;
  first: boolean;
}

/**
 * The narrative as one worksheet: part titles, section headings, then one paragraph per row, wrapped, with a
 * row height that shows the whole paragraph. A chart paragraph is its caption followed by its data lines.
 * The glossary closes the sheet. Part numbers leave room for the tables' part after the first one.
 */
export function addNarrativeSheet(wb: Workbook, doc: BudgetDocument, wanted = '情况说明'): { name: string; marks: NarrativeMark[] } {
  const name = sheetName(wb, wanted);
  const ws = wb.addWorksheet(name);
  for (let c = 1; c <= COLS; c++) ws.getColumn(c).width = WIDTH / COLS;
  let r = 1;
  let part: string | undefined;
  let partNo = 0;
  const marks: NarrativeMark[] = [];
  const line = (text: string, kind: 'title' | 'part' | 'h1' | 'h2' | 'p' | 'data') => {
    if (kind === 'part' || kind === 'h1') marks.push({ title: text, row: r, level: kind === 'part' ? 1 : 2, first: partNo === 1 });
    ws.mergeCells(r, 1, r, COLS);
    const cell = ws.getCell(r, 1);
    cell.value = kind === 'p' ? `　　${text}` : text;
    const size = kind === 'title' ? 16 : kind === 'part' ? 14 : 11;
    cell.font = kind === 'title' || kind === 'part' ? { name: TITLE_FONT, size, bold: true } : font({ size, bold: kind === 'h1' || kind === 'h2' });
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: kind === 'title' ? 'center' : 'left', indent: kind === 'data' ? 4 : undefined };
    ws.getRow(r).height = wrappedHeight(String(cell.value), WIDTH, size);
    r++;
  };
  const m = doc.meta;
  line(m.title ?? `${m.department ?? ''}${m.year ?? ''}年度${m.scope}${m.kind}公开`, 'title');
  if (m.draft) line('（草稿，仅供内部审核）', 'h2');
  const levels = sectionLevels(doc.sections);
  // The tables are the second part, or the first when there is no narrative part before them.
  const nextPart = () => {
    partNo++;
    if (doc.tables.length && partNo === (doc.sections.length ? 2 : 1)) partNo++;
    return partNo;
  };
  doc.sections.forEach((s, i) => {
    if (s.part !== part) {
      part = s.part;
      nextPart();
      r++;
      line(`第${cnNum(partNo)}部分 ${part ?? '说明'}`, 'part');
    }
    if (!(s.topic === 'glossary' && s.heading === s.part)) line(headingText(s), levels[i] === 1 ? 'h1' : 'h2');
    for (const p of s.paragraphs) {
      line(p.text, 'p');
      if (isChartParagraph(p)) for (const item of p.chart.items) line(`${item.name}：${item.value}${p.chart.unit}`, 'data');
    }
  });
  if (!doc.sections.some((s) => s.topic === 'glossary') && doc.glossary.length) {
    r++;
    line(`第${cnNum(nextPart())}部分 名词解释`, 'part');
    doc.glossary.forEach((g, i) => line(`${cnNum(i + 1)}、${g.term}：${g.definition}`, 'p'));
  }
  printSetup(ws, { landscape: false });
  ws.views = [{ showGridLines: false }];
  return { name, marks };
}
