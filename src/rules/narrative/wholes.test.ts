import { describe, expect, it } from 'vitest';
import { Coverage } from '../engine/coverage.js';
import { checkDocument } from '../engine/run.js';
import { docOf, HEAD, table } from '../testing.js';
import narrativeAmount from './narrative-amount.js';
import narrativeChange from './narrative-change.js';
import narrativeItemFigures from './narrative-item-figures.js';
import narrativeShare from './narrative-share.js';

/**
 * Wholes and lines the narrative names in other words than the tables (changchun-xinfangju-benji-2026 p6–19,
 * shanghai-fulicaipiao-fxzx-2026 p6): the summary printed with a 本年预算 column over its parts (编制预算 and 上年结转 in the PDF),
 * "部门预算总支出", "支出预算", "基本支出经费", economic lines under 机关运行经费, a whole stated as 总量 and
 * named 总额 in its shares. Figures are the documents' own.
 */
const TABLES =
  HEAD +
  '部门名称：长春市信访局\n' +
  table('收支总表（预算表1）', [
    ['收入', '', '', '', '支出', '', '', ''],
    ['项目', '本年预算', '当年预算安排', '上年结转安排', '项目', '本年预算', '当年预算安排', '上年结转安排'],
    ['财政拨款收入', '1682.76', '1682.76', '0.00', '一般公共服务支出', '1682.76', '1682.76', '0.00'],
    ['本年收入合计', '1682.76', '1682.76', '0.00', '本年支出合计', '1682.76', '1682.76', '0.00'],
    ['收入总计', '1682.76', '1682.76', '0.00', '支出总计', '1682.76', '1682.76', '0.00'],
  ]) +
  table('支出总表（预算表3）', [
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', '', '1682.76', '1208.20', '474.56'],
    ['201', '一般公共服务支出', '1682.76', '1208.20', '474.56'],
  ]) +
  table('本年一般公共预算基本支出表(预算表6)', [
    ['科目编码', '支出经济分类科目名称', '合计', '人员经费', '公用经费'],
    ['', '合计', '1208.20', '997.20', '211.00'],
    ['301', '工资福利支出', '997.20', '997.20', '0.00'],
    ['302', '商品和服务支出', '211.00', '0.00', '211.00'],
    ['30201', '办公费', '34.82', '0.00', '34.82'],
    ['30211', '差旅费', '10.00', '0.00', '10.00'],
    ['30299', '其他商品和服务支出', '166.18', '0.00', '166.18'],
  ]);

function run(sections: Record<string, string>, rules = [narrativeAmount, narrativeShare, narrativeChange, narrativeItemFigures]) {
  const body = Object.entries(sections)
    .map(([h, t]) => `${h}\n${t}`)
    .join('\n');
  const doc = docOf(`${TABLES}第三部分 2026年度部门预算情况说明\n${body}\n`);
  const coverage = new Coverage();
  const findings = checkDocument(doc, { rules, coverage });
  const claims = doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims));
  return { findings, covered: claims.filter((c) => coverage.claims.has(c)) };
}

describe('wholes named in other words', () => {
  it('reads the summary’s 本年预算 column as its total (收入总计)', () => {
    const ok = run({ '一、收支总表情况说明': '2026年预算收入1682.76万元。' });
    expect(ok.findings).toEqual([]);
    expect(ok.covered).toHaveLength(1);
    expect(run({ '一、收支总表情况说明': '2026年预算收入1682.86万元。' }).findings).toHaveLength(1);
  });

  it('takes 部门预算总支出 as the whole of a share', () => {
    const text = (p: string) => ({ '四、财政拨款收支总表情况说明': `2026年财政拨款支出1682.76万元，其中基本支出预算1208.20万元，占部门预算总支出的${p}。` });
    const ok = run(text('71.80%'));
    expect(ok.findings).toEqual([]);
    expect(ok.covered.some((c) => c.type === 'share')).toBe(true);
    expect(run(text('71.90%')).findings.map((f) => f.expected)).toEqual(['71.80%']);
  });

  it('takes a bare 支出预算 as the whole of the budget', () => {
    const text = (p: string) => ({ '六、一般公共预算基本支出情况说明': `（一）工资福利支出997.20万元，占支出预算的${p}；` });
    expect(run(text('59.26%')).findings).toEqual([]);
    expect(run(text('59.62%')).findings).toHaveLength(1);
  });

  it('binds 机关运行经费 to its share of 基本支出经费 and its items to the basic expenditure’s economic lines', () => {
    const text = (share: string, office: string) => ({
      '九、机关运行经费安排使用情况说明': `2026年长春市信访局（本级）系统机关运行经费预算总计211.00万元，占基本支出经费的${share}，其中主要支出为办公费${office}万元，差旅费10万元。`,
    });
    const ok = run(text('17.46%', '34.82'));
    expect(ok.findings).toEqual([]);
    expect(ok.covered.map((c) => `${c.type} ${'subject' in c ? c.subject : ''}`)).toEqual(expect.arrayContaining(['share 机关运行经费', 'amount 办公费', 'amount 差旅费']));
    expect(run(text('17.64%', '34.82')).findings).toHaveLength(1);
    expect(run(text('17.46%', '43.82')).findings).toHaveLength(1);
  });

  it('reads "同比上年" as a base, not a subject', () => {
    const doc = docOf(`${TABLES}第三部分 说明\n四、财政拨款收支总表情况说明\n2026年财政拨款收入1682.76万元同比上年增长3.08%。\n`);
    const change = doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims)).find((c) => c.type === 'change');
    expect(change && change.type === 'change' && change.subject).toBe('财政拨款收入');
  });

  it('checks shares of a whole the paragraph states as 总量 and names 总额 (no table prints it)', () => {
    const text = (p: string) => ({
      '十一、国有资产占用情况': `本单位固定资产总量为4295.98万元，房屋和构筑物3773.63万元，占固定资产总额的87.84%；设备335.24万元，占固定资产总额的${p}；家具和用具172.11万元，占固定资产总额的4%。`,
    });
    const ok = run(text('7.80%'));
    expect(ok.findings).toEqual([]);
    expect(ok.covered.filter((c) => c.type === 'share')).toHaveLength(3);
    // The document prints 7.90% (335.24 / 4295.98 = 7.80%).
    expect(run(text('7.90%')).findings.map((f) => f.expected)).toEqual(['7.80%']);
  });
});

describe('a part that names its own funds (shanghai-fulicaipiao-fxzx-2026 p6)', () => {
  it('checks "其中：财政拨款支出预算" against the 财政拨款 table, not the whole’s', () => {
    const tables =
      HEAD +
      table('2026年预算单位财务收支预算总表', [
        ['收入', '', '支出', ''],
        ['项目', '预算数', '项目', '预算数'],
        ['一、财政拨款收入', '21502.00', '一、其他支出', '21680.16'],
        ['二、其他收入', '178.16', '', ''],
        ['收入总计', '21680.16', '支出总计', '21680.16'],
      ]) +
      table('2026年预算单位财政拨款收支预算总表', [
        ['收入', '', '支出', ''],
        ['项目', '预算数', '项目', '预算数'],
        ['政府性基金预算', '21502.00', '其他支出', '21502.00'],
        ['收入总计', '21502.00', '支出总计', '21502.00'],
      ]);
    const text = (v: string) => `${tables}第三部分 情况说明\n一、2026年单位预算编制说明\n支出预算21,680.16万元，其中：财政拨款支出预算${v}万元。\n`;
    const doc = docOf(text('21,502'));
    const coverage = new Coverage();
    expect(checkDocument(doc, { rules: [narrativeAmount], coverage })).toEqual([]);
    expect(doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims)).filter((c) => coverage.claims.has(c))).toHaveLength(2);
    expect(checkDocument(docOf(text('21,520')), { rules: [narrativeAmount] })).toHaveLength(1);
  });
});

describe('shares under a label that names their whole (huzhou-caizhengju-2026 p8)', () => {
  const tables =
    HEAD +
    table('2026年一般公共预算支出表', [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['', '合计', '6838.41', '5571.66', '1266.75'],
      ['201', '一般公共服务支出', '5356.01', '4089.26', '1266.75'],
      ['208', '社会保障和就业支出', '796.52', '796.52', ''],
      ['210', '卫生健康支出', '265.81', '265.81', ''],
      ['221', '住房保障支出', '420.07', '420.07', ''],
    ]);
  const text = (first: string) =>
    `${tables}第三部分 情况说明\n（五）关于湖州市财政局2026年一般公共预算当年拨款情况说明\n2.一般公共预算当年拨款结构情况。\n一般公共服务（类）支出5356.01万元，占${first}；社会保障和就业（类）支出796.52万元，占11.6%；卫生健康（类）支出265.81万元，占3.9%；住房保障（类）支出420.07万元，占6.1%。\n`;
  it('takes the label’s 一般公共预算当年拨款 as the whole and names a share raised to make 100%', () => {
    expect(checkDocument(docOf(text('78.3%')), { rules: [narrativeShare] })).toEqual([]);
    const f = checkDocument(docOf(text('78.4%')), { rules: [narrativeShare] });
    expect(f.map((x) => x.expected)).toEqual(['78.3%']);
    expect(f[0].suggestion).toContain('凑整');
  });
});

describe('summary lines named without their qualifier (foshan-guidaojiaotongju-2019 p24–25)', () => {
  const tables =
    HEAD +
    table('收入支出决算总表', [
      ['收入', '', '支出', ''],
      ['项目', '决算数', '项目', '决算数'],
      ['一般公共预算财政拨款收入', '1668.14', '交通运输支出', '1668.14'],
      ['经营收入', '0.00', '经营支出', '0.00'],
      ['附属单位上缴收入', '0.00', '对附属单位补助支出', '0.00'],
      ['本年收入合计', '1668.14', '本年支出合计', '1668.14'],
    ]);
  const run1 = (text: string) => checkDocument(docOf(`${tables}第三部分 情况说明\n一、年度支出总体情况\n${text}\n`), { rules: [narrativeAmount] });
  it('checks 经营支出, 对附属单位补助支出 and 本年支出 against their lines', () => {
    expect(run1('佛山市轨道交通局2019年度总支出1668.14万元，其中本年支出1668.14万元。4.经营支出0万元，我局为2019年新成立单位。5.对附属单位补助支出0万元，我局为2019年新成立单位。')).toEqual([]);
    expect(run1('4.经营支出5万元，我局为2019年新成立单位。')).toHaveLength(1);
    expect(run1('5.对附属单位补助支出5万元，我局为2019年新成立单位。')).toHaveLength(1);
    expect(run1('佛山市轨道交通局2019年度总支出1668.14万元，其中本年支出1686.14万元。')).toHaveLength(1);
  });
});

describe('a table of one unit without a total row (shenzhen-kouanban-2026 p18)', () => {
  const tables = (second: string) =>
    HEAD +
    table('支出总表', [
      ['预算单位', '科目编码', '科目名称', '支出总计', '基本支出', '项目支出'],
      ['深圳市人民政府口岸办公室', '', '', '55884.67', '5006.59', '50878.08'],
      ['', '201', '一般公共服务支出', '55000.00', '4122.00', '50878.08'],
      ['', '208', '社会保障和就业支出', '884.67', '884.59', '0.00'],
      ...(second ? [[second, '', '', '10.00', '10.00', '0.00']] : []),
    ]);
  const text = (tables: string, v: string) => `${tables}第三部分 情况说明\n二、部门预算支出情况\n（五）项目支出${v}万元，具体包括：口岸管理业务等。\n`;
  it('reads the unit’s row as the table’s total', () => {
    expect(checkDocument(docOf(text(tables(''), '50,878.08')), { rules: [narrativeAmount] })).toEqual([]);
    expect(checkDocument(docOf(text(tables(''), '50,887.08')), { rules: [narrativeAmount] })).toHaveLength(1);
  });
  it('does not when the table lists several units', () => {
    expect(checkDocument(docOf(text(tables('深圳市口岸服务中心'), '50,887.08')), { rules: [narrativeAmount] })).toEqual([]);
  });
});
