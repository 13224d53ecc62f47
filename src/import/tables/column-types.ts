import type { Column } from '../../model/document.js';
import { squash } from '../../model/columns.js';
import { isEmptyAmount } from '../../money/index.js';

/** Values that are amounts as printed: 1,234.56, -3, (2.00), 3612,256 (irregular grouping), 0, blank marks. */
export const AMOUNT_TEXT = /^[-－+]?\(?[\d,，]*\d(\.\d+)?\)?$/;
const CODE_TEXT = /^\[?\d{3}(\d{2}){0,2}\]?$/;
const PERCENT_TEXT = /^[-－+]?\d+(\.\d+)?\s*[%％]$/;

const kindOf = (v: string): 'amount' | 'code' | 'percent' | 'blank' | 'text' => {
  const s = squash(v);
  if (s === '' || isEmptyAmount(s)) return 'blank';
  if (PERCENT_TEXT.test(s)) return 'percent';
  if (CODE_TEXT.test(s) && !s.includes(',') && !s.includes('.')) return 'code';
  if (AMOUNT_TEXT.test(s)) return 'amount';
  return 'text';
};

/**
 * Refine the types the header gave the columns by what the data rows hold: an "amount" column of words is
 * text (备注, 采购方式 printed under a money-like header), a column of percentages is a percent column, a
 * column numbering the rows 1, 2, 3 … is an index (序号), an unlabelled column of codes is a code column.
 */
export function refineTypes(columns: Column[], data: string[][]): void {
  columns.forEach((col, i) => {
    // Only amount columns are refined.
    if (col.type !== 'amount') return;
    const vals: string[] = [];
    const kinds: ReturnType<typeof kindOf>[] = [];
    for (const r of data) {
      const v = r[i] ?? '';
      const k = kindOf(v);
      if (k === 'blank') continue;
      vals.push(v);
      kinds.push(k);
    }
    if (!vals.length) return;
    const share = (k: string) => kinds.filter((x) => x === k).length / kinds.length;
    if (share('text') >= 0.5) {
      col.type = 'text';
      delete col.role;
      return;
    }
    if (share('percent') >= 0.8) {
      col.type = 'percent';
      delete col.role;
      return;
    }
    if (isRunningNumber(vals) && (col.path.length === 0 || /序号|编号/.test(col.label))) {
      col.type = 'index';
      delete col.role;
      return;
    }
    if (col.path.length === 0 && share('code') >= 0.8) {
      col.type = 'code';
      delete col.role;
    }
  });
}

/** 1, 2, 3 … (a running number, possibly with gaps where group rows stand). */
function isRunningNumber(vals: string[]): boolean {
  if (vals.length < 2) return false;
  let prev = -Infinity;
  for (const v of vals) {
    const s = squash(v);
    if (!/^\d{1,4}$/.test(s) || !(Number(s) > prev)) return false;
    prev = Number(s);
  }
  return true;
}
