import { basename } from 'node:path';
import type { BudgetDocument } from '../../model/document.js';
import { GongkaiError } from '../../model/errors.js';
import type { ReferenceSet } from '../../reference/index.js';
import { importLines } from '../lines/index.js';
import type { RawLine } from '../lines/line.js';
import { findContents } from './contents.js';
import { decodeHtml } from './decode.js';
import { documentLines, parseHtml, type HtmlLine } from './walk.js';
import { positionedLayer } from './positioned.js';
import { layoutLines } from '../pdf/layout.js';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

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
 * the text importer builds the document. Lines are numbered in reading order; there are no pages, except in
 * a PDF converted to positioned markup, whose pages are read as the PDF reader reads its pages.
 */
export function importHtmlString(html: string, opts: HtmlImportOptions = {}): BudgetDocument {
  const where = opts.where ?? (opts.file ? `文件“${basename(opts.file)}”` : '输入的网页');
  const page = parseHtml(html, where);
  const positioned = readPositioned(page, where);
  if (positioned) {
    if (positioned.lines.length === 0) throw new GongkaiError('empty-input', `${where}中没有可读的正文`, where);
    const doc = importLines(positioned.lines, { file: opts.file, ref: opts.ref });
    for (const p of positioned.blankPages) {
      doc.unplaced.push({ text: `第${p}页只有图片，没有文字`, reason: '图片中的内容未读取（需先做文字识别）', source: { file: opts.file, page: p } });
    }
    return doc;
  }
  const all: RawLine[] = documentLines(page, where).lines.map((l, i) => ({ text: l.text, line: i + 1, ...(l.header ? { header: true } : {}) }));
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

/** The lines of a page of converted-PDF markup as read (pages, boxes, cells), or undefined for an ordinary page. */
export function positionedLines(html: string, where = '网页'): RawLine[] | undefined {
  return readPositioned(parseHtml(html, where), where)?.lines;
}

/**
 * The lines of a page whose text is mostly in converted-PDF pages: the text before the pages (the
 * article's heading), the pages as the PDF reader lays them out (with page numbers and boxes), then the
 * text after them. Undefined when the page has no such pages or they hold less text than the rest.
 */
function readPositioned(page: T.Document, where: string): { lines: RawLine[]; blankPages: number[] } | undefined {
  const layer = positionedLayer(page, where);
  if (!layer) return undefined;
  const flow = documentLines(page, where, layer.elements);
  if (layer.chars <= flow.lines.reduce((n, l) => n + l.text.length, 0)) return undefined;
  const plain = (l: HtmlLine): Omit<RawLine, 'line'> => ({ text: l.text, ...(l.header ? { header: true } : {}) });
  const all = [...flow.lines.slice(0, flow.split).map(plain), ...layoutLines(layer.pages), ...flow.lines.slice(flow.split).map(plain)];
  const lines = all.map((l, i) => ({ ...l, line: i + 1 }));
  const blankPages = layer.pages.filter((p) => p.items.length === 0 && p.hasImages).map((p) => p.page);
  return { lines, blankPages };
}
