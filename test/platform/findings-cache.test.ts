import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsToPlain, parseFactsText } from '../../src/facts/index.js';
import { analyse } from '../../server/engine.js';
import { RecentlyUsed, revisionFindings } from '../../server/findings-cache.js';

const EXAMPLE = factsToPlain(parseFactsText(readFileSync(new URL('../../examples/zezhou-2026.facts.yaml', import.meta.url), 'utf8'))) as Record<string, unknown>;

/** The example with one 经济分类 mapping corrected (绩效工资 → 工资奖金津补贴): a revision with one finding fewer. */
function edited(): Record<string, unknown> {
  const facts = structuredClone(EXAMPLE) as { basicEconomic: { name: string; government?: string }[] };
  facts.basicEconomic.find((l) => l.name === '绩效工资')!.government = '工资奖金津补贴';
  return facts;
}

describe('findings of a revision', () => {
  it('are those of every rule on its facts, computed once', () => {
    const server = {};
    let reads = 0;
    const facts = () => (reads++, EXAMPLE);
    const first = revisionFindings(server, 7, facts);
    expect(first.findings).toEqual(analyse(EXAMPLE, true).findings);
    expect(first.tables.map((t) => t.title)).toContain('2026年预算收支总表');
    expect(revisionFindings(server, 7, facts)).toBe(first);
    expect(reads).toBe(1);
  });

  it('are kept apart by revision and by server (two servers in one process reuse revision ids)', () => {
    const [a, b] = [{}, {}];
    const original = revisionFindings(a, 1, () => EXAMPLE);
    const changed = revisionFindings(b, 1, edited);
    expect(changed.findings).not.toEqual(original.findings);
    expect(revisionFindings(a, 2, edited).findings).toEqual(changed.findings);
    expect(revisionFindings(a, 1, edited)).toBe(original);
  });
});

describe('a map of recently used entries', () => {
  it('forgets the entry used least recently', () => {
    const m = new RecentlyUsed<number, string>(3);
    for (const k of [1, 2, 3]) m.set(k, `v${k}`);
    expect(m.get(1)).toBe('v1'); // 2 is now the least recently used
    m.set(4, 'v4');
    expect([1, 2, 3, 4].map((k) => m.get(k))).toEqual(['v1', undefined, 'v3', 'v4']);
    m.set(3, 'v3b'); // setting counts as use
    m.set(5, 'v5');
    expect([1, 3, 4, 5].map((k) => m.get(k))).toEqual([undefined, 'v3b', 'v4', 'v5']);
  });
});
