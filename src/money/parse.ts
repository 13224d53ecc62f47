import { money, type Money } from './money.js';
import { FEN_PER_UNIT, isMoneyUnit, type MoneyUnit } from './units.js';

/** Full-width digits, signs and separators to ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Printable ASCII without spaces: nothing for toHalfWidth or the space removal to change (most amounts). */
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

/** The text as parseAmount reads it: half-width, without spaces. */
const compact = (raw: string) => (PLAIN_ASCII.test(raw) ? raw : toHalfWidth(raw).replace(/\s+/g, ''));

/** Is the text a blank cell or a blank mark ("-", "—", "/")? What parseAmount calls empty, without parsing. */
export const isEmptyAmount = (raw: string) => EMPTY_MARKS.has(compact(raw));

const EMPTY_MARKS = new Set(['', '-', '—', '－', '——', '/', '—-', '–']);

export type ParsedAmount =
  | { kind: 'empty' }
  | { kind: 'amount'; money: Money }
  | { kind: 'invalid'; reason: string };

/** 10^15 元 in 分: no budget line is larger; beyond it a "number" is an ID, a phone number or a typing error. */
export const MAX_FEN = 10n ** 17n;

const NUMBER_RE = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Parse a printed amount: "650.24", "1,750,000", "366,992元", "14.63万元", "0", "0.00", "-", "—", blank,
 * full-width digits, "(1.00)" for negatives. `defaultUnit` is the table's unit when the text carries none.
 */
export function parseAmount(raw: string, defaultUnit: MoneyUnit = '元'): ParsedAmount {
  let s = compact(raw);
  if (EMPTY_MARKS.has(s)) return { kind: 'empty' };
  let unit = defaultUnit;
  const unitMatch = /(亿元|万元|元)$/.exec(s);
  if (unitMatch && isMoneyUnit(unitMatch[1])) {
    unit = unitMatch[1];
    s = s.slice(0, -unitMatch[1].length);
  }
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  const m = NUMBER_RE.exec(s);
  if (!m) return { kind: 'invalid', reason: `“${raw}”不是金额` };
  if (m[1] === '-') negative = !negative;
  const intDigits = m[2].replace(/,/g, '');
  const fracDigits = m[3] ?? '';
  const fen = decimalToFen(intDigits, fracDigits, unit);
  if (fen === null) return { kind: 'invalid', reason: `“${raw}”的小数位超过了${unit}可表示的精度` };
  if (fen > MAX_FEN) return { kind: 'invalid', reason: `“${raw}”超过 10^15 元（一千万亿元），不是预算金额` };
  return { kind: 'amount', money: money(negative ? -fen : fen, unit, fracDigits.length) };
}

/** Convert an exact decimal (integer digits + fraction digits) in `unit` to 分; null if finer than 1 分. */
export function decimalToFen(intDigits: string, fracDigits: string, unit: MoneyUnit): bigint | null {
  const per = FEN_PER_UNIT[unit];
  const scale = 10n ** BigInt(fracDigits.length);
  const numerator = BigInt(intDigits + fracDigits || '0') * per;
  if (numerator % scale !== 0n) return null;
  return numerator / scale;
}

/** Parse and return the Money, or null for empty; throws on invalid text. */
export function amountOrNull(raw: string, unit: MoneyUnit = '元'): Money | null {
  const p = parseAmount(raw, unit);
  if (p.kind === 'amount') return p.money;
  if (p.kind === 'empty') return null;
  throw new Error(p.reason);
}
