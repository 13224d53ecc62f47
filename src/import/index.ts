import { basename, extname } from 'node:path';
import { limitByContent, readInputSync } from '../files/index.js';
import type { BudgetDocument } from '../model/document.js';
import { GongkaiError } from '../model/errors.js';
import { capText } from '../model/names.js';
import type { ReferenceSet } from '../reference/index.js';
import type { CapturedPdf } from './pdf/load.js';
import { importTextBuffer } from './text/index.js';
import { hasOleMagic, officeKindOf, oleError } from './xlsx/guard.js';

export interface ImportOptions {
  ref?: ReferenceSet;
  /** A PDF's pages as another thread captured them (import/pdf/load.ts captureDocument): not read again. */
  captured?: CapturedPdf;
}

/** A page, possibly after an XML declaration and comments (IE's "saved from url"). */
const HTML_START = /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|meta|body)[\s>]/;

export type InputFormat = 'text' | 'pdf' | 'xlsx' | 'docx' | 'html';

/** Detect the format from magic bytes first (a wrong extension must not fool us), then the extension. */
export function detectFormat(buf: Uint8Array, file: string): InputFormat | undefined {
  const head = Buffer.from(buf.subarray(0, 8)).toString('latin1');
  const ext = extname(file).toLowerCase();
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) {
    // Decide by the parts inside, not the name; an unreadable zip goes to the importer its name claims.
    const kind = officeKindOf(buf);
    return kind === 'unreadable' ? (ext === '.docx' ? 'docx' : 'xlsx') : kind;
  }
  if (hasOleMagic(buf)) return undefined; // legacy .doc/.xls or an encrypted Office file (OLE)
  const start = Buffer.from(buf.subarray(0, 1024)).toString('utf8').trimStart().toLowerCase();
  if (HTML_START.test(start) || (['.html', '.htm'].includes(ext) && /<(html|body|p|div|table)[\s>]/.test(start))) return 'html';
  if (ext === '.xlsx' || ext === '.docx') return ext === '.xlsx' ? 'xlsx' : 'docx'; // the importer says why it is not one
  if (ext === '.pdf') return undefined; // claims a binary format but is not one
  return 'text';
}

/**
 * Read any supported input file into the document model, or throw a GongkaiError in Chinese. The file
 * goes through the input gate (regular files only, links resolved, size limit by format) first.
 */
export async function importFile(file: string, opts: ImportOptions & { what?: string } = {}): Promise<BudgetDocument> {
  const { bytes } = readInputSync(file, { what: opts.what ?? '文件', limit: limitByContent });
  return importBytes(bytes, file, opts);
}

/** Read an input already in memory (from the gate); `file` names it and gives the extension. */
export async function importBytes(buf: Uint8Array, file: string, opts: ImportOptions = {}): Promise<BudgetDocument> {
  return boundTexts(await importAny(buf, file, opts));
}

/** Longest title, name or heading kept: what every report prints whole (a 19 MB one-line "title" is not one). */
const MAX_TITLE = 200;

/** Cut the texts that reports print whole (titles, names, headings); the paragraphs stay whole. */
function boundTexts(doc: BudgetDocument): BudgetDocument {
  const m = doc.meta;
  if (m.title) m.title = capText(m.title, MAX_TITLE);
  if (m.department) m.department = capText(m.department, MAX_TITLE);
  for (const t of doc.tables) {
    t.title = capText(t.title, MAX_TITLE);
    for (const r of t.rows) r.name = capText(r.name, MAX_TITLE * 2);
  }
  for (const s of doc.sections) s.heading = capText(s.heading, MAX_TITLE);
  for (const e of doc.toc) e.title = capText(e.title, MAX_TITLE);
  for (const f of doc.forms) {
    f.title = capText(f.title, MAX_TITLE);
    if (f.projectName) f.projectName = capText(f.projectName, MAX_TITLE);
  }
  return doc;
}

async function importAny(buf: Uint8Array, file: string, opts: ImportOptions): Promise<BudgetDocument> {
  if (buf.length === 0) throw new GongkaiError('empty-input', `文件“${basename(file)}”是空的`);
  const format = detectFormat(buf, file);
  switch (format) {
    case 'text':
      return importTextBuffer(buf, { file, ref: opts.ref });
    case 'pdf': {
      const mod = await loadImporter('./pdf/index.js', 'PDF');
      return mod.importPdf(buf, { file, ref: opts.ref, captured: opts.captured });
    }
    case 'xlsx':
      return (await import('./xlsx/index.js')).importXlsx(buf, { file, ref: opts.ref });
    case 'docx':
      return (await import('./docx/index.js')).importDocx(buf, { file, ref: opts.ref });
    case 'html':
      return (await import('./html/index.js')).importHtml(buf, { file, ref: opts.ref });
    default:
      if (hasOleMagic(buf)) throw oleError(buf, `文件“${basename(file)}”`);
      if (magic4(buf) === 'PK\u0003\u0004') {
        throw new GongkaiError('unknown-zip', `文件“${basename(file)}”是 ZIP 压缩包，但其中既没有 Excel 工作簿（xl/workbook.xml）也没有 Word 文档（word/document.xml），无法识别`);
      }
      throw new GongkaiError('unknown-format', `无法识别文件“${basename(file)}”的格式：扩展名为 ${extname(file) || '（无）'}，内容却不是相应格式（可能已损坏或扩展名有误）`);
  }
}

const magic4 = (buf: Uint8Array): string => Buffer.from(buf.subarray(0, 4)).toString('latin1');

type PdfModule = { importPdf(buf: Uint8Array, opts: { file?: string; ref?: ReferenceSet; captured?: CapturedPdf }): Promise<BudgetDocument> };

async function loadImporter(path: string, name: string): Promise<PdfModule> {
  try {
    return (await import(path)) as PdfModule;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') throw new GongkaiError('unsupported-format', `本版本尚未包含 ${name} 读取功能`);
    throw e;
  }
}
