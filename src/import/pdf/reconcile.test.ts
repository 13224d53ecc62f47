import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../rules/engine/run.js';
import { ARITHMETIC_RULES } from '../../rules/arithmetic/index.js';
import { money } from '../../money/index.js';
import { REAL, realDoc, rowOf, tableOf } from './testing.js';

/**
 * Every table whose sums hold in the PDF must reconcile after import: an arithmetic error finding is either a
 * parsing artefact (a bug here) or an error of the published document, which is then pinned below.
 */
const ALLOWED: Record<keyof typeof REAL, { required: string[]; tolerated: string[] }> = {
  welfare: { required: [], tolerated: [] },
  finance: { required: [], tolerated: [] },
  social: { required: [], tolerated: [] },
  planning: { required: [], tolerated: [] },
};

describe('imported PDFs reconcile', () => {
  for (const [key, name] of Object.entries(REAL) as [keyof typeof REAL, string][]) {
    it(`${name}: no arithmetic errors beyond the pinned ones`, async () => {
      const doc = await realDoc(name);
      const errors = checkDocument(doc, { rules: ARITHMETIC_RULES }).filter((f) => f.severity === 'error');
      const ids = errors.map((f) => `${f.ruleId}|${f.locations[0]?.tableTitle ?? ''}`);
      const { required, tolerated } = ALLOWED[key];
      const unexpected = errors.filter((_, i) => !required.includes(ids[i]) && !tolerated.includes(ids[i]));
      expect(unexpected.map((f) => `${f.ruleId}: ${f.message} (${f.expected} ≠ ${f.actual})`)).toEqual([]);
      for (const r of required) expect(ids).toContain(r);
    });
  }

  it('the check is live: one altered amount in an imported table is caught', async () => {
    const doc = structuredClone(await realDoc(REAL.finance));
    // + 10 万元 in 行政运行 › 基本支出 breaks both 合计 = 基本 + 项目 and 20106 = Σ 项.
    const cell = rowOf(tableOf(doc, 'expense-summary'), '2010601').cells.basic;
    cell.value = money(cell.value!.fen + 10_000_000n, cell.value!.unit, cell.value!.decimals);
    const ids = checkDocument(doc, { rules: ARITHMETIC_RULES }).map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['table-column-total', 'code-hierarchy-sum']));
  });
});
