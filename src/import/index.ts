import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { BudgetDocument } from '../model/document.js';
import { GongkaiError } from '../model/errors.js';
import type { ReferenceSet } from '../reference/index.js';
import { importTextBuffer } from './text/index.js';
import { hasOleMagic, officeKindOf, oleError } from './xlsx/guard.js';

export interface ImportOptions {
  ref?: ReferenceSet;
}

/** Largest input accepted; budget disclosures are a few MB at most. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** A page, possibly after an XML declaration and comments (IE's "saved from url"). */
const HTML_START = /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|meta|body)[\s>]/;

/** Largest text input accepted (text disclosures are a few hundred KB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

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

/** Read any supported input file into the document model, or throw a GongkaiError in Chinese. */
export async function importFile(file: string, opts: ImportOptions = {}): Promise<BudgetDocument> {
  let size: number;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new GongkaiError('not-a-file', `“${file}”不是文件`);
    size = s.size;
  } catch (e) {
    if (e instanceof GongkaiError) throw e;
    throw new GongkaiError('not-found', `找不到文件“${file}”`);
  }
  if (size === 0) throw new GongkaiError('empty-input', `文件“${basename(file)}”是空的`);
  if (size > MAX_INPUT_BYTES) throw new GongkaiError('too-large', `文件“${basename(file)}”有 ${(size / 1048576).toFixed(0)} MB，超过 ${MAX_INPUT_BYTES / 1048576} MB 的上限`);
  const buf = new Uint8Array(await readFile(file));
  const format = detectFormat(buf, file);
  switch (format) {
    case 'text':
      // A disclosure as text is well under 1 MB; a huge "text" file is a mistake or hostile, not a budget.
      if (size > MAX_TEXT_BYTES) throw new GongkaiError('too-large', `文本文件“${basename(file)}”有 ${(size / 1048576).toFixed(0)} MB，超过文本公开文件 ${MAX_TEXT_BYTES / 1048576} MB 的上限`);
      return importTextBuffer(buf, { file, ref: opts.ref });
    case 'pdf': {
      const mod = await loadImporter('./pdf/index.js', 'PDF');
      return mod.importPdf(buf, { file, ref: opts.ref });
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

type PdfModule = { importPdf(buf: Uint8Array, opts: { file?: string; ref?: ReferenceSet }): Promise<BudgetDocument> };

async function loadImporter(path: string, name: string): Promise<PdfModule> {
  try {
    return (await import(path)) as PdfModule;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') throw new GongkaiError('unsupported-format', `本版本尚未包含 ${name} 读取功能`);
    throw e;
  }
}
