import { describe, expect, it } from 'vitest';
import { findContents } from './contents.js';
import { importHtmlString } from './index.js';

const BODY = ['第一部分 概况', '一、本部门职责', '职责的说明。', '第二部分 2026年部门预算报表', '表一', '2026年预算支出总表', '单位：万元', '项目\t合计', '合计\t1.00'];

describe('a contents list in a page or Word document', () => {
  it('without page numbers runs up to where its first entry comes again', () => {
    const texts = ['泽州县总工会', '目 录', '第一部分 概况', '一、本部门职责', '第二部分 2026年部门预算报表', '表一 2026年预算支出总表', ...BODY];
    const c = findContents(texts)!;
    expect([c.start, c.end]).toEqual([1, 6]);
    expect(c.items.map((e) => e.title)).toEqual(['第一部分 概况', '一、本部门职责', '第二部分 2026年部门预算报表', '表一 2026年预算支出总表']);
  });
  it('with page numbers (dot leaders, or a Word tab leader read as a space) runs while the lines end with one', () => {
    const c = findContents(['目录', '第一部分 概况……………1', '一、本部门职责 2', '表一 2026年预算支出总表\t5', ...BODY])!;
    expect(c.items).toEqual([
      { title: '第一部分 概况', page: 1, index: 1 },
      { title: '一、本部门职责', page: 2, index: 2 },
      { title: '表一 2026年预算支出总表', page: 5, index: 3 },
    ]);
    expect(c.end).toBe(4);
  });
  it('is not found when the lines after 目录 are body text', () => {
    expect(findContents(['目录', ...BODY])).toBeUndefined();
    expect(findContents(['目录', '第一部分 概况', '这是一段正文，不是目录。', '第一部分 概况'])).toBeUndefined();
  });
  it('becomes the toc, and its titles are not read as tables or sections', () => {
    const html = ['<h1>泽州县总工会2026年部门预算</h1><p>目　录</p>', '<p>第一部分 概况</p><p>一、本部门职责</p><p>第二部分 2026年部门预算报表</p><p>表一 2026年预算支出总表</p>',
      '<h2>第一部分 概况</h2><h3>一、本部门职责</h3><p>职责的说明。</p><h2>第二部分 2026年部门预算报表</h2><p>表一</p><p>2026年预算支出总表</p><p>单位：万元</p>',
      '<table><tr><td>项目</td><td>合计</td></tr><tr><td>合计</td><td>1.00</td></tr></table>'].join('');
    const doc = importHtmlString(html, { file: 'x.html' });
    expect(doc.tables.map((t) => t.title)).toEqual(['2026年预算支出总表']);
    expect(doc.sections.map((s) => s.heading)).toEqual(['本部门职责']);
    expect(doc.toc.map((e) => e.title)).toEqual(['第一部分 概况', '一、本部门职责', '第二部分 2026年部门预算报表', '表一 2026年预算支出总表']);
    expect(doc.toc[0].source).toEqual({ file: 'x.html', line: 3 });
  });
});
