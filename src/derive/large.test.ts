import { describe, expect, it } from 'vitest';
import { checkDocument } from '../rules/engine/run.js';
import { GongkaiError } from '../model/errors.js';
import { deriveDocument } from './index.js';
import { syntheticFacts } from './synthetic.fixture.js';


describe('a large synthetic department (300 functional lines, 80 projects with forms)', () => {
  const plain = deriveDocument(syntheticFacts({ plain: true }));
  const facts = syntheticFacts();
  const doc = deriveDocument(facts);

  it('derives every table', () => {
    expect(facts.expenditure).toHaveLength(300);
    expect(facts.projects).toHaveLength(80);
    const projects = doc.tables.find((t) => t.kind === 'project-expense')!;
    expect(projects.rows.filter((r) => r.level === 'project')).toHaveLength(80);
    expect(projects.rows.filter((r) => r.role === 'subtotal').length).toBeGreaterThan(1);
    expect(doc.tables.find((t) => t.kind === 'project-carryover')!.emptyNote).toBeUndefined();
    expect(doc.tables.find((t) => t.kind === 'gov-fund-expense')!.emptyNote).toBeUndefined();
    expect(doc.tables.find((t) => t.kind === 'three-public')!.emptyNote).toBeUndefined();
    expect(doc.forms).toHaveLength(81);
    expect(doc.forms[0].kind).toBe('overall');
  });

  it('passes the rule engine with no error findings (一般公共预算 of this year only)', () => {
    const errors = checkDocument(plain).filter((f) => f.severity === 'error');
    expect(errors.map((e) => `${e.ruleId}: ${e.message} (${e.expected} / ${e.actual})`)).toEqual([]);
  });

  it('has no error findings with carry-over, 政府性基金 and 单位资金 too', () => {
    const errors = checkDocument(doc).filter((f) => f.severity === 'error');
    expect(errors.map((e) => `${e.ruleId}: ${e.message} (${e.expected} / ${e.actual})`)).toEqual([]);
  });

  it('words a city department and its changes', () => {
    const text = doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    expect(text).toMatch(/所属1家行政单位和2家参照公务员法管理的事业单位机关运行经费财政拨款预算/);
    expect(text).toMatch(/“三公”经费财政拨款预算67\.00万元，比2025年预算增加22\.00万元，增长48\.89%/);
    expect(text).toMatch(/占本年预算项目支出的100\.00%/);
    expect(doc.glossary.find((g) => g.term === '“三公”经费')!.definition).toMatch(/^指市直部门/);
  });

  it('refuses an unknown profile', () => {
    expect(() => deriveDocument(facts, 'guangdong-20')).toThrow(GongkaiError);
    expect(() => deriveDocument(facts, 'guangdong-20')).toThrow('未知的公开格式“guangdong-20”；可用的格式：shanxi-13');
  });
});
