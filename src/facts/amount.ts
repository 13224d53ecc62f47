import { z } from 'zod';
import { decimalToFen, formatIn, money, type Money } from '../money/index.js';

/** An amount in 元 written as text: digits, optional thousands commas, at most two decimals. */
export const AMOUNT_RE = /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

/** Largest amount accepted, in 元: a budget line over 10^15 元 (一千万亿元) is a typing or unit error, not a budget. */
export const MAX_YUAN = 10n ** 15n;

/** Is a well-formed amount text within MAX_YUAN? */
export function withinLimit(s: string): boolean {
  const int = s.trim().replace(/,/g, '').split('.')[0];
  const frac = s.trim().split('.')[1] ?? '';
  return BigInt(int || '0') < MAX_YUAN || (BigInt(int) === MAX_YUAN && /^0*$/.test(frac));
}

/** Why a value is not an acceptable amount, in Chinese. */
export function amountProblem(input: unknown): string {
  if (input === undefined || input === null) return '缺少金额';
  if (typeof input === 'string' && AMOUNT_RE.test(input.trim()) && !withinLimit(input)) return `金额“${input}”超过 10^15 元（一千万亿元）的上限，不是预算金额；请检查单位和位数`;
  if (typeof input === 'number') return `金额请写成带引号的文本（如 "${Number.isFinite(input) ? input.toFixed(2) : '0.00'}"），不要写成小数，以免产生浮点误差`;
  if (typeof input !== 'string') return `应为金额（以元为单位的文本，如 "6502400.00"），实际是${typeof input === 'boolean' ? '是/否值' : '其他类型'}`;
  const s = input.trim();
  if (/^[-−－]/.test(s)) return `金额不能为负数：“${input}”`;
  if (/^\d[\d,]*\.\d{3,}$/.test(s)) return `金额最多两位小数（精确到分）：“${input}”`;
  if (/(万元|亿元|元)$/.test(s)) return `金额一律以元为单位，只写数字，不带单位：“${input}”`;
  return `“${input}”不是金额；应写成以元为单位、最多两位小数的数字文本，如 "6502400.00"`;
}

/** Parse an amount string in 元 to exact Money (分). Throws on bad input; use after validation. */
export function yuan(s: string): Money {
  const m = AMOUNT_RE.exec(s.trim());
  if (!m) throw new Error(amountProblem(s));
  const [intPart, frac = ''] = s.trim().replace(/,/g, '').split('.');
  const fen = decimalToFen(intPart, frac, '元');
  if (fen === null) throw new Error(amountProblem(s));
  return money(fen, '元', 2);
}

/** Already-validated facts hold Money; validating them again must give the same facts. */
function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && typeof (v as Money).fen === 'bigint' && typeof (v as Money).unit === 'string';
}

/**
 * Schema of one amount. Input: a string in 元 ("6502400.00", "1,750,000") or a safe non-negative integer;
 * output: exact Money in 分. Floats are refused (the YAML loader keeps decimal scalars as their text). Money is
 * accepted too, so validated facts (or copies of them) validate again to the same values.
 */
export const Amount = z
  .preprocess(
    (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? String(v) : isMoney(v) ? formatIn(v, '元', 2) : v),
    z
      .string({ error: (iss) => amountProblem(iss.input) })
      .regex(AMOUNT_RE, { error: (iss) => amountProblem(iss.input) })
      .refine(withinLimit, { error: (iss) => amountProblem(iss.input), abort: true }),
  )
  .transform((s) => yuan(s))
  .meta({ title: '金额（元）', description: '以元为单位的金额文本，最多两位小数，如 "6502400.00"；不能为负数', examples: ['6502400.00'] });

/** Amounts by funding source. Keys are the document model's column keys. */
export const SOURCES = ['gpb', 'gov_fund', 'soe', 'special_account', 'unit_funds'] as const;
export type SourceKey = (typeof SOURCES)[number];
export const FISCAL_SOURCES = ['gpb', 'gov_fund', 'soe'] as const;
export type FiscalKey = (typeof FISCAL_SOURCES)[number];

export const SOURCE_NAMES: Record<SourceKey, string> = {
  gpb: '一般公共预算',
  gov_fund: '政府性基金预算',
  soe: '国有资本经营预算',
  special_account: '财政专户管理资金',
  unit_funds: '单位资金',
};

export const SourceAmounts = z
  .strictObject({
    gpb: Amount.optional().meta({ description: '一般公共预算' }),
    gov_fund: Amount.optional().meta({ description: '政府性基金预算' }),
    soe: Amount.optional().meta({ description: '国有资本经营预算' }),
    special_account: Amount.optional().meta({ description: '财政专户管理资金' }),
    unit_funds: Amount.optional().meta({ description: '单位资金' }),
  })
  .meta({ title: '按资金来源的金额' });

export const FiscalAmounts = z
  .strictObject({
    gpb: Amount.optional().meta({ description: '一般公共预算' }),
    gov_fund: Amount.optional().meta({ description: '政府性基金预算' }),
    soe: Amount.optional().meta({ description: '国有资本经营预算' }),
  })
  .meta({ title: '按财政拨款来源的金额' });

export type SourceAmountsT = z.output<typeof SourceAmounts>;
export type FiscalAmountsT = z.output<typeof FiscalAmounts>;

/** Sum of an amounts-by-source object in 分. */
export function fenOf(a: Partial<Record<string, Money | undefined>> | undefined, keys: readonly string[] = SOURCES): bigint {
  if (!a) return 0n;
  let t = 0n;
  for (const k of keys) t += a[k]?.fen ?? 0n;
  return t;
}
