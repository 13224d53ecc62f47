import { describe, expect, it } from 'vitest';
import { docOf, HEAD, table } from '../../rules/testing.js';

const text = (answer: string) =>
  HEAD +
  ['目录', ['报表', '报表名称', '是否空表', '公开空表理由'].join('\t'), ['表1', '部门综合预算收支总表', '', ''].join('\t'), ['表9', '部门综合预算政府性基金收支表', answer, answer ? '不涉及' : ''].join('\t')].join('\n') +
  '\n表9\n' +
  table('部门综合预算政府性基金收支表（不含上年结转）', [['项目', '预算数', '支出功能分类科目', '预算数']]);

describe('tables a 报表目录 declares empty', () => {
  it('take the declaration as their empty note', () => {
    const t = docOf(text('是')).tables.find((x) => x.kind === 'gov-fund-expense')!;
    expect(t.rows).toHaveLength(0);
    expect(t.emptyNote).toBe('目录注明为空表：不涉及');
  });
  it('stay without a note when the contents do not say so', () => {
    expect(docOf(text('')).tables.find((x) => x.kind === 'gov-fund-expense')!.emptyNote).toBeUndefined();
  });
});
