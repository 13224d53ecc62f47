import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleDocFiles } from '../src/docs/rule-docs.js';
import { ALL_RULES } from '../src/rules/catalogue.js';

describe('rule catalogue', () => {
  it('has at least 40 rules with unique kebab-case ids', () => {
    expect(ALL_RULES.length).toBeGreaterThanOrEqual(40);
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]+$/);
  });
  it('gives every rule a Chinese title, message and doc text', () => {
    for (const r of ALL_RULES) {
      expect(r.title, r.id).toMatch(/[\u4e00-\u9fff]/);
      expect(r.message, r.id).toMatch(/[\u4e00-\u9fff\u201c\u201d]/);
      expect(r.description.length, r.id).toBeGreaterThan(30);
    }
  });
  it('keeps one rule per file with its own test module', () => {
    for (const r of ALL_RULES) {
      expect(existsSync(`src/rules/${r.category}/${r.id}.ts`), `${r.id}.ts`).toBe(true);
      expect(existsSync(`src/rules/${r.category}/${r.id}.test.ts`), `${r.id}.test.ts`).toBe(true);
    }
  });
  it('has docs/rules generated from the current metadata (run npm run docs:rules)', () => {
    for (const [name, content] of ruleDocFiles()) {
      const path = `docs/rules/${name}`;
      expect(existsSync(path) ? readFileSync(path, 'utf8') : '', path).toBe(content);
    }
  });
});

describe('JSON output schema', () => {
  it('docs/check-output.schema.json is generated from the zod schema (run npm run docs)', async () => {
    const { reportJsonSchema } = await import('../src/docs/rule-docs.js');
    expect(readFileSync('docs/check-output.schema.json', 'utf8')).toBe(reportJsonSchema());
  });
});
