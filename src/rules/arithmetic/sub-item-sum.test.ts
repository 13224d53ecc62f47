import { describe, expect, it } from 'vitest';
import rule from './sub-item-sum.js';
import { runRule } from '../testing.js';
import { threePublicCars } from './fixtures.js';

const text = threePublicCars;

describe('sub-item-sum', () => {
  it('passes when ①+② equals the row above', () => expect(runRule(rule, text('2.00'))).toEqual([]));
  it('fails otherwise', () => expect(runRule(rule, text('2.40'))).toHaveLength(2));
});
