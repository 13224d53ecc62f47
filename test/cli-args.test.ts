import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';

const SEED = 'test/fixtures/seed/zezhou-2026.txt';

/** Run the command line in this process and collect what it prints. */
async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false });
  return { code, out, err };
}

describe('the command line speaks Chinese', () => {
  it('in help: headings, options, every input format and the exit codes', async () => {
    const top = await cli('--help');
    expect(top.code).toBe(0);
    expect(top.out).toContain('用法： gongkai <命令> [选项]');
    expect(top.out).toMatch(/命令：\n {2}check \[选项\] <文件或目录\.\.\.>/);
    expect(top.out).toContain('64  参数错误');
    expect(top.out).not.toMatch(/Usage|Options|Commands|display help|\[options\]/);
    const check = await cli('check', '--help');
    for (const format of ['.txt', 'GBK', '.pdf', '.xlsx', '.docx', '.html']) expect(check.out).toContain(format);
    expect(check.out.replace(/\s+/g, '')).toContain('（可选：text、json、html、pdf、docx；默认：text）');
    expect(check.out).toContain('2   文件无法读取');
    expect((await cli('help', 'render')).out).toContain('用法： gongkai render [选项] <事实文件> -o <目录>');
  });
  it('in usage errors, which exit 64 and point at the help', async () => {
    const cases: [string[], string][] = [
      [['check', SEED, '--nosuch'], '参数错误：未知的选项 “--nosuch”'],
      [['chek', SEED], '参数错误：未知的命令 “chek”（是否要输入 check？）'],
      [['check'], '参数错误：缺少必需的参数 “文件或目录”'],
      [['check', SEED, '--out'], '参数错误：选项 “-o, --out <文件>” 缺少取值'],
      [['render', 'x.yaml'], '参数错误：缺少必需的选项 “-o, --out <目录>”'],
      [['import', 'a.xlsx', 'b.xlsx'], '参数错误：命令 import 参数过多：应有 1 个，实际给了 2 个'],
      [['check', SEED, '--format', 'xml'], '参数错误：选项 “-f, --format <格式>” 的取值 “xml” 无效；可选：text、json、html、pdf、docx'],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(64);
      expect(r.err.split('\n')[0]).toBe(message);
      expect(r.err).toMatch(/（运行 gongkai (\w+ )?--help 查看用法）|用法：/);
    }
    expect((await cli()).code).toBe(64);
  });
});

describe('every option value is checked before any work', () => {
  const refused: [string[], RegExp][] = [
    [['check', SEED, '--disable', 'table-column-total,nosuchrule'], /没有编号为 “nosuchrule” 的规则。可用的规则编号：\n.*table-column-total、/],
    [['check', SEED, '--profile', 'nosuch'], /没有名为“nosuch”的格式；可选：national-9、national-9-final、shanxi-13、shanghai-9/],
    [['check', SEED, '-j', 'abc'], /并行数应为 1 到 256 之间的整数/],
    [['check', SEED, '-j', '0'], /并行数应为 1 到 256 之间的整数/],
    [['check', SEED, '-j', '1.5'], /并行数应为 1 到 256 之间的整数/],
    [['check', SEED, '-j', '100000'], /并行数应为 1 到 256 之间的整数/],
    [['check', SEED, SEED, '--timeout', '0'], /秒数应为 1 到 3600 之间的整数/],
    [['template', '--year', 'abc'], /年度应为 2000 到 2100 之间的整数/],
    [['template', '--year', '1999'], /年度应为 2000 到 2100 之间的整数/],
    [['template', '--profile', 'national-9'], /格式“national-9”还没有填报模板；目前可选：shanxi-13/],
    [['render', 'x.yaml', '-o', 'out', '--format', 'html,odt'], /不支持的输出格式“odt”；可选：html、pdf、xlsx、docx/],
    [['check', SEED, 'test/fixtures/seed', '--format', 'pdf', '-o', 'x.pdf'], /批量检查的报告格式只能是 text、json、html；PDF、DOCX 审核意见请逐个文件检查/],
    [['check', SEED, 'test/fixtures/seed', '--format', 'docx', '-o', 'x.docx'], /批量检查的报告格式只能是 text、json、html/],
    [['check', SEED, 'test/fixtures/seed', '--format', 'html'], /批量检查的 HTML 报告.*请用 -o 指定索引页文件/],
    [['check', SEED, '--format', 'pdf'], /PDF 格式的审核意见是文件，请用 -o 指定输出文件/],
    [['check', SEED, '--format', 'docx'], /DOCX 格式的审核意见是文件，请用 -o 指定输出文件/],
    [['template', '--profile', 'national-9-final'], /格式“national-9-final”还没有填报模板；目前可选：shanxi-13/],
    [['template', '--profile', 'shanghai-9'], /格式“shanghai-9”还没有填报模板；目前可选：shanxi-13/],
    [['check', SEED, '--xlsx', 'summary.xlsx'], /--xlsx 汇总表只用于批量检查/],
    [['check', SEED, SEED, '--annotate', 'a.pdf'], /--annotate 只能用于检查单个 PDF 文件/],
  ];
  for (const [argv, message] of refused)
    it(argv.slice(1).join(' '), async () => {
      const r = await cli(...argv);
      expect(r.code).toBe(64);
      expect(r.err).toMatch(/^参数错误：/);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    });
});

describe('templates: every profile has one that import accepts, or is refused at template time', () => {
  it('for each profile', async () => {
    const { PROFILES } = await import('../src/profiles/profiles.js');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { factsToWorkbook, importWorkbook } = await import('../src/template/index.js');
    const { loadFacts } = await import('../src/facts/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-templates-'));
    const offered: string[] = [];
    for (const id of Object.keys(PROFILES)) {
      const out = join(dir, `${id}.xlsx`);
      const r = await cli('template', '--profile', id, '--year', '2027', '-o', out);
      if (r.code === 64) {
        expect(r.err).toMatch(new RegExp(`^参数错误：格式“${id}”还没有填报模板；目前可选：`));
        continue;
      }
      expect(r.code, r.err).toBe(0);
      offered.push(id);
      // Fill the template written by the command as a preparer would: every value of the example copied into its
      // cells, then imported back.
      const { default: ExcelJS } = await import('exceljs');
      const [template, example] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
      await template.xlsx.readFile(out);
      await example.xlsx.load((await factsToWorkbook(loadFacts('examples/zezhou-2026.facts.yaml'))) as unknown as ArrayBuffer);
      example.eachSheet((ws) => {
        const target = template.getWorksheet(ws.name);
        expect(target, ws.name).toBeTruthy();
        ws.eachRow((row, r) => row.eachCell((c, col) => void (target!.getCell(r, col).value = c.value)));
      });
      const facts = await importWorkbook(Buffer.from(await template.xlsx.writeBuffer()), { file: out });
      expect(facts.profile).toBe(id);
      expect(facts).toEqual(loadFacts('examples/zezhou-2026.facts.yaml'));
    }
    expect(offered).toEqual(['shanxi-13']);
  });
});
