import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BudgetDocument } from '../../model/document.js';
import { GongkaiError } from '../../model/errors.js';
import { importLines, type LineImportOptions as TextImportOptions } from '../lines/index.js';
import type { RawLine } from '../lines/line.js';
import { LAYOUT, layoutOfPages, type PageLayout } from './layout.js';
import { mapBox } from '../../pdf/frame.js';
import { DEFAULT_LIMITS, finishDocument, mb, readingToDisplay, type CapturedPdf, type PdfLimits } from './load.js';
import { readLayoutsWatched } from './watched.js';

export interface PdfImportOptions extends TextImportOptions {
  limits?: Partial<PdfLimits>;
  /** The PDF as another thread captured it (captureDocument): its pages are laid out here without PDFium. */
  captured?: CapturedPdf;
}

const whereOf = (file?: string) => (file ? `PDF 文件“${file}”` : 'PDF 输入');

/** Reconstruct the lines of a PDF (tables as tab-separated rows with page numbers and boxes). */
export async function pdfLines(buf: Uint8Array, opts: PdfImportOptions = {}): Promise<{ lines: RawLine[]; blankPages: number[] }> {
  const [where, limits] = [whereOf(opts.file), { ...DEFAULT_LIMITS, ...opts.limits }];
  const pages = opts.captured ? finishDocument(opts.captured, where, limits, LAYOUT) : await readLayoutsWatched(buf, where, limits);
  const blankPages = pages.filter((p) => p.textItems === 0 && p.hasImages).map((p) => p.page);
  return { lines: displayBoxes(layoutOfPages(pages), pages), blankPages };
}

/** Boxes measured on turned pages (sideways tables), mapped back onto the page as displayed. */
function displayBoxes(lines: RawLine[], pages: PageLayout[]): RawLine[] {
  const maps = new Map(pages.map((p) => [p.page, readingToDisplay({ turn: p.turn, width: p.size.width, height: p.size.height })]));
  for (const l of lines) {
    const m = l.page !== undefined ? maps.get(l.page) : undefined;
    if (!m) continue;
    if (l.box) l.box = mapBox(m, l.box);
    if (l.cellBoxes) l.cellBoxes = l.cellBoxes.map((b) => b && mapBox(m, b));
    if (l.cells) l.cells = l.cells.map((c) => (c.box ? { ...c, box: mapBox(m, c.box) } : c));
  }
  return lines;
}

/** Read a published disclosure from PDF bytes into the document model. */
export async function importPdfBuffer(buf: Uint8Array, opts: PdfImportOptions = {}): Promise<BudgetDocument> {
  const { lines, blankPages } = await pdfLines(buf, opts);
  const doc = importLines(lines, opts);
  for (const page of blankPages) {
    doc.unplaced.push({ text: `第${page}页为扫描图像，无文字层`, reason: '扫描页的内容未读取（需先做文字识别）', source: { file: opts.file, page } });
  }
  return doc;
}

/** Entry point used by src/import/index.ts (format dispatch). */
export const importPdf = importPdfBuffer;

/** Read a PDF file; the file name (not the path) is recorded as the source. */
export async function importPdfFile(path: string, opts: PdfImportOptions = {}): Promise<BudgetDocument> {
  const file = opts.file ?? basename(path);
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new GongkaiError('file-not-found', `找不到文件“${path}”`, path);
  }
  if (size > limits.maxBytes) {
    throw new GongkaiError('pdf-too-large', `${whereOf(file)}过大（${mb(size)}，上限 ${mb(limits.maxBytes)}），拒绝读取`, file);
  }
  return importPdfBuffer(new Uint8Array(await readFile(path)), { ...opts, file });
}
