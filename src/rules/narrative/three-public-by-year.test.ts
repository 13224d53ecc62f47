import { describe, expect, it } from 'vitest';
import { Coverage } from '../engine/coverage.js';
import { checkDocument } from '../engine/run.js';
import { docOf, HEAD, table } from '../testing.js';
import narrativeAmount from './narrative-amount.js';
import narrativeChange from './narrative-change.js';

/**
 * Shenzhen's 财政拨款“三公”经费支出表 (shenzhen-kouanban-2026 p31): one row per 年度 (2025年, 2026年, 增减变化金额)
 * and each item printed only by fund, without a total column of its own. The narrative (p9) states this year's
 * figures and the change on last year's row.
 */
const TABLE =
  HEAD +
  table('财政拨款“三公”经费支出表', [
    ['预算单位', '年度', '总计', '', '', '因公出国(境)费', '', '', '公务接待费', '', ''],
    ['', '', '一般公共预算', '政府性基金预算', '国有资本经营预算', '一般公共预算', '政府性基金预算', '国有资本经营预算', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
    ['深圳市人民政府口岸办公室', '2025年', '37.77', '0.00', '0.00', '17.88', '0.00', '0.00', '1.89', '0.00', '0.00'],
    ['', '2026年', '43.79', '0.00', '0.00', '36.14', '0.00', '0.00', '1.65', '0.00', '0.00'],
    ['', '增减变化金额', '6.02', '0.00', '0.00', '18.26', '0.00', '0.00', '-0.24', '0.00', '0.00'],
  ]);

function run(text: string) {
  const doc = docOf(`${TABLE}第三部分 情况说明\n八、财政拨款“三公”经费预算情况\n${text}\n`);
  const coverage = new Coverage();
  const findings = checkDocument(doc, { rules: [narrativeAmount, narrativeChange], coverage });
  const claims = doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims));
  return { findings, covered: claims.filter((c) => coverage.claims.has(c)).length, claims: claims.length };
}

describe('三公 table with a row per year and items by fund', () => {
  it('reads this year’s row, summing an item’s fund columns', () => {
    const ok = run('2026年财政拨款“三公”经费预算43.79万元，较2025年年初预算增加6.02万元。1.因公出国（境）费用。2026年预算数36.14万元，较2025年年初预算增加18.26万元。');
    expect(ok.findings).toEqual([]);
    expect(ok.covered).toBe(ok.claims);
    expect(run('2.公务接待费。2026年预算数1.56万元，较2025年年初预算减少0.24万元。').findings.map((f) => f.ruleId)).toContain('narrative-amount');
  });
  it('checks a change on last year’s row', () => {
    expect(run('2.公务接待费。2026年预算数1.65万元，较2025年年初预算减少0.24万元。').findings).toEqual([]);
    expect(run('2.公务接待费。2026年预算数1.65万元，较2025年年初预算减少0.42万元。').findings.map((f) => f.ruleId)).toEqual(['narrative-change']);
  });
});
