import ExcelJS from 'exceljs';
import type { BudgetDocument } from '../../model/document.js';
import { addFormsSheet } from './forms-sheet.js';
import { TITLE_FONT, font, printSetup } from './style.js';
import { addTableSheet } from './table-sheet.js';
import { addNarrativeSheet } from './text-sheet.js';

export { tableSheetName } from './table-sheet.js';

/**
 * A disclosure as an XLSX workbook a finance bureau can take as is: a contents sheet linking every sheet, one
 * sheet per table in the standard template layout, the narrative (one paragraph per row) and the performance
 * forms, all set up to print on A4.
 */
export async function renderXlsx(doc: BudgetDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongkai';
  wb.title = doc.meta.title ?? '';
  wb.subject = `${doc.meta.year ?? ''}年度${doc.meta.scope}${doc.meta.kind}公开`;
  const contents = wb.addWorksheet('目录');
  const entries: { title: string; sheet: string }[] = [];
  for (const t of doc.tables) entries.push({ title: `${t.number ?? ''}　${t.title}`, sheet: addTableSheet(wb, t, doc.meta.department) });
  if (doc.sections.length || doc.glossary.length) entries.push({ title: '情况说明及名词解释', sheet: addNarrativeSheet(wb, doc) });
  const forms = addFormsSheet(wb, doc.forms);
  if (forms) entries.push({ title: `绩效目标表（${doc.forms.length}张）`, sheet: forms });

  contents.getColumn(1).width = 8;
  contents.getColumn(2).width = 80;
  contents.mergeCells(1, 1, 1, 2);
  const title = contents.getCell(1, 1);
  title.value = doc.meta.title ?? doc.meta.department ?? '';
  title.font = { name: TITLE_FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center' };
  contents.getRow(1).height = 30;
  if (doc.meta.draft) {
    contents.mergeCells(2, 1, 2, 2);
    contents.getCell(2, 1).value = '（草稿，仅供内部审核）';
    contents.getCell(2, 1).font = font({ color: { argb: 'FFC00000' }, bold: true });
    contents.getCell(2, 1).alignment = { horizontal: 'center' };
  }
  entries.forEach((e, i) => {
    const r = i + 4;
    contents.getCell(r, 1).value = i + 1;
    contents.getCell(r, 1).font = font();
    const link = contents.getCell(r, 2);
    link.value = { text: e.title, hyperlink: `#'${e.sheet.replace(/'/g, "''")}'!A1` };
    link.font = font({ color: { argb: 'FF0563C1' }, underline: true });
  });
  printSetup(contents, { landscape: false });
  contents.views = [{ showGridLines: false }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
