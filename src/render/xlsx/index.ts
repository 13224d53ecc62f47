import ExcelJS from 'exceljs';
import type { BudgetDocument } from '../../model/document.js';
import { addFormsSheet } from './forms-sheet.js';
import { TITLE_FONT, font, printSetup } from './style.js';
import { addTableSheet } from './table-sheet.js';
import { cnNum } from './grid.js';
import { addNarrativeSheet } from './text-sheet.js';

export { tableSheetName } from './table-sheet.js';

interface ContentsLine {
  title: string;
  sheet: string;
  row: number;
  level: 1 | 2;
}

/**
 * A disclosure as an XLSX workbook a finance bureau can take as is: a contents sheet listing the parts, the
 * tables and the top-level headings as the printed contents does (each a link to its sheet and row), one
 * sheet per table in the standard template layout, the narrative (one paragraph per row) and the performance
 * forms, all set up to print on A4.
 */
export async function renderXlsx(doc: BudgetDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const m = doc.meta;
  wb.creator = 'gongkai';
  wb.title = m.title ?? '';
  wb.subject = `${m.year ?? ''}年度${m.scope}${m.kind}公开`;
  const contents = wb.addWorksheet('目录');
  const tables: ContentsLine[] = doc.tables.map((t) => ({ title: `${t.number ?? ''}　${t.title}`.trim(), sheet: addTableSheet(wb, t, m.department), row: 1, level: 2 }));
  if (tables.length) tables.unshift({ title: `第${cnNum(doc.sections.length ? 2 : 1)}部分 ${m.year ?? ''}年${m.scope}${m.kind}报表`, sheet: tables[0].sheet, row: 1, level: 1 });
  const narrative = doc.sections.length || doc.glossary.length ? addNarrativeSheet(wb, doc) : undefined;
  const marks = (first: boolean): ContentsLine[] => (narrative?.marks ?? []).filter((k) => k.first === first).map((k) => ({ ...k, sheet: narrative!.name }));
  const entries = [...marks(true), ...tables, ...marks(false)];
  // Forms without a 绩效 section to belong to are a part of their own, as in the printed document.
  const forms = addFormsSheet(wb, doc.forms);
  if (forms && !doc.sections.some((s) => s.topic === 'performance')) entries.push({ title: '绩效目标表', sheet: forms, row: 1, level: 1 });

  contents.getColumn(1).width = 4;
  contents.getColumn(2).width = 84;
  contents.mergeCells(1, 1, 1, 2);
  const title = contents.getCell(1, 1);
  title.value = m.title ?? m.department ?? '';
  title.font = { name: TITLE_FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center' };
  contents.getRow(1).height = 30;
  let r = 2;
  if (m.draft) {
    contents.mergeCells(r, 1, r, 2);
    contents.getCell(r, 1).value = '（草稿，仅供内部审核）';
    contents.getCell(r, 1).font = font({ color: { argb: 'FFC00000' }, bold: true });
    contents.getCell(r, 1).alignment = { horizontal: 'center' };
    r++;
  }
  contents.mergeCells(r, 1, r, 2);
  contents.getCell(r, 1).value = '目　录';
  contents.getCell(r, 1).font = { name: TITLE_FONT, size: 14, bold: true };
  contents.getCell(r, 1).alignment = { horizontal: 'center' };
  contents.getRow(r).height = 24;
  entries.forEach((e, i) => {
    const link = contents.getCell(r + 1 + i, 2);
    link.value = { text: e.title, hyperlink: `#'${e.sheet.replace(/'/g, "''")}'!A${e.row}` };
    link.font = font({ color: { argb: 'FF0563C1' }, underline: true, bold: e.level === 1 });
    link.alignment = { indent: e.level === 2 ? 2 : undefined };
  });
  printSetup(contents, { landscape: false });
  contents.views = [{ showGridLines: false }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
