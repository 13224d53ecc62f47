import { describe, expect, it } from 'vitest';
import negative from './negative-amount.js';
import { runRule } from '../testing.js';
import { threePublicCars } from './fixtures.js';

const text = threePublicCars;

describe('negative-amount', () => {
  it('passes on non-negative amounts', () => expect(runRule(negative, text('2.00'))).toEqual([]));
  it('warns on a negative amount', () => expect(runRule(negative, text('-2.00')).length).toBeGreaterThan(0));
});
