import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { BudgetDocument } from '../model/document.js';
import { GongkaiError } from '../model/errors.js';
import type { ReferenceSet } from '../reference/index.js';
import { importTextBuffer } from './text/index.js';

export interface ImportOptions {
  ref?: ReferenceSet;
}

/** Largest input accepted; budget disclosures are a few MB at most. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export type InputFormat = 'text' | 'pdf' | 'xlsx' | 'docx' | 'html';

/** Detect the format from magic bytes first (a wrong extension must not fool us), then the extension. */
export function detectFormat(buf: Uint8Array, file: string): InputFormat | undefined {
  const head = Buffer.from(buf.subarray(0, 8)).toString('latin1');
  const ext = extname(file).toLowerCase();
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return ext === '.docx' ? 'docx' : ext === '.xlsx' ? 'xlsx' : ext === '.docx' ? 'docx' : 'xlsx';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return undefined; // legacy .doc/.xls (OLE)
  const start = Buffer.from(buf.subarray(0, 512)).toString('utf8').trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  if (['.pdf', '.xlsx', '.docx'].includes(ext)) return undefined; // claims a binary format but is not one
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
      return importTextBuffer(buf, { file, ref: opts.ref });
    case 'pdf': {
      const mod = await loadImporter('./pdf/index.js', 'PDF');
      return mod.importPdf(buf, { file, ref: opts.ref });
    }
    case 'xlsx':
    case 'docx':
    case 'html':
      throw new GongkaiError('unsupported-format', `暂不支持读取 ${format.toUpperCase()} 文件“${basename(file)}”；请先导出为 PDF 或文本`);
    default:
      throw new GongkaiError('unknown-format', `无法识别文件“${basename(file)}”的格式：扩展名为 ${extname(file) || '（无）'}，内容却不是相应格式（可能已损坏或扩展名有误）`);
  }
}

type PdfModule = { importPdf(buf: Uint8Array, opts: { file?: string; ref?: ReferenceSet }): Promise<BudgetDocument> };

async function loadImporter(path: string, name: string): Promise<PdfModule> {
  try {
    return (await import(path)) as PdfModule;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') throw new GongkaiError('unsupported-format', `本版本尚未包含 ${name} 读取功能`);
    throw e;
  }
}
