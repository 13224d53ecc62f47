import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { GongkaiError } from '../../model/errors.js';
import { attr, BLOCK, cleanText, isElement, SKIP } from './dom.js';
import { MAX_CELLS, tableLines, type CellBudget } from './table.js';

/** A line for the text importer: a paragraph or heading, or a table row with tab-separated cells. */
export interface HtmlLine {
  text: string;
  /** Set on table rows the page marks as header (<thead>, or every cell a <th>). */
  header?: boolean;
}

/** Class or id tokens of navigation, page chrome and share bars (whole tokens, or these prefixes). */
const CHROME = /^(nav|navbar|nav-bar|mainnav|menu|menubar|breadcrumbs?|crumbs?|position|location|share|bshare|toolbar|sidebar|topbar|header|head|top|footer|foot|copyright|banner|skip|print)$|^(nav|menu|breadcrumb|crumb|footer|share)[-_]/i;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar']);

function isChrome(el: T.Element, inArticle: boolean): boolean {
  if (SKIP.has(el.tagName)) return true;
  if ((el.tagName === 'header' || el.tagName === 'footer') && !inArticle) return true;
  if (attr(el, 'hidden') !== undefined || /display\s*:\s*none/i.test(attr(el, 'style') ?? '')) return true;
  if (CHROME_ROLES.has((attr(el, 'role') ?? '').toLowerCase())) return true;
  const tokens = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.split(/\s+/).filter(Boolean);
  return tokens.some((t) => CHROME.test(t));
}

/**
 * Walk a page into lines: headings, paragraphs, list items and line breaks end a line; tables become rows
 * of tab-separated cells; scripts, styles and navigation are left out.
 */
export function htmlToLines(html: string, where = '网页'): HtmlLine[] {
  return documentLines(parseHtml(html, where), where).lines;
}

/** Parse a page, refusing one nested too deeply to walk. */
export function parseHtml(html: string, where = '网页'): T.Document {
  const doc = parse(html);
  refuseDeepNesting(doc, where);
  return doc;
}

/**
 * The lines of a parsed page, leaving out the elements in `skip` (read another way); `split` is the
 * number of lines before the first of them (all lines when none was met).
 */
export function documentLines(doc: T.Document, where: string, skip?: ReadonlySet<T.Element>): { lines: HtmlLine[]; split: number } {
  const out: HtmlLine[] = [];
  let split: number | undefined;
  const cells: CellBudget = { where, left: MAX_CELLS };
  let cur = '';
  const flush = (): void => {
    const t = cleanText(cur);
    if (t !== '') out.push({ text: t });
    cur = '';
  };
  const walk = (n: T.Node, inArticle: boolean): void => {
    if (!isElement(n)) {
      if (n.nodeName === '#text') cur += (n as T.TextNode).value;
      return;
    }
    if (isChrome(n, inArticle)) return;
    if (skip?.has(n)) {
      flush();
      split ??= out.length;
      return;
    }
    if (n.tagName === 'table') {
      flush();
      tableLines(n, out, (el) => walk(el, inArticle), flush, cells);
      return;
    }
    if (n.tagName === 'br' || n.tagName === 'hr') {
      flush();
      return;
    }
    const block = BLOCK.has(n.tagName);
    if (block) flush();
    const article = inArticle || n.tagName === 'article' || n.tagName === 'main';
    for (const c of n.childNodes) walk(c, article);
    if (block) flush();
  };
  for (const c of doc.childNodes) walk(c, false);
  flush();
  return { lines: out, split: split ?? out.length };
}

/** Deepest element nesting read: real pages nest a few dozen levels; the walk above is recursive. */
export const MAX_DEPTH = 1000;

/** Measure the nesting without recursion and refuse a page nested deeper than MAX_DEPTH. */
function refuseDeepNesting(doc: T.Document, where: string): void {
  const stack: [T.ParentNode, number][] = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) throw new GongkaiError('too-deep', `${where}的元素嵌套超过 ${MAX_DEPTH} 层，不像公开文件，已拒绝读取`, where);
    for (const c of node.childNodes) if ('childNodes' in c) stack.push([c as T.ParentNode, depth + 1]);
  }
}
