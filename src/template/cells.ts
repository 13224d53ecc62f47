import type { CellValue } from 'exceljs';
import { exactCellValue, formatIn, type Money } from '../money/index.js';
import { toHalfWidth } from '../money/parse.js';
import type { Field } from './spec.js';

/** Converting between workbook cells and facts values, with Chinese messages for what cannot be read. */

export type Plain = string | number | boolean | Date | undefined;
export type Converted = { value?: unknown; error?: string };

/** A cell's plain value: formula results, rich text and hyperlinks unwrapped; blank text is undefined. */
export function plainValue(v: CellValue): Plain | { error: string } {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('error' in v) return { error: `单元格是错误值 ${v.error}` };
  if ('richText' in v) return plainValue(v.richText.map((r) => r.text).join(''));
  if ('hyperlink' in v) return plainValue(v.text as CellValue);
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: CellValue }).result;
    if (result === undefined) return { error: '公式没有计算结果，请在 Excel 中重新计算并保存后再导入' };
    return plainValue(result);
  }
  return String(v);
}

/** Display text of a plain value, for messages. */
export function shown(v: Plain): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v ?? '');
}

/** The field's label without its unit ("金额（元）" → "金额"). */
export const baseLabel = (f: Field) => f.label.replace(/（[^）]*）$/, '');

const DECIMAL = /^\d+(\.\d{1,2})?$/;

function decimalText(v: Plain, f: Field): Converted {
  const name = baseLabel(f);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { error: `${name}“${v}”不是数字` };
    if (v < 0) return { error: `${name}不能为负数：“${v}”` };
    const fixed = v.toFixed(2);
    if (Math.abs(Number(fixed) - v) > Math.abs(v) * 1e-12) return { error: `${name}最多两位小数（精确到分）：“${v}”` };
    return { value: f.kind === 'area' ? String(Number(fixed)) : fixed };
  }
  const s = toHalfWidth(shown(v)).replace(/[\s,，¥￥]/g, '');
  if (DECIMAL.test(s)) return { value: s };
  if (/^[-−－]\d/.test(s)) return { error: `${name}不能为负数：“${shown(v)}”` };
  if (/^\d+\.\d{3,}$/.test(s)) return { error: `${name}最多两位小数（精确到分）：“${shown(v)}”` };
  if (/^\d+(\.\d+)?(万元|元|万|亿元)$/.test(s)) return { error: `${name}只填数字（以元为单位），不带单位：“${shown(v)}”` };
  return { error: `${name}“${shown(v)}”不是数字` };
}

function dateText(v: Plain, f: Field): Converted {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  if (typeof v === 'number' && v > 60 && v < 2958466) return { value: new Date(Math.round((v - 25569) * 86400000)).toISOString().slice(0, 10) };
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(toHalfWidth(shown(v)).trim());
  if (m) return { value: `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` };
  return { error: `${baseLabel(f)}“${shown(v)}”不是日期；应写成 YYYY-MM-DD，如 2025-12-31` };
}

/** Convert a plain cell value to the facts value of a field; undefined stays undefined. */
export function convert(v: Plain, f: Field): Converted {
  if (v === undefined) return {};
  const name = baseLabel(f);
  switch (f.kind) {
    case 'amount':
    case 'area':
      return decimalText(v, f);
    case 'int': {
      const n = typeof v === 'number' ? v : /^\d+$/.test(toHalfWidth(shown(v)).trim()) ? Number(toHalfWidth(shown(v)).trim()) : NaN;
      return Number.isSafeInteger(n) && n >= 0 ? { value: n } : { error: `${name}“${shown(v)}”不是非负整数` };
    }
    case 'bool': {
      if (typeof v === 'boolean') return { value: v };
      const s = shown(v).trim().toLowerCase();
      if (['是', 'true', 'y', 'yes', '1'].includes(s)) return { value: true };
      if (['否', 'false', 'n', 'no', '0'].includes(s)) return { value: false };
      return { error: `${name}应填“是”或“否”，实际是“${shown(v)}”` };
    }
    case 'enum': {
      const s = shown(v).trim();
      const i = (f.values ?? []).indexOf(s);
      if (i < 0) return { error: `${name}“${s}”不是可选值；应为：${(f.values ?? []).join('、')}` };
      return { value: f.codes ? f.codes[i] : s };
    }
    case 'date':
      return dateText(v, f);
    case 'code':
      return { value: typeof v === 'number' && Number.isInteger(v) ? String(v) : shown(v).trim() };
    default:
      return { value: typeof v === 'string' ? v.trim() : shown(v) };
  }
}

function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && typeof (v as Money).fen === 'bigint';
}

/** The cell value that writes a facts value of a field (amounts as numbers with at most two decimals). */
export function toCell(value: unknown, f: Field): CellValue {
  if (value === undefined || value === null) return null;
  if (isMoney(value)) return exactCellValue(formatIn(value, '元', 2));
  if (f.kind === 'bool') return value ? '是' : '否';
  if (f.kind === 'enum' && f.codes) {
    const i = f.codes.indexOf(String(value));
    return i >= 0 ? (f.values ?? [])[i] : String(value);
  }
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}
