import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../import/text/index.js';
import { MAX_FINDINGS_PER_RULE, MAX_WORK_PER_RULE } from './bounds.js';
import { checkDocument } from './run.js';
import { defineRule } from './types.js';

const doc = importText(readFileSync('test/fixtures/seed/zezhou-2026.txt', 'utf8'));
const meta = { severity: 'warning', category: 'wording', title: '测试', message: '{m}', description: '' } as const;

describe('the engine bounds what a rule can produce', () => {
  it('keeps at most MAX_FINDINGS_PER_RULE findings per rule, and says so', () => {
    const many = defineRule({ ...meta, id: 'many', *check() { for (let i = 0; ; i++) yield { params: { m: String(i) }, locations: [] }; } });
    const f = checkDocument(doc, { rules: [many] });
    expect(f).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(f.at(-1)).toMatchObject({ severity: 'info', message: expect.stringContaining('其余未列出') });
  });
  it('stops a rule past its work budget, keeping what it found', () => {
    const pairs = defineRule({
      ...meta,
      id: 'pairs',
      *check({ work = () => {} }) {
        yield { params: { m: 'first' }, locations: [] };
        for (;;) work(1000);
      },
    });
    const f = checkDocument(doc, { rules: [pairs] });
    expect(f.map((x) => x.message)).toEqual(['first', '文件内容过多，本规则只比较了一部分便停止，结果可能不完整']);
    expect(MAX_WORK_PER_RULE).toBeGreaterThan(5_000_000); // the most a real document in the corpus needs
  });
  it('cuts every text a finding carries', () => {
    const long = '长'.repeat(1_000_000);
    const huge = defineRule({ ...meta, id: 'huge', *check() { yield { params: { m: long }, actual: long, suggestion: long, locations: [{ label: long, excerpt: long }] }; } });
    const [f] = checkDocument(doc, { rules: [huge] });
    expect(JSON.stringify(f).length).toBeLessThan(2000);
    expect(f.actual).toMatch(/^长+…$/);
  });
});
