import { describe, expect, it } from 'vitest';
import { adminLevelOf } from './admin-level.js';

describe('adminLevelOf', () => {
  it.each([
    ['泽州县总工会', 'county'],
    ['上海市普陀区财政局', 'county'],
    ['上海市财政局', 'province'],
    ['北京市教育委员会', 'province'],
    ['广西壮族自治区财政厅', 'province'],
    ['新疆维吾尔自治区阿克苏地区财政局', 'city'],
    ['普陀区万里街道办事处', 'township'],
    ['晋城市总工会', 'city'],
    ['山西省总工会', 'province'],
  ])('%s → %s', (name, level) => expect(adminLevelOf(name)).toBe(level));
});
