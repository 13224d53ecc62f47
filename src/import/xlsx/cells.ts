import type { Cell, CellValue } from 'exceljs';

/** A cell's content: display text, and for numbers the value and number format to print it exactly. */
export interface CellContent {
  text: string;
  num?: number;
  numFmt?: string;
}

/** Read a cell's content; formulas give their cached result, rich text its joined runs. */
export function cellContent(cell: Cell): CellContent {
  return contentOf(cell.value, cell.numFmt);
}

function contentOf(v: CellValue | undefined, numFmt: string | undefined): CellContent {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'number') return { text: formatNumber(v, numFmt, 10), num: v, numFmt };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { text: formatDate(v, numFmt) };
  if ('richText' in v) return { text: v.richText.map((r) => r.text).join('') };
  if ('error' in v) return { text: String(v.error) };
  if ('result' in v) return contentOf(v.result as CellValue, numFmt);
  if ('formula' in v || 'sharedFormula' in v) return { text: '' };
  if ('text' in v) return contentOf(v.text as CellValue, numFmt);
  return { text: '' };
}

function formatDate(d: Date, numFmt?: string): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  if (numFmt && /年/.test(numFmt) && !/d/i.test(numFmt)) return `${y}年${m}月`;
  return `${y}年${m}月${day}日`;
}

/** The first section of a number format with quoted text, escapes and [..] codes removed. */
function formatCore(numFmt: string): string {
  return (numFmt.split(';')[0] ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
}

/**
 * Print a number as the exact decimal the user typed, without binary float artefacts (0.1 + 0.2 prints
 * "0.3"): 15 significant digits, at most `maxDecimals` decimals (rounded half up as decimals, never as
 * floats), at least the decimals the number format shows. Percent formats print as "12.50%"; formats like
 * "00" keep leading zeros (code columns). No thousands separators.
 */
export function formatNumber(n: number, numFmt: string | undefined, maxDecimals: number): string {
  if (!Number.isFinite(n)) return String(n);
  const core = formatCore(numFmt ?? '');
  const shown = /\.([0#?]+)/.exec(core)?.[1] ?? '';
  const minDecimals = Math.min(maxDecimals, (shown.match(/0/g) ?? []).length);
  let s = plainDecimal(n);
  if (core.includes('%')) {
    s = shiftDecimal(s, 2);
    return `${roundDecimal(s, minDecimals)}%`;
  }
  const decimals = (s.split('.')[1] ?? '').length;
  s = roundDecimal(s, Math.max(minDecimals, Math.min(decimals, maxDecimals)));
  const pad = /^0+$/.exec(core)?.[0].length;
  if (pad && /^\d+$/.test(s) && s.length < pad) s = s.padStart(pad, '0');
  return s;
}

/** n as a plain decimal string with 15 significant digits and no trailing zeros. */
export function plainDecimal(n: number): string {
  const [mant, expPart] = n.toPrecision(15).split('e');
  let s = mant;
  if (expPart !== undefined) s = shiftDecimal(mant, Number(expPart));
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

/** Multiply a decimal string by 10^k by moving its point. */
function shiftDecimal(s: string, k: number): string {
  const neg = s.startsWith('-');
  const [int, frac = ''] = (neg ? s.slice(1) : s).split('.');
  let digits = int + frac;
  let point = int.length + k;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const i = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const f = digits.slice(point).replace(/0+$/, '');
  return `${neg ? '-' : ''}${i}${f ? `.${f}` : ''}`;
}

/** Round a decimal string half away from zero to exactly `d` decimals. */
export function roundDecimal(s: string, d: number): string {
  const neg = s.startsWith('-');
  const [int, frac = ''] = (neg ? s.slice(1) : s).split('.');
  let scaled = BigInt(int + frac.padEnd(d, '0').slice(0, d));
  if ((frac[d] ?? '0') >= '5') scaled += 1n;
  let out = scaled.toString().padStart(d + 1, '0');
  if (d > 0) out = `${out.slice(0, -d)}.${out.slice(-d)}`;
  return neg && scaled !== 0n ? `-${out}` : out;
}
