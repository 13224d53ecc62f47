import { describe, expect, it } from 'vitest';
import { tableKindOfTitle } from './table-kinds.js';

describe('the kind of a table from its title', () => {
  it('tells the basic-expenditure table by function from the one by economic classification (Xi’an 表7 / 表8)', () => {
    expect(tableKindOfTitle('表7 部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）')).toBe('gpb-basic-functional');
    expect(tableKindOfTitle('2022年部门综合预算一般公共预算基本支出明细表（按功能科目分）')).toBe('gpb-basic-functional');
    expect(tableKindOfTitle('表8 部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）')).toBe('gpb-basic-economic');
    expect(tableKindOfTitle('一般公共预算基本支出表')).toBe('gpb-basic-economic');
    expect(tableKindOfTitle('2026年一般公共预算基本支出经济分类预算表')).toBe('gpb-basic-economic');
  });
});
