import { describe, expect, it } from 'vitest';
import rule from './narrative-amount.js';
import { checkDocument } from '../engine/run.js';
import { REAL, realDoc } from '../../import/pdf/testing.js';
import { Coverage } from '../engine/coverage.js';

// A 决算's 基本支出表 prints 人员经费 and 公用经费 as subtotal rows ("人员经费合计 4884.09  公用经费合计 480.66"), not
// as columns: the narrative's 人员经费 and 公用经费 are checked against them (real 部门决算, pages 16 and 24 / 15 and 21).
const findings = async (name: string) => checkDocument(await realDoc(name), { rules: [rule] }).filter((f) => /“(?:人员经费|公用经费)”/.test(f.message));

describe('narrative-amount: 人员经费 and 公用经费 of a 决算 against the subtotal rows', () => {
  it('passes when they are the subtotals (上海市普陀区财政局 2024: 人员经费2152.26万元, 公用经费184.65万元)', async () => {
    expect(await findings(REAL.finance)).toEqual([]);
    const doc = await realDoc(REAL.finance);
    const coverage = new Coverage();
    checkDocument(doc, { rules: [rule], coverage });
    const checked = doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims)).filter((c) => c.type === 'amount' && /^(人员经费|公用经费)$/.test(c.subject) && coverage.claims.has(c));
    expect(checked.map((c) => c.type === 'amount' && c.value.fen)).toEqual([2152260000n, 184650000n]);
  });
  it('fails when the narrative states another figure (规划和自然资源局 2024: 人员经费4896.98万元, table 4884.09)', async () => {
    const f = await findings(REAL.planning);
    expect(f.map((x) => [x.actual, x.expected])).toEqual([['4896.98万元', '4884.09万元']]);
  });
});
