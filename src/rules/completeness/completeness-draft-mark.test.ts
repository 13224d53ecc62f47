import { describe, expect, it } from 'vitest';
import rule from './completeness-draft-mark.js';
import { HEAD, runRule } from '../testing.js';

describe('completeness-draft-mark', () => {
  it('passes a clean document', () => {
    expect(runRule(rule, HEAD + '第一部分 概况\n一、部门职责\n负责有关工作。\n')).toEqual([]);
  });
  it('reports the 仅供内部审核 watermark once', () => {
    const f = runRule(rule, '仅供内部审核\n' + HEAD + '仅供内部审核\n第一部分 概况\n');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
  });
});
