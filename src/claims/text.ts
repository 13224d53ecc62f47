/**
 * A paragraph as the claim grammar reads it: full-width forms made half-width (digits, %, parentheses),
 * clause punctuation made Chinese (，；：), every space dropped, and for each character the offset it came
 * from in the printed paragraph, so that claims point at the printed figures.
 */
export interface Normalised {
  text: string;
  /** at[i]: offset in the printed text of normalised character i; at[text.length]: the printed length. */
  at: number[];
}

const WIDE: Record<string, string> = { '（': '(', '）': ')', '％': '%', '．': '.', '：': '：', ':': '：', ';': '；', '！': '。', '？': '。', '﹪': '%' };
/** WIDE by code point: looking a fresh one-character string up as a property key is slow. */
const WIDE_BY_CODE = new Map(Object.entries(WIDE).map(([k, v]) => [k.charCodeAt(0), v]));

/** What /\s/ matches, by code (a regex per character of every paragraph was most of this function's time). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function normalise(raw: string): Normalised {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isSpace(code)) continue;
    let c: string;
    if (code >= 0xff10 && code <= 0xff19) c = String.fromCharCode(code - 0xfee0);
    else if (code >= 0xff21 && code <= 0xff5a) c = String.fromCharCode(code - 0xfee0);
    else c = WIDE_BY_CODE.get(code) ?? raw[i];
    text += c;
    at.push(i);
  }
  at.push(raw.length);
  // A comma is a thousands separator only between a digit and exactly three digits; elsewhere it ends a clause.
  // (Looked at in place: slicing the rest of a long paragraph at every comma made this quadratic.)
  const digit = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 48 && c <= 57;
  };
  text = text.replace(/[,，]/g, (m, i: number) => (digit(i - 1) && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4) ? ',' : '，'));
  return { text, at };
}

/** Printed span of normalised characters [start, end). */
export function printedSpan(n: Normalised, start: number, end: number): [number, number] {
  return [n.at[start], end > start ? n.at[end - 1] + 1 : n.at[start]];
}

export interface Piece {
  text: string;
  /** Offset of the piece in the normalised text. */
  start: number;
}

/**
 * Sentences end at 。 outside parentheses (a parenthesis may hold a whole sentence of its own, which stays
 * part of the sentence around it).
 */
export function sentences(text: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '。' && depth === 0) {
      out.push({ text: text.slice(start, i + 1), start });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out.filter((s) => /\S/.test(s.text.replace(/。/g, '')));
}
