import { basename } from 'node:path';
import type { BudgetDocument } from '../../model/document.js';
import { GongkaiError } from '../../model/errors.js';
import type { ReferenceSet } from '../../reference/index.js';
import { importLines } from '../lines/index.js';
import type { RawLine } from '../lines/line.js';
import { checkOfficeZip } from './guard.js';
import { contentsOf, headingFor, type ContentsEntry } from './contents.js';
import { readGrid, type SheetGrid } from './grid.js';
import { sheetLines } from './sheet.js';
import { cellFile, relocate, type LinePlace } from './source.js';

export interface XlsxImportOptions {
  file?: string;
  ref?: ReferenceSet;
}

export interface WorkbookLines {
  lines: RawLine[];
  places: Map<number, LinePlace>;
  hidden: string[];
  /** Entries of the contents sheet, which are not emitted as lines (the title above them is). */
  toc?: { entries: ContentsEntry[]; sheet: string };
}

/** Unpack a workbook (after the zip checks) and turn its visible sheets into lines, sheet by sheet. */
export async function workbookLines(buf: Uint8Array, where: string): Promise<WorkbookLines> {
  checkOfficeZip(buf, 'xlsx', where);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new GongkaiError('corrupt-xlsx', `${where}无法作为 Excel 工作簿读取（文件可能已损坏）：${firstLine(e)}`, where);
  }
  const lines: RawLine[] = [];
  const places = new Map<number, LinePlace>();
  const hidden: string[] = [];
  const grids: SheetGrid[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') hidden.push(ws.name);
    else grids.push(readGrid(ws));
  }
  let toc: { entries: ContentsEntry[]; sheet: string } | undefined;
  for (const grid of grids) {
    const contents = toc ? undefined : contentsOf(grid);
    if (contents) toc = { entries: contents.entries, sheet: grid.name };
    const sheet = withPlace(where, () => sheetLines(contents ? { ...grid, rows: contents.lead } : grid));
    // A narrative sheet's unnumbered title takes the numbered heading the contents sheet gives it.
    const heading = toc && !contents && sheet[0] && !sheet.some((l) => l.title) ? headingFor(toc.entries, grid.name, sheet[0].text) : undefined;
    if (heading) sheet[0] = { ...sheet[0], text: heading };
    for (const l of sheet) {
      const line = lines.length + 1;
      lines.push({ text: l.text, line, ...(l.title !== undefined ? { title: l.title } : {}), ...(l.header !== undefined ? { header: l.header } : {}) });
      places.set(line, { sheet: grid.name, row: l.row, cols: l.cols });
    }
  }
  return { lines, places, hidden, toc };
}

/**
 * Read a budget disclosure from an Excel workbook (.xlsx): each visible sheet in order, tables under their
 * titles, narrative sheets as plain lines. Sources point at "file#sheet!cell"; `page` stays undefined.
 */
export async function importXlsx(buf: Uint8Array, opts: XlsxImportOptions = {}): Promise<BudgetDocument> {
  const where = opts.file ? `文件“${basename(opts.file)}”` : '输入的 Excel 工作簿';
  const { lines, places, hidden, toc } = await workbookLines(buf, where);
  if (lines.length === 0) throw new GongkaiError('empty-workbook', `${where}中没有任何可见的内容${hidden.length ? `（隐藏的工作表：${hidden.join('、')}）` : ''}`, where);
  const doc = importLines(lines, { file: opts.file, ref: opts.ref });
  relocate(doc, opts.file, places);
  if (toc && doc.toc.length === 0) {
    doc.toc = toc.entries.map((e) => ({ title: e.title, ...(e.page !== undefined ? { page: e.page } : {}), source: { file: cellFile(opts.file, { sheet: toc.sheet, row: e.row, cols: [e.col] }) } }));
  }
  for (const name of hidden) {
    doc.unplaced.push({ text: name, reason: '隐藏的工作表，未读取', source: { file: cellFile(opts.file, { sheet: name, row: 1, cols: [1] }) } });
  }
  return doc;
}

/** A sheet's refusal ("工作表…超过上限") names the file too. */
function withPlace<T>(where: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof GongkaiError && !e.where) throw new GongkaiError(e.code, `${where}中${e.message}`, where);
    throw e;
  }
}

/** The first line of a library's error, for the user message. */
function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0].trim().slice(0, 160);
}
