import { describe, expect, it } from 'vitest';
import rule from './narrative-zero-base.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

describe('narrative-zero-base', () => {
  it('fails on a growth rate whose change is all of this year (the base was zero)', () => {
    const f = runRule(rule, withNarrative({ '三、“三公”经费': '1.因公出国（境）费13万元，比上年增加13万元，增长100％，主要原因是年中追加。' }));
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toContain('13.00万元等于本年数');
  });
  it('passes on a growth rate whose change is less than this year', () => {
    expect(runRule(rule, withNarrative({ '三、“三公”经费': '1.因公出国（境）费13万元，比上年增加3万元，增长30％。' }))).toEqual([]);
  });
  it('fails on a rate where the text states a zero prior, and on a completion rate of a zero budget', () => {
    expect(runRule(rule, withNarrative({ '八、机关运行经费': '机关运行经费支出97.19万元，比预算数增加97.19万元，增长0%。' }))).toHaveLength(1);
    expect(runRule(rule, withNarrative({ '（一）“三公”经费': '“三公”经费财政拨款支出决算为0.16万元，完成预算0万元的0%。' }))).toHaveLength(1);
  });
  it('warns only on a 0% completion of a zero budget when nothing was spent either', () => {
    const f = runRule(rule, withNarrative({ '（一）“三公”经费': '其中：因公出国（境）费支出决算为0万元，完成预算0万元的0%；公务接待费支出决算为0.16万元，完成预算0万元的0%。' }));
    expect(f.map((x) => [x.message.slice(1, 5), x.severity])).toEqual([
      ['公务接待', 'error'],
      ['因公出国', 'warning'],
    ]);
  });
  it('passes on a change from a zero base written without a rate', () => {
    expect(runRule(rule, withNarrative({ '（9）其他收入': '其他收入25,335万元，与上年相比增加25,335万元（去年预算数为0万元，无法计算增减比率）。' }))).toEqual([]);
  });
});
