import { describe, expect, it } from 'vitest';
import { formatIn, parseAmount, percentConsistent, parsePercent, ratioPercent, roundTo, show, sumTolerance, formatPercent } from './index.js';

const fen = (raw: string, unit: '元' | '万元' = '万元') => {
  const p = parseAmount(raw, unit);
  return p.kind === 'amount' ? p.money.fen : p.kind;
};

describe('parseAmount', () => {
  it('reads every printed form seen in real documents', () => {
    expect(fen('650.24')).toBe(6_502_400_00n);
    expect(fen('1,750,000', '元')).toBe(175_000_000n);
    expect(fen('366,992元', '万元')).toBe(36_699_200n);
    expect(fen('14.63万元', '元')).toBe(14_630_000n);
    expect(fen('0')).toBe(0n);
    expect(fen('0.00')).toBe(0n);
    expect(fen('１２３．５')).toBe(123_500_000n);
    expect(fen('(1.00)')).toBe(-1_000_000n);
    expect(fen('-3.5')).toBe(-3_500_000n);
    expect(fen('1.5亿元', '元')).toBe(15_000_000_000n);
  });
  it('treats dashes and blanks as empty, not zero', () => {
    for (const s of ['', ' ', '-', '—', '－', '——']) expect(fen(s)).toBe('empty');
  });
  it('rejects words and sub-fen precision', () => {
    expect(fen('合计')).toBe('invalid');
    expect(fen('1.234', '元')).toBe('invalid');
    expect(fen('12,34')).toBe('invalid');
  });
  it('keeps the printed decimals', () => {
    const p = parseAmount('320', '万元');
    expect(p.kind === 'amount' && p.money.decimals).toBe(0);
  });
});

describe('units and rounding', () => {
  it('converts 元 to 万元 with half-up rounding', () => {
    const p = parseAmount('366,992', '元');
    if (p.kind !== 'amount') throw new Error();
    expect(formatIn(p.money, '万元', 2)).toBe('36.70');
    expect(show(roundTo(p.money, '万元', 2))).toBe('36.70万元');
  });
  it('gives n half-units of tolerance for n addends', () => {
    const m = { unit: '万元' as const, decimals: 2 };
    expect(sumTolerance([m, m, m])).toBe(15_000n); // 3 × 0.005万元 = 150元 = 15000分
  });
});

describe('percent', () => {
  it('parses and formats', () => {
    expect(formatPercent(parsePercent('24.34%')!)).toBe('24.34%');
    expect(formatPercent(ratioPercent(12_727n, 52_297n)!)).toBe('24.34%');
    expect(ratioPercent(1n, 0n)).toBeNull();
  });
  it('accepts a share within rounding and rejects a wrong base', () => {
    // 1.05 / (14.63 + 1.05) = 6.70%, the printed 7.18% used the wrong base
    expect(percentConsistent(parsePercent('6.70%')!, 105n, 1568n)).toBe(true);
    expect(percentConsistent(parsePercent('7.18%')!, 105n, 1568n)).toBe(false);
    expect(percentConsistent(parsePercent('50.79%')!, 33024n, 65024n)).toBe(true);
    expect(percentConsistent(parsePercent('50.80%')!, 33024n, 65024n)).toBe(false);
  });
  it('widens by the tolerance of rounded operands', () => {
    // 0.01/0.03 could be anything from 0.005/0.035 to 0.015/0.025
    expect(percentConsistent(parsePercent('50%')!, 1n, 3n, 1n, 1n)).toBe(true);
    expect(percentConsistent(parsePercent('50%')!, 1n, 3n)).toBe(false);
  });
});
