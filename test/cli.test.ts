import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from './gbk.js';
import { checkReportSchema } from '../src/report/json-schema.js';
import { run } from '../src/cli/program.js';

const SEED = 'test/fixtures/seed/zezhou-2026.txt';
const dir = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));

/** The command line run in this process (fast); one test below runs the real command as its own process. */
async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false });
  return { code, out, err };
}

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('gongkai check', () => {
  it('reports the seed grouped by severity and exits 1 on errors', async () => {
    const r = await cli('check', SEED);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/■ 错误（\d+）/);
    expect(r.out).toContain('[narrative-change]');
    expect(r.out).toContain('应为 6.70%，实为 7.18%');
  });
  it('writes JSON that follows the documented schema', async () => {
    const out = join(dir, 'seed.json');
    expect((await cli('check', SEED, '--format', 'json', '--out', out)).code).toBe(1);
    const json = checkReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(json.tables).toHaveLength(13);
    expect(json.summary.errors).toBeGreaterThan(0);
    const total = json.tables.find((t) => t.kind === 'expense-summary')!.rows.find((r) => r.role === 'total')!;
    expect(total.values).toMatchObject({ total: '650.24', basic: '330.24', project: '320.00' });
  });
  it('writes a self-contained HTML report', async () => {
    const out = join(dir, 'seed.html');
    await cli('check', SEED, '--format', 'html', '--out', out);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('narrative-change');
    expect(html).not.toMatch(/<link|<script src/);
  });
  it('exits 0 on a clean document', async () => {
    const clean = file('clean.txt', '泽州县测试局\n2026年度部门预算公开\n2026年预算支出总表\n单位：万元\n项目\t\t2026年预算数\t\t\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n合计\t\t10.00\t6.00\t4.00\n201\t一般公共服务支出\t10.00\t6.00\t4.00\n20129\t群众团体事务\t10.00\t6.00\t4.00\n2012901\t行政运行\t10.00\t6.00\t4.00\n');
    const r = await cli('check', clean, '--disable', 'completeness-required-tables,completeness-required-sections,completeness-toc');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('bad input gets a clear Chinese message and exit code 2', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty.txt', '', /是空的/],
    ['binary.txt', new Uint8Array([0x50, 0x4b, 0, 0, 1, 2, 3, 0, 0, 9]), /二进制|无法识别/],
    ['novel.txt', '从前有座山，山里有座庙。\n庙里有个老和尚。\n', /不像预算/],
    ['fake.pdf', '这不是 PDF 文件', /无法识别文件“fake.pdf”的格式/],
    ['latin1.txt', new Uint8Array([0xff, 0xfe, 0xfd, 0x80, 0x81, 0xfe, 0x20, 0x41]), /不像预算|无法识别|编码/],
  ];
  for (const [name, content, message] of cases)
    it(name, async () => {
      const r = await cli('check', file(name, content));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    });
  it('a missing file', async () => {
    const r = await cli('check', join(dir, 'nope.txt'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到文件');
  });
  it('a GBK file is read like UTF-8', async () => {
    const text = readFileSync(SEED, 'utf8');
    const bytes = encodeGbk(text);
    const r = await cli('check', file('seed-gbk.txt', bytes), '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).tables).toHaveLength(13);
  });
});

describe('gongkai check --annotate', () => {
  const REAL = 'test/fixtures/real/上海市普陀区财政局2024年度部门决算.pdf';
  it('writes a copy of the PDF with the findings annotated', async () => {
    const out = join(dir, '标注.pdf');
    const r = await cli('check', REAL, '--annotate', out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/■ 错误（\d+）/);
    expect(r.err).toContain(`已生成标注 PDF ${out}`);
    const { PDFDocument } = await import('pdf-lib');
    const pdf = await PDFDocument.load(readFileSync(out));
    expect(pdf.getPageCount()).toBe((await PDFDocument.load(readFileSync(REAL))).getPageCount());
    expect(pdf.getPages().some((p) => (p.node.Annots()?.size() ?? 0) > 0)).toBe(true);
  });
  it('refuses a text input, several inputs and overwriting the original', async () => {
    const notPdf = await cli('check', SEED, '--annotate', join(dir, 'a.pdf'));
    expect(notPdf.code).toBe(2);
    expect(notPdf.err).toContain('只能用于 PDF 文件');
    const many = await cli('check', SEED, REAL, '--annotate', join(dir, 'b.pdf'));
    expect(many.code).toBe(64);
    expect(many.err).toContain('只能用于检查单个 PDF 文件');
    const same = await cli('check', REAL, '--annotate', REAL);
    expect(same.code).toBe(2);
    expect(same.err).toContain('就是输入文件');
  });
});

describe('gongkai rules', () => {
  it('lists the catalogue', async () => {
    const r = await cli('rules');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/共 \d+ 条规则/);
  });
});


describe('positions in reports', () => {
  it('names sheet and cell for workbooks and page and line otherwise', async () => {
    const { position } = await import('../src/report/text.js');
    expect(position({ file: 'book.xlsx#部门支出总表!F9', line: 12 })).toBe('部门支出总表!F9');
    expect(position({ file: 'a.pdf', page: 3, line: 87 })).toBe('第3页，第87行');
  });
});

describe('a huge text file', () => {
  it('is refused before it is read, with a Chinese message', async () => {
    const big = file('huge.txt', Buffer.alloc(21 * 1024 * 1024, 'a'));
    const r = await cli('check', big);
    expect(r.code).toBe(2);
    expect(r.err).toContain('超过文本公开文件');
  });
});

describe('the gongkai command itself', () => {
  it('prints its report and exits with the code of the check (1: errors found)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check', SEED], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/■ 错误（\d+）/);
  });
});

describe('check --parts', () => {
  const narrative = '泽州县测试局\n2026年度部门预算公开\n第一部分 情况说明\n一、收支预算总体情况\n2026年收入预算合计10.00万元。\n';
  const tables = '泽州县测试局\n2026年度部门预算公开\n2026年部门收支预算总表\n单位：万元\n项目\t预算数\t项目\t预算数\n本年收入合计\t10.00\t本年支出合计\t10.00\n';
  it('checks the files of one disclosure as one document', async () => {
    const a = join(dir, 'parts-说明.txt');
    const b = join(dir, 'parts-报表.txt');
    writeFileSync(a, narrative);
    writeFileSync(b, tables);
    const r = await cli('check', a, b, '--parts', '--format', 'json');
    expect([0, 1]).toContain(r.code);
    const findings: { ruleId: string; actual?: string; locations: { file?: string }[] }[] = JSON.parse(r.out).findings;
    expect(findings.some((f) => f.actual === '本文件只有说明，没有报表')).toBe(false);
    expect(JSON.stringify(findings)).toContain('parts-报表.txt');
  });
  it('refuses a folder or a single file', async () => {
    const r = await cli('check', dir, '--parts');
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/--parts 需要直接给出同一份公开文件的两个或多个文件/);
  });
});
