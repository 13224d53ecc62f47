import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FactsError, factsJsonSchemaText, loadFacts, parseFacts, parseFactsText } from './index.js';

const EXAMPLE = 'examples/zezhou-2026.facts.yaml';

/** A small valid department, as written by hand. */
function minimal(): Record<string, unknown> {
  return {
    department: { name: '测试县财政局', year: 2026, duties: '负责全县财政工作。', organisation: '内设办公室。' },
    expenditure: [
      { code: '2010601', name: '行政运行', basic: { gpb: '1000000.00' } },
      { code: '2010602', name: '一般行政管理事务', project: { gpb: '500000.00' } },
    ],
    basicEconomic: [
      { code: '30101', personnel: '800000.00' },
      { code: '30201', public: '200000.00' },
    ],
    projects: [{ name: '财政信息化', category: '特定目标类', amount: { gpb: '500000.00' } }],
  };
}

function issuesOf(f: () => unknown): { path: string; message: string }[] {
  try {
    f();
  } catch (e) {
    if (e instanceof FactsError) return e.issues;
    throw e;
  }
  throw new Error('expected a FactsError');
}

describe('loading facts', () => {
  it('loads the example with exact amounts', () => {
    const f = loadFacts(EXAMPLE);
    expect(f.department).toMatchObject({ name: '泽州县总工会', year: 2026, adminLevel: 'county' });
    expect(f.expenditure.map((l) => l.code)).toEqual(['2012901', '2012999']);
    expect(f.expenditure[0].basic?.gpb?.fen).toBe(306_420_000n);
    expect(f.projects).toHaveLength(5);
    expect(f.projects.find((p) => p.name === '工会经费')?.amount.gpb?.fen).toBe(36_699_200n);
    expect(f.lastYear?.incomeTotal?.fen).toBe(522_970_000n);
    expect(f.lastYear?.operatingCost?.fen).toBe(15_680_000n);
  });

  it('keeps unquoted YAML decimals exact (never through floats)', () => {
    const text = readFileSync(EXAMPLE, 'utf8').replace('gpb: "3064200.00"', 'gpb: 3064200.00').replace('basic: { gpb: "238200.00" }', 'basic: { gpb: 238200.00 }');
    const f = parseFactsText(text);
    expect(f.expenditure[0].basic?.gpb?.fen).toBe(306_420_000n);
    const big = parseFactsText('department: {name: 测试局, year: 2026, duties: x, organisation: y}\nexpenditure: []\nlastYear: {incomeTotal: 0.10}\n');
    expect(big.lastYear?.incomeTotal?.fen).toBe(10n);
  });

  it('reads JSON as well', () => {
    const f = parseFactsText(JSON.stringify(minimal()));
    expect(f.projects[0].amount.gpb?.fen).toBe(50_000_000n);
    expect(f.unit).toBe('万元');
    expect(f.profile).toBe('shanxi-13');
  });
});

describe('invalid facts give Chinese errors with the field path', () => {
  it('wrong type', () => {
    const data = minimal();
    (data.department as Record<string, unknown>).year = '二〇二六';
    const issues = issuesOf(() => parseFacts(data));
    expect(issues).toEqual([{ path: 'department.year', message: expect.stringMatching(/应为数字/) }]);
  });

  it('negative and over-precise amounts', () => {
    const data = minimal();
    (data.projects as Record<string, unknown>[])[0].amount = { gpb: '-500000.00' };
    (data.expenditure as Record<string, unknown>[])[0].basic = { gpb: '1000000.001' };
    const issues = issuesOf(() => parseFacts(data));
    expect(issues.find((i) => i.path.startsWith('projects[0].amount.gpb'))?.message).toMatch(/不能为负数/);
    expect(issues.find((i) => i.path.startsWith('projects[0]'))?.path).toBe('projects[0].amount.gpb（“财政信息化”）');
    expect(issues.find((i) => i.path.startsWith('expenditure[0].basic.gpb'))?.message).toMatch(/最多两位小数/);
  });

  it('a float number from code is refused', () => {
    const data = minimal();
    (data.projects as Record<string, unknown>[])[0].amount = { gpb: 0.1 };
    expect(issuesOf(() => parseFacts(data))[0].message).toMatch(/带引号的文本/);
  });

  it('unknown fields and bad enums', () => {
    const data = minimal();
    (data.department as Record<string, unknown>).nmae = 'x';
    (data.projects as Record<string, unknown>[])[0].category = '运转类';
    const issues = issuesOf(() => parseFacts(data));
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['department', 'projects[0].category（“财政信息化”）']));
    expect(issues.find((i) => i.path === 'department')?.message).toMatch(/未知的字段：nmae/);
    expect(issues.find((i) => i.path.startsWith('projects[0].category'))?.message).toMatch(/应为以下之一：其他运转类、特定目标类/);
  });

  it('sums that cannot be derived', () => {
    const data = minimal();
    (data.projects as Record<string, unknown>[])[0].amount = { gpb: '400000.00' };
    (data.basicEconomic as Record<string, unknown>[])[0].personnel = '700000.00';
    data.income = { current: { gpb: '1400000.00' } };
    const issues = issuesOf(() => parseFacts(data));
    expect(issues.find((i) => i.path === 'projects')?.message).toBe('本年项目支出（一般公共预算）：各项目合计400000.00元，与功能分类科目中的项目支出500000.00元不一致（相差-100000.00元）');
    expect(issues.find((i) => i.path === 'basicEconomic')?.message).toMatch(/基本支出经济分类合计900000.00元，与功能分类一般公共预算基本支出合计1000000.00元不一致/);
    expect(issues.find((i) => i.path === 'income.current.gpb')?.message).toMatch(/预算收支必须平衡/);
  });

  it('names that do not resolve', () => {
    const data = minimal();
    (data.expenditure as Record<string, unknown>[])[0].name = '行政管理';
    (data.expenditure as Record<string, unknown>[]).push({ code: '2999901', name: '测试', unit: '不存在的单位' });
    data.basicEconomic = [{ name: '不存在的经济科目', personnel: '800000.00' }, { code: '30201', public: '200000.00' }];
    const issues = issuesOf(() => parseFacts(data));
    expect(issues.find((i) => i.path.startsWith('expenditure[0].name'))?.message).toBe('科目2010601的名称应为“行政运行”，不是“行政管理”');
    expect(issues.find((i) => i.path.startsWith('expenditure[2].unit'))?.message).toMatch(/单位“不存在的单位”不在 units 列表中/);
    expect(issues.filter((i) => i.path.startsWith('expenditure[2].code')).map((i) => i.message)).toEqual([
      expect.stringMatching(/类级科目299不在内置科目表中，请在 functionalNames 中写明其名称/),
      expect.stringMatching(/款级科目29999不在内置科目表中/),
    ]);
    expect(issues.find((i) => i.path.startsWith('basicEconomic[0]'))?.message).toMatch(/无法确定“不存在的经济科目”所属的经济分类类/);
  });

  it('unknown profile', () => {
    const data = { ...minimal(), profile: 'guangdong-20' };
    expect(issuesOf(() => parseFacts(data))).toEqual([{ path: 'profile', message: '未知的公开格式“guangdong-20”；可用的格式：shanxi-13' }]);
    expect(issuesOf(() => parseFacts({ ...minimal(), profile: 'national-9' }))[0].message).toMatch(/暂不支持由事实生成“national-9”/);
  });

  it('form funds must add up to the project amount', () => {
    const data = minimal();
    (data.projects as Record<string, unknown>[])[0].form = { funds: { local: '400000.00' } };
    expect(issuesOf(() => parseFacts(data))).toEqual([{ path: 'projects[0].form.funds（“财政信息化”）', message: '项目“财政信息化”资金构成合计400000.00元，不等于项目年度资金总额（本年预算）500000.00元' }]);
  });

  it('YAML syntax errors and missing files', () => {
    expect(issuesOf(() => parseFactsText('department: [unclosed\n'))[0].message).toMatch(/YAML 语法错误/);
    expect(() => loadFacts('no/such/file.yaml')).toThrow(/找不到事实文件/);
    expect(issuesOf(() => parseFactsText('department:\n  name: 某局\n'))).toEqual(
      expect.arrayContaining([{ path: 'department.year', message: '缺少必填项' }, { path: 'expenditure', message: '缺少必填项' }]),
    );
  });
});

describe('JSON Schema', () => {
  it('docs/facts.schema.json is up to date (npx tsx src/facts/json-schema.ts)', () => {
    expect(readFileSync('docs/facts.schema.json', 'utf8')).toBe(factsJsonSchemaText());
  });
  it('describes amounts as text in 元', () => {
    const schema = JSON.parse(factsJsonSchemaText());
    const amount = schema.properties.lastYear.properties.incomeTotal;
    expect(amount).toMatchObject({ type: 'string', pattern: expect.any(String) });
    expect(schema.required).toEqual(expect.arrayContaining(['department', 'expenditure']));
  });
});
