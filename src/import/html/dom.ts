import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { joinPieces } from '../xlsx/layout.js';

/** Never content: scripts, styles, forms' controls, embedded objects, the <head>. */
export const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'button', 'input', 'textarea', 'map', 'nav', 'aside']);
export const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'legend', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'tr', 'td', 'th',
]);
export const isElement = (n: T.Node): n is T.Element => 'tagName' in n;
export const attr = (el: T.Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** Collapse HTML whitespace; a source line break between Chinese characters leaves no space. */
export function cleanText(s: string): string {
  return s
    .replace(/([\u3000-\u303f\u3400-\u9fff\uff00-\uffef])[ \t]*[\r\n][\s]*(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of an element as one line (a table cell): block children joined without tabs or breaks. */
export function inlineText(node: T.ParentNode): string {
  const pieces: string[] = [];
  let cur = '';
  const walk = (n: T.Node): void => {
    if (!isElement(n)) {
      if (n.nodeName === '#text') cur += (n as T.TextNode).value;
      return;
    }
    if (SKIP.has(n.tagName)) return;
    const block = BLOCK.has(n.tagName) || n.tagName === 'br' || n.tagName === 'table';
    if (block) {
      pieces.push(cleanText(cur));
      cur = '';
    }
    for (const c of n.childNodes) walk(c);
    if (block) {
      pieces.push(cleanText(cur));
      cur = '';
    }
  };
  for (const c of node.childNodes) walk(c);
  pieces.push(cleanText(cur));
  return joinPieces(pieces);
}
