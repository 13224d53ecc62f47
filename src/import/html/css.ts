import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { attr, isElement } from './dom.js';

/** Declarations of one element: property (lower case) → value, later ones winning. */
export type Style = Map<string, string>;

/** Rules of the page's style sheets that select by one class or id (`.p`, `div.x1`, `#pf1`): what converters write. */
export interface SheetRules {
  byClass: Map<string, Style>;
  byId: Map<string, Style>;
}

/** The properties that place text and draw rules: the others are not kept. */
const PLACING = /^(position|left|top|right|bottom|width|height|font-size|line-height|letter-spacing|text-align|display|visibility|background(-color)?|border(-(top|right|bottom|left))?(-(width|style))?)$/;

/** Parse "a:b; c:d" into a style (values trimmed, `!important` dropped), keeping the placing properties. */
export function parseDeclarations(text: string, into: Style = new Map()): Style {
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const prop = part.slice(0, colon).trim().toLowerCase();
    if (!PLACING.test(prop)) continue;
    const value = part.slice(colon + 1).replace(/!\s*important\s*$/i, '').trim();
    if (value) into.set(prop, value);
  }
  return into;
}

const SIMPLE = /^(?:[a-z][a-z0-9]*)?([.#])([\w-]+)$/i;

/** Add the top-level rules of a style sheet; at-rules (@media, @supports, @font-face) are skipped whole. */
export function addSheet(css: string, rules: SheetRules): void {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) return;
    const close = blockEnd(text, open);
    const prelude = text.slice(i, open).trim();
    if (!prelude.startsWith('@')) {
      const body = text.slice(open + 1, close);
      for (const sel of prelude.split(',')) {
        const m = SIMPLE.exec(sel.trim());
        if (!m) continue;
        const map = m[1] === '.' ? rules.byClass : rules.byId;
        map.set(m[2], parseDeclarations(body, map.get(m[2]) ?? new Map()));
      }
    }
    i = close + 1;
  }
}

/** The index of the brace closing the block opened at `open` (nested blocks included), or the end. */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    if (text[k] === '{') depth++;
    else if (text[k] === '}' && --depth === 0) return k;
  }
  return text.length;
}

/** The rules of every <style> element of a parsed page. */
export function sheetRules(doc: T.Document): SheetRules {
  const rules: SheetRules = { byClass: new Map(), byId: new Map() };
  const stack: T.Node[] = [doc];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n) && n.tagName === 'style') {
      addSheet(n.childNodes.map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : '')).join(''), rules);
      continue;
    }
    if ('childNodes' in n) for (let k = n.childNodes.length - 1; k >= 0; k--) stack.push(n.childNodes[k]);
  }
  return rules;
}

/** An element's style: its class and id rules in sheet order of specificity (classes, then id), then its own style attribute. */
const NONE: Style = new Map();

export function styleOf(el: T.Element, rules: SheetRules): Style {
  if (el.attrs.length === 0) return NONE;
  const style: Style = new Map();
  for (const cls of (attr(el, 'class') ?? '').split(/\s+/)) {
    const r = cls ? rules.byClass.get(cls) : undefined;
    if (r) for (const [k, v] of r) style.set(k, v);
  }
  const id = attr(el, 'id');
  const byId = id ? rules.byId.get(id) : undefined;
  if (byId) for (const [k, v] of byId) style.set(k, v);
  const own = attr(el, 'style');
  return own ? parseDeclarations(own, style) : style;
}

/** Points per unit of the absolute CSS lengths. */
const PT: Record<string, number> = { pt: 1, px: 0.75, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, q: 72 / 101.6 };

const LENGTH = /^\s*(-?\d*\.?\d+(?:e[-+]?\d+)?)\s*([a-z]*)\s*$/i;

/** An absolute length in points ("12pt", "16px", "0"); undefined for auto, percentages and relative units. */
export function lengthPt(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = LENGTH.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2].toLowerCase();
  if (unit === '') return n === 0 ? 0 : undefined;
  const k = PT[unit];
  return k === undefined || !Number.isFinite(n) ? undefined : n * k;
}

export type Side = 'top' | 'right' | 'bottom' | 'left';
export const SIDES: Side[] = ['top', 'right', 'bottom', 'left'];
const BORDER_STYLES = /^(solid|dashed|dotted|double|groove|ridge|inset|outset|none|hidden)$/i;
const WIDTH_WORDS: Record<string, number> = { thin: 0.75, medium: 2.25, thick: 3.75 };

/** The widths in points of the drawn borders, top, right, bottom, left (0 where none is drawn). */
export function borderWidths(style: Style): [number, number, number, number] {
  let any = false;
  for (const k of style.keys()) if (k.startsWith('border')) any = true;
  if (!any) return [0, 0, 0, 0];
  return SIDES.map((side) => borderWidth(style, side)) as [number, number, number, number];
}

/** The width in points of a drawn border side (0 when it is not drawn: no style, none, hidden, zero). */
export function borderWidth(style: Style, side: Side): number {
  let width: number | undefined;
  let kind: string | undefined;
  const take = (value: string | undefined) => {
    for (const tok of (value ?? '').split(/\s+/)) {
      if (BORDER_STYLES.test(tok)) kind = tok.toLowerCase();
      else if (WIDTH_WORDS[tok] !== undefined) width = WIDTH_WORDS[tok];
      else if (lengthPt(tok) !== undefined) width = lengthPt(tok);
    }
  };
  // Shorthands first, then the more specific properties (the order converters write them in).
  take(style.get('border'));
  take(style.get(`border-${side}`));
  const all = (prop: string) => (style.has(prop) ? ofSide(style.get(prop)!, side) : undefined);
  kind = all('border-style')?.toLowerCase() ?? kind;
  take(all('border-width'));
  kind = style.get(`border-${side}-style`)?.toLowerCase() ?? kind;
  take(style.get(`border-${side}-width`));
  if (!kind || kind === 'none' || kind === 'hidden') return 0;
  return width ?? 2.25;
}

/** The value for one side of a one-to-four-value property ("1pt 0" = top and bottom 1pt, left and right 0). */
export function ofSide(value: string, side: Side): string {
  const v = value.trim().split(/\s+/);
  const at = { top: 0, right: 1, bottom: 2, left: 3 }[side];
  const pick = [[0, 0, 0, 0], [0, 1, 0, 1], [0, 1, 2, 1], [0, 1, 2, 3]][Math.min(v.length, 4) - 1][at];
  return v[pick];
}
