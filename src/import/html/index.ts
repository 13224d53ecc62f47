import { basename } from 'node:path';
import type { BudgetDocument } from '../../model/document.js';
import { GongkaiError } from '../../model/errors.js';
import type { ReferenceSet } from '../../reference/index.js';
import { importLines } from '../lines/index.js';
import type { RawLine } from '../lines/line.js';
import { findContents } from './contents.js';
import { decodeHtml } from './decode.js';
import { htmlToLines } from './walk.js';

export { htmlToLines, type HtmlLine } from './walk.js';

export interface HtmlImportOptions {
  file?: string;
  ref?: ReferenceSet;
  /** How to name the input in messages ("文件“x.html”"). */
  where?: string;
}

/** Read a disclosure from the bytes of a saved web page (UTF-8 or GBK). */
export function importHtml(buf: Uint8Array, opts: HtmlImportOptions = {}): BudgetDocument {
  const where = opts.where ?? (opts.file ? `文件“${basename(opts.file)}”` : '输入的网页');
  return importHtmlString(decodeHtml(buf, where), { ...opts, where });
}

/**
 * Read a disclosure from HTML text: headings and paragraphs become lines, tables tab-separated rows, and
 * the text importer builds the document. Lines are numbered in reading order; there are no pages.
 */
export function importHtmlString(html: string, opts: HtmlImportOptions = {}): BudgetDocument {
  const where = opts.where ?? (opts.file ? `文件“${basename(opts.file)}”` : '输入的网页');
  const all: RawLine[] = htmlToLines(html, where).map((l, i) => ({ text: l.text, line: i + 1, ...(l.header ? { header: true } : {}) }));
  if (all.length === 0) throw new GongkaiError('empty-input', `${where}中没有可读的正文`, where);
  // A contents list is kept out of the body (its titles are not the tables and sections) and becomes the toc.
  const contents = findContents(all.map((l) => l.text));
  const lines = contents ? [...all.slice(0, contents.start), ...all.slice(contents.end)] : all;
  const doc = importLines(lines, { file: opts.file, ref: opts.ref });
  if (contents && doc.toc.length === 0) {
    doc.toc = contents.items.map((e) => ({ title: e.title, ...(e.page !== undefined ? { page: e.page } : {}), source: { file: opts.file, line: all[e.index].line } }));
  }
  return doc;
}
