import { basename } from 'node:path';
import type { BudgetDocument } from '../../model/document.js';
import { GongkaiError } from '../../model/errors.js';
import type { ReferenceSet } from '../../reference/index.js';
import { importHtmlString } from '../html/index.js';
import { checkOfficeZip } from '../xlsx/guard.js';
import { headerMarks } from './header.js';

export interface DocxImportOptions {
  file?: string;
  ref?: ReferenceSet;
}

/**
 * Convert a Word document to HTML with mammoth (merged cells become colspan / rowspan). A draft mark in the
 * page headers, which mammoth does not convert, comes first as a paragraph of its own.
 */
export async function docxToHtml(buf: Uint8Array, where: string): Promise<string> {
  const entries = checkOfficeZip(buf, 'docx', where);
  const marks = headerMarks(buf, entries).map((m) => `<p>${m}</p>`).join('');
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) });
    return marks + result.value;
  } catch (e) {
    throw new GongkaiError('corrupt-docx', `${where}无法作为 Word 文档读取（文件可能已损坏）：${firstLine(e)}`, where);
  }
}

/** Read a disclosure from a Word document (.docx) through the HTML importer's paragraph and table walker. */
export async function importDocx(buf: Uint8Array, opts: DocxImportOptions = {}): Promise<BudgetDocument> {
  const where = opts.file ? `文件“${basename(opts.file)}”` : '输入的 Word 文档';
  const html = await docxToHtml(buf, where);
  return importHtmlString(html, { file: opts.file, ref: opts.ref, where });
}

/** The first line of a library's error, for the user message. */
function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0].trim().slice(0, 160);
}
