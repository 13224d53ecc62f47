import { normalizeKangxi } from '../../model/names.js';

export type Box = [number, number, number, number];

/** A run of text on a page: points, origin top-left; `base` is the baseline, `size` the font size. */
export interface Item {
  str: string;
  x: number;
  base: number;
  w: number;
  size: number;
  /** Not horizontal (a diagonal watermark): never part of a table. */
  rotated?: boolean;
}

export const top = (it: Item) => it.base - 0.86 * it.size;
export const midY = (it: Item) => it.base - 0.36 * it.size;
export const midX = (it: Item) => it.x + it.w / 2;

/** CJK Radicals Supplement forms that NFKC leaves alone but some PDF fonts map ordinary characters to. */
const RADICALS: Record<string, string> = {
  '⺟': '母', '⺠': '民', '⺩': '王', '⺮': '竹', '⻁': '虎', '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角', '⻉': '贝',
  '⻋': '车', '⻓': '长', '⻔': '门', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马',
  '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻯': '龙', '⻳': '龟',
};

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff01-\\uff0f\\uff1a-\\uff20\\u3000-\\u303f“”‘’';
const CJK_GAP = new RegExp(`(?<=[${CJK}])[ \\u00a0\\u3000]+(?=[${CJK}])`, 'g');
const CJK_DIGIT_GAP = new RegExp(`(?<=[${CJK}])[ \\u00a0]+(?=[0-9])|(?<=[0-9%])[ \\u00a0]+(?=[${CJK}])`, 'g');

/** Characters that one of the replacements of normalizeText acts on (radicals, compatibility forms, spaces). */
const NEEDS_NORMALIZING = /[\u2e80-\u2fdf\uf900-\ufaff \u00a0\u3000]/;

/** Ordinary characters for radicals; no spaces that PDF layout put between CJK characters (or CJK and digits). */
export function normalizeText(s: string): string {
  // Most runs (figures, plain CJK) hold nothing to change: skip the five passes below.
  if (!NEEDS_NORMALIZING.test(s)) return s;
  return normalizeKangxi(s.replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c).replace(/[\uf900-\ufaff]/g, (c) => c.normalize('NFKC')))
    .replace(CJK_GAP, '')
    .replace(CJK_DIGIT_GAP, '');
}

/** Join items of one visual line, left to right, into text; a space only between Latin words. */
export function joinItems(items: Item[]): string {
  let s = '';
  let prev: Item | undefined;
  for (const it of items.length > 1 ? [...items].sort((a, b) => a.x - b.x) : items) {
    if (prev) {
      const gap = it.x - (prev.x + prev.w);
      if (gap > 0.25 * Math.min(prev.size, it.size) && /[A-Za-z0-9.,%)]$/.test(prev.str) && /^[A-Za-z0-9(]/.test(it.str)) s += ' ';
    }
    s += it.str;
    prev = it;
  }
  return normalizeText(s);
}

/** The first index in 0..length whose value (non-decreasing in the index) is at least `target`. */
export function lowerBound(length: number, valueAt: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Group items into visual lines by baseline (tolerance: a third of the font size), top to bottom. */
export function groupLines(items: Item[]): Item[][] {
  // One item (a table cell of one run): one line.
  if (items.length === 1) return [[items[0]]];
  const sorted = [...items].sort((a, b) => a.base - b.base || a.x - b.x);
  // Lines are opened in baseline order, so the candidates for an item are the last few: found by bisection.
  const lines: { base: number; size: number; items: Item[] }[] = [];
  const baseAt = (k: number) => lines[k].base;
  for (const it of sorted) {
    const lo = lowerBound(lines.length, baseAt, it.base - Math.max(1, 0.35 * it.size));
    let line: (typeof lines)[number] | undefined;
    for (let k = lo; k < lines.length && !line; k++) if (Math.abs(lines[k].base - it.base) <= Math.max(1, 0.35 * Math.min(lines[k].size, it.size))) line = lines[k];
    if (line) line.items.push(it);
    else lines.push({ base: it.base, size: it.size, items: [it] });
  }
  return lines.map((l) => l.items.sort((a, b) => a.x - b.x));
}

/** The largest `f` over `xs` (-Infinity when empty), without spreading: a line can hold 100,000 items. */
export function maxOf<T>(xs: readonly T[], f: (x: T) => number): number {
  let m = -Infinity;
  for (const x of xs) {
    const v = f(x);
    if (v > m) m = v;
  }
  return m;
}

/** The smallest `f` over `xs` (Infinity when empty). */
export const minOf = <T>(xs: readonly T[], f: (x: T) => number): number => -maxOf(xs, (x) => -f(x));

/** Bounding box of items. */
export function boxOf(items: Item[]): Box {
  const x1 = minOf(items, (i) => i.x);
  const x2 = maxOf(items, (i) => i.x + i.w);
  const y1 = minOf(items, top);
  const y2 = maxOf(items, (i) => i.base + 0.14 * i.size);
  return [round(x1), round(y1), round(x2 - x1), round(y2 - y1)];
}

export const round = (n: number) => Math.round(n * 100) / 100;
