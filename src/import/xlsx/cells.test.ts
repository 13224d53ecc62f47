import { describe, expect, it } from 'vitest';
import { formatNumber, roundDecimal } from './cells.js';

describe('numbers printed from cell values', () => {
  it('drops float artefacts and keeps every cent', () => {
    expect(formatNumber(0.1 + 0.2, '0.00', 2)).toBe('0.30');
    expect(formatNumber(0.06 + 650.18, '#,##0.00', 2)).toBe('650.24');
    expect(formatNumber(1.005, '#,##0.00_ ', 10)).toBe('1.005'); // toFixed(2) would print 1.00
    expect(formatNumber(123456789012.34, 'General', 2)).toBe('123456789012.34');
    expect(formatNumber(1234.56, '#,##0_ ', 2)).toBe('1234.56'); // a format without decimals must not hide cents
    expect(formatNumber(320, '#,##0.00', 2)).toBe('320.00');
    expect(formatNumber(-14.6, '0.00;[Red]-0.00', 2)).toBe('-14.60');
  });
  it('rounds below the unit as decimals, half up', () => {
    expect(formatNumber(1.23456789, undefined, 6)).toBe('1.234568');
    expect(formatNumber(2.675, undefined, 2)).toBe('2.68'); // 2.675 is 2.67499… as a float
    expect(roundDecimal('-0.004', 2)).toBe('0.00');
    expect(roundDecimal('99.995', 2)).toBe('100.00');
  });
  it('prints percentages, codes with leading zeros and large or tiny numbers plainly', () => {
    expect(formatNumber(0.12345, '0.00%', 2)).toBe('12.35%');
    expect(formatNumber(0.5, '0%', 2)).toBe('50%');
    expect(formatNumber(2, '00', 2)).toBe('02');
    expect(formatNumber(1e21, undefined, 2)).toBe('1000000000000000000000');
    expect(formatNumber(1e-7, undefined, 10)).toBe('0.0000001');
  });
});
