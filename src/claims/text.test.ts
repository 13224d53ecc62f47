import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';

describe('normalise: commas', () => {
  it('keeps a comma between a digit and exactly three digits as a thousands separator, ends a clause elsewhere', () => {
    expect(normalise('支出1,234,567.89元，增长12，3项').text).toBe('支出1,234,567.89元，增长12，3项');
    expect(normalise('合计3612,256万元，1，2345，7,89').text).toBe('合计3612,256万元，1，2345，7，89');
    expect(normalise('共 1，000 元,其中').text).toBe('共1,000元，其中');
  });
});
