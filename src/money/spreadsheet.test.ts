import { describe, expect, it } from 'vitest';
import { parseAmount } from './parse.js';
import { exactCellValue } from './spreadsheet.js';

describe('amounts in spreadsheet cells', () => {
  it('are numbers when the spreadsheet shows them exactly (at most 15 significant digits)', () => {
    expect(exactCellValue('650.24')).toBe(650.24);
    expect(exactCellValue('-0.01')).toBe(-0.01);
    expect(exactCellValue('1234567890123.45')).toBe(1234567890123.45);
    expect(String(exactCellValue('9999999999999.99'))).toBe('9999999999999.99');
  });
  it('are the printed text, grouped, when a number would be rounded', () => {
    expect(exactCellValue('12345678901234.56')).toBe('12,345,678,901,234.56');
    expect(exactCellValue('-1000000000000000.00')).toBe('-1,000,000,000,000,000.00');
    expect(exactCellValue('1234567890123456')).toBe('1,234,567,890,123,456');
  });
});

describe('amounts beyond 10^15 元', () => {
  it('are not amounts', () => {
    expect(parseAmount('1000000000000000元').kind).toBe('amount');
    expect(parseAmount('1000000000000000.01元')).toEqual({ kind: 'invalid', reason: '“1000000000000000.01元”超过 10^15 元（一千万亿元），不是预算金额' });
    expect(parseAmount('110101199001011234').kind).toBe('invalid');
    expect(parseAmount('100000000000万元').kind).toBe('amount');
    expect(parseAmount('100000000001万元').kind).toBe('invalid');
  });
});
