import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../../test/gbk.js';
import { importText } from '../text/index.js';
import { importFile } from '../index.js';
import { htmlToLines, importHtml } from './index.js';
import { MAX_CELLS, MAX_TABLE_COLUMNS } from './table.js';
import { claimsOf, claimSignature, seedParagraph, seedTable, SEED_FILE, tableHtml, tableSignature } from './testing.js';

const seed = importText(readFileSync(SEED_FILE, 'utf8'), { file: 'seed.txt' });
const HEADING = '一、部门预算收支数据变动情况及原因';
const PARAGRAPH = seedParagraph(HEADING);

/** A saved government page: chrome around the article, two seed tables and a narrative paragraph. */
function page(charset: string): string {
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>泽州县总工会2026年部门预算公开_信息公开</title>
<style>td { border: 1px solid #000 }</style><script>document.write('<p>脚本里的文字 2026年预算</p>');</script></head>
<body><div class="header"><ul class="nav"><li><a href="/">首页</a></li><li>信息公开</li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 预算公开 &gt; 部门预算</div>
<div class="article">
<h1>泽州县总工会</h1>
<p>2026年度部门预算公开</p>
<h2>第二部分&nbsp;2026年部门预算报表</h2>
<p>预算公开表1</p>
${tableHtml(seedTable('2026年预算收支总表'), 2)}
${tableHtml(seedTable('2026年预算支出总表'), 2)}
<h2>第三部分 2026年度部门预算情况说明</h2>
<h3>${HEADING}</h3>
<p>&emsp;&emsp;${PARAGRAPH.replace('，其中', '，\n其中')}</p>
</div>
<div class="share">分享到：微信 微博</div>
<div class="footer">主办单位：泽州县总工会 &copy; 版权所有</div>
</body></html>`;
}

describe('a saved web page', () => {
  for (const charset of ['utf-8', 'gb2312']) {
    it(`gives the same tables and claims as the seed text (${charset})`, () => {
      const html = page(charset);
      const bytes = charset === 'utf-8' ? new TextEncoder().encode(html) : encodeGbk(html);
      const doc = importHtml(bytes, { file: 'page.html' });
      expect(doc.meta).toMatchObject({ department: '泽州县总工会', year: 2026, kind: '预算' });
      expect(doc.tables.map((t) => t.kind)).toEqual(['income-expense-summary', 'expense-summary']);
      for (const t of doc.tables) expect(tableSignature(t)).toEqual(tableSignature(seed.tables.find((s) => s.kind === t.kind)!));
      const claims = claimsOf(doc, PARAGRAPH);
      expect(claims.length).toBeGreaterThan(3);
      expect(claimSignature(claims)).toEqual(claimSignature(claimsOf(seed, PARAGRAPH)));
      const all = doc.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)]).join('\n');
      expect(all).not.toMatch(/首页|脚本|分享到|版权所有|当前位置/);
    });
  }
  it('is recognised by its content and read through importFile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-html-'));
    const p = join(dir, 'saved.htm');
    writeFileSync(p, encodeGbk(`<!-- saved from url=(0040)http://www.example.gov.cn/ -->\n${page('GBK')}`));
    const doc = await importFile(p);
    expect(doc.tables.map((t) => t.kind)).toEqual(['income-expense-summary', 'expense-summary']);
    expect(doc.meta.department).toBe('泽州县总工会');
  });
});

describe('HTML tables', () => {
  it('refuses a table wider than a worksheet may be, or cells (spans included) past the limit, before filling them', () => {
    const row = (n: number) => `<tr>${'<td>1.00</td>'.repeat(n)}</tr>`;
    expect(htmlToLines(`<table>${row(MAX_TABLE_COLUMNS)}</table>`)[0].text.split('\t')).toHaveLength(MAX_TABLE_COLUMNS);
    expect(() => htmlToLines(`<table>${row(MAX_TABLE_COLUMNS + 1)}</table>`, '文件“宽.html”')).toThrow(
      `文件“宽.html”中有表格宽达 ${MAX_TABLE_COLUMNS + 1} 列以上，超过 ${MAX_TABLE_COLUMNS} 列的上限，已拒绝读取`,
    );
    // One cell spanning 200 columns and every row below it: a short page that would fill 200 positions a row.
    const spans = `<table><tr><td rowspan="100000" colspan="100000">x</td></tr>${'<tr><td>1</td></tr>'.repeat(1000)}</table>`;
    expect(() => htmlToLines(spans, '文件“跨.html”')).toThrow(/^文件“跨\.html”的表格共有超过 200000 个单元格/);
    const many = `<table>${row(100).repeat(MAX_CELLS / 100)}</table>`;
    expect(htmlToLines(many)).toHaveLength(MAX_CELLS / 100);
    expect(() => htmlToLines(`${many}<table>${row(2)}</table>`)).toThrow(/超过 200000 个单元格/);
  });
  it('expands colspan to the right and rowspan downwards into empty cells', () => {
    const lines = htmlToLines(`<table>
      <thead><tr><th rowspan="2">项目</th><th colspan="2">2026年预算数</th></tr><tr><th>基本支出</th><th>项目支出</th></tr></thead>
      <tbody><tr><td rowspan="2">一般公共服务支出</td><td>1.00</td><td>2.00</td></tr><tr><td>3.00</td><td>4&#46;00</td></tr></tbody></table>`);
    expect(lines).toEqual([
      { text: '项目\t2026年预算数\t', header: true },
      { text: '\t基本支出\t项目支出', header: true },
      { text: '一般公共服务支出\t1.00\t2.00' },
      { text: '\t3.00\t4.00' },
    ]);
  });
  it('turns title, department and unit rows inside a table into plain lines, and walks layout tables as text', () => {
    const lines = htmlToLines(`<table><tr><td colspan="3">2026年预算支出总表</td></tr>
      <tr><td colspan="2">编制部门：泽州县总工会</td><td>单位：万元</td></tr><tr><td>项目</td><td>合计</td><td>基本支出</td></tr></table>
      <table><tr><td><p>第一段&amp;说明</p><table><tr><td>甲</td><td>乙</td></tr></table></td></tr></table>`);
    expect(lines.map((l) => l.text)).toEqual(['2026年预算支出总表', '部门名称：泽州县总工会', '单位：万元', '项目\t合计\t基本支出', '第一段&说明', '甲\t乙']);
  });
});
