import { squash } from '../../model/columns.js';

/** One entry of a contents list, with the index of its line. */
export interface ContentsItem {
  title: string;
  page?: number;
  index: number;
}

/** Longest line taken as a contents entry; longer lines are body text. */
const MAX_ENTRY = 60;
/** "标题……3", "标题 . . . 3", "标题 3" (Word's tab leader read as a space), "标题\t3" (a two-column list). */
const WITH_PAGE = /^(.*?[^\s.…·])(?:[\s.…·]*[.…·][\s.…·]*|[\s\t]+)(\d{1,4})$/;

/** A line read as a contents entry (title and page, if printed), or undefined when it cannot be one. */
function entryOf(text: string): { title: string; page?: number } | undefined {
  const t = text.trim();
  if (t === '' || t.length > MAX_ENTRY || /[。；;]/.test(t)) return undefined;
  const m = WITH_PAGE.exec(t);
  if (m) return { title: m[1].replace(/\t/g, ' ').trim(), page: Number(m[2]) };
  return t.includes('\t') ? undefined : { title: t };
}

const isContentsHead = (text: string): boolean => /^目录$/.test(squash(text));

/**
 * Find a contents list: a "目录" line and the entries after it. Without page numbers (a contents page typed
 * as plain paragraphs, or a list of links), the list runs up to where its first entry appears again as the
 * body's heading; with page numbers, as long as the lines end with one. Undefined when there is none, so
 * that the titles it lists are never read as the tables, parts and sections themselves.
 */
export function findContents(texts: string[]): { start: number; end: number; items: ContentsItem[] } | undefined {
  const start = texts.findIndex(isContentsHead);
  if (start < 0) return undefined;
  const first = entryOf(texts[start + 1] ?? '');
  if (!first) return undefined;
  let end: number;
  if (first.page === undefined) {
    const key = squash(first.title);
    end = texts.findIndex((t, i) => i > start + 1 && squash(t) === key);
    if (end < 0) return undefined;
  } else {
    end = start + 1;
    while (end < texts.length && entryOf(texts[end])?.page !== undefined) end++;
  }
  const items: ContentsItem[] = [];
  for (let i = start + 1; i < end; i++) {
    const e = entryOf(texts[i]);
    if (!e) return undefined;
    items.push({ ...e, index: i });
  }
  return items.length >= 2 ? { start, end, items } : undefined;
}
