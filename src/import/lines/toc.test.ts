import { describe, expect, it } from 'vitest';
import { importText } from '../text/index.js';

// Contents as printed by 湖州市财政局 (entries wrapped over two lines, no page numbers) and 烟台市财政局 (the body's
// first page repeats "第一部分" / "部门概况" right after the contents).
const HEAD = '湖州市某局2026年部门预算\n目录\n';

describe('readToc', () => {
  it('joins an entry wrapped over two lines, and reads on past it', () => {
    const doc = importText(
      HEAD + '一、部门概况\n（一）主要职能\n二、财政拨款“三公”经费支出决\n算表\n三、2026年部门预算安排情况说明\n（一）关于某局2026年收支预算情况的\n总体说明\n（二）关于某局2026年一般公共预算当年拨款情\n况说明\n（三）关于某局2026年政府性基金预算支出情\n况说明\n四、名词解释\n一、部门概况\n（一）主要职能\n负责全市有关工作。\n',
    );
    expect(doc.toc.map((e) => e.title)).toEqual([
      '一、部门概况',
      '（一）主要职能',
      '二、财政拨款“三公”经费支出决算表',
      '三、2026年部门预算安排情况说明',
      '（一）关于某局2026年收支预算情况的总体说明',
      '（二）关于某局2026年一般公共预算当年拨款情况说明',
      '（三）关于某局2026年政府性基金预算支出情况说明',
      '四、名词解释',
    ]);
  });
  it('ends where a part is printed again, and a part heading over two lines is named by its second line', () => {
    const doc = importText(HEAD + '第一部分部门概况\n一、主要职责\n第二部分名词解释\n第一部分\n部门概况\n一、主要职责\n负责全市有关工作。\n');
    expect(doc.toc.map((e) => e.title)).toEqual(['第一部分部门概况', '一、主要职责', '第二部分名词解释']);
    expect(doc.sections.map((s) => [s.part, s.heading])).toEqual([['部门概况', '主要职责']]);
  });
});

describe('readToc with page numbers', () => {
  it('reads a page number printed right after its title (国家信访局), but not the number of a table label', () => {
    const doc = importText('某局2026年度部门预算\n目录\n第三部分 部门预算情况说明\t16\n六、关于一般公共预算基本支出表的说明\t22\n七、关于一般公共预算“三公”经费支出表的说明23\n八、其他事项说明\t23\n预算公开表1\n');
    expect(doc.toc.map((e) => [e.title, e.page])).toEqual([
      ['第三部分 部门预算情况说明', 16],
      ['六、关于一般公共预算基本支出表的说明', 22],
      ['七、关于一般公共预算“三公”经费支出表的说明', 23],
      ['八、其他事项说明', 23],
    ]);
  });
});

describe('readToc of numbered contents without page numbers', () => {
  it('ends at the first line without a number (上海: the body starts with an unnumbered heading)', () => {
    const doc = importText('上海市2026年市级单位预算\n目录\n一、单位主要职能\n二、单位机构设置\n三、名词解释\n1. 2026年预算单位收入预算总表\n六、其他相关情况说明\n上海市某局（单位）主要职能\n上海市某局是主管全市有关工作的部门。\n');
    expect(doc.toc.map((e) => e.title)).toEqual(['一、单位主要职能', '二、单位机构设置', '三、名词解释', '1. 2026年预算单位收入预算总表', '六、其他相关情况说明']);
  });
});
