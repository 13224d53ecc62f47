import type { BudgetDocument } from '../../model/document.js';
import type { ReferenceSet } from '../../reference/index.js';
import { importLines } from '../lines/index.js';
import type { RawLine } from '../lines/line.js';
import { decodeText } from './decode.js';

export interface TextImportOptions {
  file?: string;
  ref?: ReferenceSet;
}

/** Read a disclosure from bytes of text (UTF-8 or GBK; tables as tab-separated lines). */
export function importTextBuffer(buf: Uint8Array, opts: TextImportOptions = {}): BudgetDocument {
  const { text } = decodeText(buf, opts.file ? `文件“${opts.file}”` : '输入文本');
  return importText(text, opts);
}

export function importText(text: string, opts: TextImportOptions = {}): BudgetDocument {
  const lines: RawLine[] = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t, i) => ({ text: trimEndSpaces(t), line: i + 1 }));
  return importLines(lines, opts);
}

/** Trailing spaces and ideographic spaces cut in linear time (a regex anchored at $ rescans every run of them). */
function trimEndSpaces(t: string): string {
  let end = t.length;
  while (end > 0 && (t.charCodeAt(end - 1) === 0x20 || t.charCodeAt(end - 1) === 0x3000)) end--;
  return end === t.length ? t : t.slice(0, end);
}
