import { describe, expect, it } from 'vitest';
import { fewOrOneNote, groupRounding, mergeRepeats } from './aggregate.js';
import type { Finding, FindingDraft } from './types.js';

const rounding = (table: string, row: string, rule = 'code-hierarchy-sum'): Finding => ({
  ruleId: rule,
  severity: 'warning',
  category: 'arithmetic',
  title: '上下级科目金额不一致（尾差）',
  message: `${row}不等于下级科目之和（差额在各数四舍五入的误差范围内，属尾差）`,
  locations: [{ label: `${table} › ${row}`, tableId: table, tableTitle: table, row }],
  expected: '10.00',
  actual: '10.01',
  rounding: true,
});

describe('groupRounding', () => {
  it('lists few 尾差 one by one', () => {
    const fs = [rounding('表1', '201'), rounding('表1', '205')];
    expect(groupRounding(fs)).toEqual(fs);
  });
  it('takes three or more 尾差 of one rule in one table together, keeping every place', () => {
    const fs = [rounding('表1', '201'), rounding('表1', '205'), rounding('表1', '210'), rounding('表1', '212', 'table-column-total')];
    const out = groupRounding(fs);
    expect(out).toHaveLength(2);
    expect(out[0].message).toMatch(/^“表1”中有 3 处差额/);
    expect(out[0].locations.map((l) => l.row)).toEqual(['201', '205', '210']);
    expect(out[0].difference).toContain('表1 › 205：应为 10.00，实为 10.01');
    expect(out[1]).toEqual(fs[3]);
  });
  it('takes the 尾差 of one rule over several tables together, naming the tables', () => {
    const fs = [rounding('表1', '201'), rounding('表2', '208'), rounding('表3', '210'), rounding('表1', '212', 'table-column-total')];
    const out = groupRounding(fs);
    expect(out).toHaveLength(2);
    expect(out[0].message).toMatch(/^3张表（“表1”“表2”“表3”）中有 3 处差额/);
    expect(out[0].locations.map((l) => l.tableTitle)).toEqual(['表1', '表2', '表3']);
  });
});

describe('fewOrOneNote', () => {
  const miss = (k: number): FindingDraft => ({ params: { k }, locations: [{ label: `第${k}项` }] });
  const note = (n: number): FindingDraft => ({ params: { n }, locations: [] });
  it('yields each miss while misses are few', () => {
    expect([...fewOrOneNote([miss(1), miss(2), miss(3)], 10, note)]).toHaveLength(3);
  });
  it('yields one note (info) when most items miss', () => {
    const out = [...fewOrOneNote([1, 2, 3, 4, 5, 6].map(miss), 8, note)];
    expect(out).toEqual([{ severity: 'info', params: { n: 6 }, locations: [{ label: '第1项' }] }]);
  });
});

describe('acknowledgedRounding', () => {
  it('turns 尾差 warnings into info where the document says figures may miss by rounding', async () => {
    const { acknowledgedRounding } = await import('./aggregate.js');
    const f = rounding('表1', '201');
    const doc = { unplaced: [{ text: '注：本表金额转换为万元时，因四舍五入可能存在尾差。', reason: '表注（未解析）', source: {} }], sections: [] } as never;
    expect(acknowledgedRounding(doc, [f])[0].severity).toBe('info');
    expect(acknowledgedRounding({ unplaced: [], sections: [] } as never, [f])[0].severity).toBe('warning');
  });
});

describe('mergeRepeats', () => {
  const said = (page: number, excerpt: string, message = '说明中“社会福利事业单位”为738.66万元，报表为696.48万元'): Finding => ({
    ruleId: 'narrative-item-figures',
    severity: 'error',
    category: 'narrative',
    title: '说明中的项目金额与报表不一致',
    message,
    locations: [{ label: '说明', page, excerpt }],
    expected: '696.48万元',
    actual: '738.66万元',
  });
  it('takes one problem printed in two places as one finding with both places', () => {
    const out = mergeRepeats([said(6, '4.“社会福利事业单位（项）”738.66万元'), said(6, '2024年预算安排738.66万元')]);
    expect(out).toHaveLength(1);
    expect(out[0].locations.map((l) => l.excerpt)).toEqual(['4.“社会福利事业单位（项）”738.66万元', '2024年预算安排738.66万元']);
  });
  it('keeps different problems apart and does not change its input', () => {
    const a = said(6, 'x');
    const out = mergeRepeats([a, said(7, 'y', '另一条'), said(6, 'x')]);
    expect(out).toHaveLength(2);
    expect(out[0].locations).toHaveLength(1);
    expect(a.locations).toHaveLength(1);
  });
});

describe('acknowledgedOmissions', () => {
  const short = (difference: string, rule = 'project-table-sum'): Finding => ({ ...rounding('项目支出表', '合计', rule), severity: 'error', rounding: undefined, difference });
  const declared = { unplaced: [], sections: [{ heading: '八、其他特殊事项说明', paragraphs: [{ text: '根据国家保密法律法规和有关保密事项范围的规定，部分涉密事项在预算公开时予以剔除。' }] }] } as never;
  it('turns a total above its listed lines into info where the document says classified items were left out', async () => {
    const { acknowledgedOmissions } = await import('./aggregate.js');
    const [f] = acknowledgedOmissions(declared, [short('+21156.48万元')]);
    expect(f.severity).toBe('info');
    expect(f.message).toContain('涉密事项');
  });
  it('keeps a total below its lines, other rules, and documents that declare nothing, as errors', async () => {
    const { acknowledgedOmissions } = await import('./aggregate.js');
    expect(acknowledgedOmissions(declared, [short('-3.00万元'), short('+3.00万元', 'table-column-total')]).map((f) => f.severity)).toEqual(['error', 'error']);
    expect(acknowledgedOmissions({ unplaced: [], sections: [] } as never, [short('+3.00万元')])[0].severity).toBe('error');
  });
  it('takes the totals above their lines of one rule together in one note, keeping every place', async () => {
    const { acknowledgedOmissions } = await import('./aggregate.js');
    const out = acknowledgedOmissions(declared, [short('+1.00万元'), short('+2.00万元'), short('-3.00万元'), short('+4.00万元')]);
    expect(out.map((f) => f.severity)).toEqual(['info', 'error']);
    expect(out[0].message).toMatch(/^有 3 处合计大于所列各行之和/);
    expect(out[0].locations).toHaveLength(3);
  });
});
