import { describe, expect, it } from 'vitest';
import rule from './completeness-toc.js';
import { HEAD, runRule } from '../testing.js';
import { tiny } from './fixtures.js';

const TOC = [
  '目 录',
  '第一部分 概况\t1',
  '一、部门职责.....\t1',
  '第二部分 2026年部门预算报表\t2',
  '表一2026年预算支出总表.....\t2',
  '表二2026年政府性基金预算支出表.....\t3',
  '第三部分 2026年度部门预算情况说明\t4',
  '一、支出预算情况说明.....\t4',
].join('\n');

function body(opts: { fund?: boolean; extraTable?: boolean; extraSection?: boolean } = {}): string {
  return [
    '\n第一部分 概况\n一、部门职责\n本部门负责有关工作。\n第二部分 2026年部门预算报表\n',
    tiny('2026年预算支出总表', [['合计', '1.00']]),
    opts.fund === false ? '' : tiny('2026年政府性基金预算支出表'),
    opts.extraTable ? tiny('2026年财政拨款收支总表', [['合计', '1.00']]) : '',
    '第三部分 2026年度部门预算情况说明\n一、支出预算情况说明\n（一）基本支出\n本部门支出1万元。\n',
    opts.extraSection ? '二、政府采购情况\n本部门无政府采购。\n' : '',
  ].join('');
}

describe('completeness-toc', () => {
  it('passes when the TOC and the body agree (numbering, years and sub-headings ignored)', () => {
    expect(runRule(rule, HEAD + TOC + body())).toEqual([]);
  });
  it('reports a TOC entry with nothing behind it', () => {
    const f = runRule(rule, HEAD + TOC + body({ fund: false }));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('表二2026年政府性基金预算支出表');
    expect(f[0].locations[0].line).toBe(8);
  });
  it('reports tables and top-level sections the TOC omits', () => {
    const f = runRule(rule, HEAD + TOC + body({ extraTable: true, extraSection: true }));
    expect(f.map((x) => x.message)).toEqual(['目录与正文不一致：报表“2026年财政拨款收支总表”没有列入目录', '目录与正文不一致：正文标题“二、政府采购情况”没有列入目录']);
  });
  it('notes, as not read, a listed table of a kind it does not know (Beijing 十一、财政拨款政府购买服务明细表)', () => {
    const toc = TOC.replace('表二2026年政府性基金预算支出表.....\t3', '表二2026年政府性基金预算支出表.....\t3\n表三2026年财政拨款政府购买服务明细表.....\t3');
    const f = runRule(rule, HEAD + toc + body());
    expect(f.map((x) => [x.severity, x.message])).toEqual([['info', '目录与正文不一致：目录中的“表三2026年财政拨款政府购买服务明细表”是 gongkai 不认识的报表，未核对正文中是否有这张表']]);
  });
  it('finds a part by its ordinal, however the body words it (Changsha: 目录 “第一部分2026年部门预算说明”, 正文 “第一部分 部门预算公开说明”)', () => {
    const text = HEAD + TOC + body().replace('第一部分 概况', '第一部分 部门概况及预算公开说明');
    expect(runRule(rule, text)).toEqual([]);
  });
  it('does nothing without a TOC', () => {
    expect(runRule(rule, HEAD + body({ fund: false }))).toEqual([]);
  });
});

describe('completeness-toc: wording, levels and parts', () => {
  const narrative = (toc: string[], body: string) => runRule(rule, HEAD + ['目录', ...toc].join('\n') + '\n' + body);
  it('reports an item worded differently in the contents and the body once, with both places; unlike items are not paired', () => {
    const f = narrative(['第一部分 部门概况', '一、主要职能', '二、国有资产占用使用情况说明'], '第一部分 部门概况\n一、主要职能\n负责有关工作。\n二、国有资产占用情况\n本部门有车辆2辆。\n');
    expect(f.map((x) => x.message)).toEqual(['目录与正文不一致：目录中的“二、国有资产占用使用情况说明”在正文中的标题为“二、国有资产占用情况”，措辞不同']);
    expect(f[0].locations).toHaveLength(2);
    const other = narrative(['第一部分 部门概况', '一、主要职能', '二、单位机构设置'], '第一部分 部门概况\n一、主要职能\n负责有关工作。\n二、政府采购预算情况\n本部门无政府采购。\n');
    expect(other.map((x) => x.message)).toEqual(['目录与正文不一致：目录中的“二、单位机构设置”在正文中找不到对应的报表或标题', '目录与正文不一致：正文标题“二、政府采购预算情况”没有列入目录']);
  });
  it('lists three or more reworded headings in one finding, every place kept (changchun-xinfangju-benji-2026 p2–19)', () => {
    const toc = ['第一部分 部门概况', '一、主要职能', '二、机构设置', '三、一般公共预算“三公”经费支出情况说明', '四、国有资产占用使用情况说明'];
    const body = '第一部分 部门概况\n一、主要职能\n负责有关工作。\n二、机构设置及部门决算单位构成\n内设机构5个。\n三、一般公共预算“三公”经费情况说明\n“三公”经费7.61万元。\n四、国有资产占用情况\n本部门有车辆3辆。\n';
    const f = narrative(toc, body);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('3 个标题与正文措辞不同');
    expect(f[0].locations).toHaveLength(6);
    expect(narrative(toc.slice(0, 4), body.replace('四、国有资产占用情况\n本部门有车辆3辆。\n', ''))).toHaveLength(2);
  });
  it('does not expect the headings of a part the contents list only by the part', () => {
    const body = '第一部分 部门概况\n一、主要职能\n负责有关工作。\n第二部分 2026年度部门预算情况\n一、收支预算总体情况说明\n收入10万元。\n二、收入预算情况说明\n收入10万元。\n';
    expect(narrative(['第一部分 部门概况', '一、主要职能', '第二部分 2026年度部门预算情况说明'], body)).toEqual([]);
    // Listed under its part, a heading missing from the contents is still reported.
    const f = narrative(['第一部分 部门概况', '一、主要职能', '第二部分 2026年度部门预算情况说明', '一、收支预算总体情况说明'], body);
    expect(f.map((x) => x.message)).toEqual(['目录与正文不一致：正文标题“二、收入预算情况说明”没有列入目录']);
  });
  it('does not expect the headings of an appendix part (第五部分 附件) the contents list by the part only', () => {
    const body = '第一部分 部门概况\n一、主要职能\n负责有关工作。\n第二部分 附件\n一、基本情况\n本部门开展了绩效评价。\n二、评价建议\n继续加强管理。\n';
    expect(narrative(['第一部分 部门概况', '一、主要职能', '第二部分 附件'], body)).toEqual([]);
  });
  it('leaves the tables and forms of a narrative-only part to the other file', () => {
    expect(narrative(['一、主要职能', '十一、财政拨款政府购买服务明细表', '十二、项目支出绩效目标表'], '一、主要职能\n负责有关工作。\n')).toEqual([]);
  });
  it('reads table labels ("预算01表", "(预算表1)") as numbering, a group entry as no list of tables, and ignores the department’s name', () => {
    const tables = tiny('预算01表收支总表', [['合计', '1.00']]) + tiny('收入总表（预算表2）', [['合计', '1.00']]);
    expect(runRule(rule, HEAD + '目录\n一、收支总表\t1\n二、收入总表\t2\n' + tables)).toEqual([]);
    // The contents name the department in the entry for all tables, the body does not (杭州): the same entry.
    expect(runRule(rule, HEAD + '目录\n一、部门职责\n二、2026年泽州县测试局预算公开表\n一、部门职责\n负责有关工作。\n二、2026年预算公开表\n' + tables)).toEqual([]);
  });
});

describe('completeness-toc: several entries that disagree the same way', () => {
  it('are one finding listing them, every place kept', () => {
    const toc = ['目录', '一、部门职责', '二、机构设置', '三、收支预算情况', '四、“三公”经费说明', '五、机关运行经费说明', '六、政府采购说明', '七、国有资产说明', '八、绩效目标说明'];
    const body = ['一、部门职责', '二、机构设置', '三、收支预算情况', '四、“三公”经费说明', '五、机关运行经费说明'].map((h) => `${h}\n本部门有关情况。\n`).join('');
    const f = runRule(rule, HEAD + toc.join('\n') + '\n' + body);
    expect(f.map((x) => x.message)).toEqual(['目录与正文不一致：目录中的条目“六、政府采购说明”“七、国有资产说明”“八、绩效目标说明”在正文中找不到对应的报表或标题（共 3 项）']);
    expect(f[0].locations.map((l) => l.line)).toEqual([9, 10, 11]);
  });
});
