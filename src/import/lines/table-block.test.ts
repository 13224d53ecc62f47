import { describe, expect, it } from 'vitest';
import { importText } from '../text/index.js';
import { collectTable, joinBrokenRow } from './table-block.js';

const HEAD = ['测试县测试局', '2026年度部门预算公开'];

describe('tables whose title and unit are drawn inside the grid', () => {
  it('reads each title from a row whose only filled cell is the first, and the unit line as meta', () => {
    const doc = importText(
      [
        ...HEAD,
        ['收入总表(预算表2)', '', '', ''].join('\t'),
        ['预算单位：测试局', '', '', '单位：万元'].join('\t'),
        ['部门（单位）代码', '部门（单位）名称', '合计', '一般公共预算'].join('\t'),
        ['105001', '测试局', '10.00', '10.00'].join('\t'),
        ['支出总表（预算表3）', '', '', ''].join('\t'),
        ['预算单位：测试局', '', '', '单位：万元'].join('\t'),
        ['科目编码', '科目名称', '合计', '基本支出'].join('\t'),
        ['2010601-行政运行', '', '10.00', '10.00'].join('\t'),
      ].join('\n'),
    );
    expect(doc.tables.map((t) => [t.kind, t.title, t.unit])).toEqual([
      ['income-summary', '收入总表(预算表2)', '万元'],
      ['expense-summary', '支出总表（预算表3）', '万元'],
    ]);
    expect(doc.tables[0].rows.map((r) => r.name)).toEqual(["测试局"]);
    expect(doc.tables[1].rows.map((r) => [r.code, r.name])).toEqual([['2010601', '行政运行']]);
  });
});

describe('a list opened by 其中：', () => {
  it('reads "其中：（一）…" as the first item of the list, not as a breakdown line', () => {
    const doc = importText(
      [
        ...HEAD,
        '财政拨款安排的行政经费及“三公”经费预算表',
        '单位：万元',
        ['项目', '合计', '一般公共预算'].join('\t'),
        ['“三公”经费', '242.29', '242.29'].join('\t'),
        ['其中：（一）因公出国（境）支出', '22.06', '22.06'].join('\t'),
        ['（二）公务用车购置及运行维护支出', '210.95', '210.95'].join('\t'),
        ['（三）公务接待费支出', '9.28', '9.28'].join('\t'),
      ].join('\n'),
    );
    const rows = doc.tables[0].rows;
    expect(rows.map((r) => [r.name, r.sub ?? false, r.parent])).toEqual([
      ['“三公”经费', false, undefined],
      ['因公出国（境）支出', false, 0],
      ['公务用车购置及运行维护支出', false, 0],
      ['公务接待费支出', false, 0],
    ]);
  });
});

describe('a row broken by the page', () => {
  const row = (line: number, ...texts: string[]) => ({ cells: texts.map((text) => ({ text })), line });
  it('joins the fragment that opens the next page to the row it continues', () => {
    const before = [row(1, '杭州市公安局刑事侦查支队', '12,379.89', '5.00'), row(2, '杭州市机动', '14,549.64', '12,437.3')];
    expect(joinBrokenRow(before, row(3, '车驾驶员考试服务中心', '', '6'))).toBe(true);
    expect(before[1].cells.map((c) => c.text)).toEqual(['杭州市机动车驾驶员考试服务中心', '14,549.64', '12,437.36']);
  });
  it('leaves a row of its own alone: a total of its own, or a figure under a blank cell', () => {
    const before = [row(1, '刑事侦查支队', '12,379.89', '5.00')];
    expect(joinBrokenRow(before, row(2, '交通治安分局', '8,017.41', '4.71'))).toBe(false);
    expect(joinBrokenRow([row(1, '刑事侦查支队', '12,379.89', '')], row(2, '交通治安分局', '', '4.71'))).toBe(false);
    expect(joinBrokenRow(before, row(2, '公务接待费', '', ''))).toBe(false);
  });
});

describe('a name broken by the page', () => {
  const row = (line: number, ...texts: string[]) => ({ cells: texts.map((text) => ({ text })), line });
  it('joins the rest of a name whose bracket the page left open', () => {
    const before = [row(1, '杭州市公安局交通治安分局（水上', '日常保障运行', '356.88')];
    expect(joinBrokenRow(before, row(2, '治安分局）', '', ''))).toBe(true);
    expect(before[0].cells[0].text).toBe('杭州市公安局交通治安分局（水上治安分局）');
  });
  it('leaves a heading line alone', () => {
    expect(joinBrokenRow([row(1, '杭州市公安局', '执法办案', '6,192.04')], row(2, '杭州市公安局交通管理支队', '', ''))).toBe(false);
  });
});

describe('a title line that carries the table number', () => {
  const read = (text: string) => collectTable([{ text, line: 1 }, { text: '项目\t金额', line: 2 }, { text: '合计\t1.00', line: 3 }], 0, 'expense-summary').input;
  it('takes the label leading the title, with or without a space (Beijing 预算03表, Xi’an 表1)', () => {
    expect([read('预算03表支出总表').number, read('预算03表支出总表').title]).toEqual(['预算03表', '支出总表']);
    expect([read('表1    部门综合预算支出总表').number, read('表1    部门综合预算支出总表').title]).toEqual(['表1', '部门综合预算支出总表']);
  });
  it('takes the label in brackets at the end and keeps the title as printed (Changchun)', () => {
    expect([read('支出总表（预算表3）').number, read('支出总表（预算表3）').title]).toEqual(['预算表3', '支出总表（预算表3）']);
  });
  it('leaves titles without a label alone: 表一般… is not 表一, a year after 表1 is not its number', () => {
    expect(read('支出总表').number).toBeUndefined();
    expect(read('表12026年支出总表').number).toBeUndefined();
  });
});

describe('a note under an empty table', () => {
  it('takes “本表本年无发生额” for the note that the table is empty (Guangzhou), with a zero 合计 row', () => {
    const doc = importText(
      [
        ...HEAD,
        '政府性基金预算支出情况表',
        '单位：万元',
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'].join('\t'),
        ['', '合计', '0.00', '0.00', '0.00'].join('\t'),
        '注：本表本年无发生额。',
      ].join('\n'),
    );
    expect(doc.tables[0].emptyNote).toBe('注：本表本年无发生额。');
  });
});
