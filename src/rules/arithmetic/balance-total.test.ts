import { describe, expect, it } from 'vitest';
import balanceTotal from './balance-total.js';
import { runRule } from '../testing.js';
import { fiscalSummary } from './fixtures.js';

const text = fiscalSummary;

describe('balance-total', () => {
  it('passes when 总计 = 合计 + 结转 and 结转 = Σ sources', () => expect(runRule(balanceTotal, text('12.00', '2.00'))).toEqual([]));
  it('fails when 总计 misses the carryover', () => expect(runRule(balanceTotal, text('10.00', '2.00'))[0].expected).toBe('12.00万元'));
  it('fails when the carryover sources do not add up', () => expect(runRule(balanceTotal, text('12.00', '1.00'))).toHaveLength(1));
});
