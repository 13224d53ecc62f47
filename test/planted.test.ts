import { describe, expect, it } from 'vitest';
import { importFile } from '../src/import/index.js';
import { checkDocument } from '../src/rules/engine/run.js';

// 24年普陀区财政局（测试问题版本）.pdf is the 财政局 2024 决算 with problems put in on purpose. Against the published
// version, the test copy drops the 支出决算表 and prints 收入支出总计 as 0万元. Both are reported with their pages.
const PLANTED = 'test/fixtures/real/24年普陀区财政局（测试问题版本）.pdf';

describe('the planted problems of the test copy', async () => {
  const findings = checkDocument(await importFile(PLANTED));
  const brief = findings.map((f) => `${f.ruleId}|${f.locations.map((l) => l.page ?? '-').join(',')}`);

  it('reports the missing 支出决算表', () => {
    const f = findings.find((x) => x.ruleId === 'completeness-required-tables');
    expect(f?.message).toContain('支出总表');
  });
  it('reports the 收入支出总计 of 0万元 against the table (narrative page 18, table page 7)', () => {
    expect(brief).toContain('narrative-amount|18,7');
    const f = findings.find((x) => x.ruleId === 'narrative-amount')!;
    expect([f.expected, f.actual]).toEqual(['2995.39万元', '0.00万元']);
  });
  it('every error finding carries a page number', () => {
    for (const f of findings.filter((x) => x.severity === 'error')) expect(f.locations.some((l) => l.page !== undefined), f.ruleId).toBe(true);
  });
});
