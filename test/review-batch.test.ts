// A batch of the real PDFs, checked once: one JSON with every finding, an HTML index linking one review report per
// file, and a workbook with a summary sheet and a findings sheet, each read back.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, runBatch } from '../src/cli/batch.js';
import type { BatchRow } from '../src/cli/batch-job.js';
import { planHtmlBatch, writeBatchIndex, writeBatchReport } from '../src/cli/batch-html.js';
import { run } from '../src/cli/program.js';
import { planOutput } from '../src/files/index.js';
import { batchJson, batchXlsx } from '../src/report/batch.js';

const REAL = 'test/fixtures/real';
const dir = mkdtempSync(join(tmpdir(), 'gongkai-review-batch-'));
let rows: BatchRow[];
let pdfs: string[];

beforeAll(async () => {
  pdfs = expandInputs([REAL])
    .map((e) => e.path)
    .filter((p) => p.endsWith('.pdf'));
  rows = await runBatch(pdfs, { jobs: 2, review: true });
}, 240_000);

describe('batch reports with every finding', () => {
  it('one JSON document: every file with its findings, and the totals', () => {
    const json = JSON.parse(batchJson(rows)) as { schemaVersion: string; summary: Record<string, number>; documents: (BatchRow & { review?: unknown })[] };
    expect(json.schemaVersion).toBe('2.0.0');
    expect(json.documents.map((d) => d.file)).toEqual(pdfs);
    for (const d of json.documents) {
      expect(d.status).toBe('ok');
      expect(d.findings!.length).toBe(d.errors! + d.warnings! + d.infos!);
      expect(d.review).toBeUndefined();
    }
    expect(json.summary.errors).toBe(rows.reduce((n, r) => n + (r.errors ?? 0), 0));
    expect(json.documents.flatMap((d) => d.findings!).every((f) => f.ruleId && f.message && Array.isArray(f.locations))).toBe(true);
  });
  it('an HTML index linking one review report per file, each with all its findings, written file by file', () => {
    const index = join(dir, '审核汇总.html');
    const plan = planHtmlBatch(planOutput(index, '报告'), pdfs, pdfs);
    rows.forEach((row, i) => writeBatchReport(plan, i, row));
    expect(rows.every((r) => r.review === undefined)).toBe(true);
    expect(writeBatchIndex(plan, rows)).toBe(pdfs.length);
    const html = readFileSync(index, 'utf8');
    const links = [...html.matchAll(/<a href="([^"]+)">/g)].map((m) => decodeURI(m[1]));
    expect(links).toHaveLength(pdfs.length);
    links.forEach((link, i) => {
      expect(existsSync(join(dir, link))).toBe(true);
      const report = readFileSync(join(dir, link), 'utf8');
      expect(report.match(/<article class="finding/g)?.length ?? 0).toBe(rows[i].findings!.length);
    });
    expect(readdirSync(dir).filter((f) => f.endsWith('.html'))).toHaveLength(pdfs.length + 1);
  });
  it('a workbook with a summary sheet and a filterable findings sheet, in Chinese', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await batchXlsx(rows)) as unknown as ArrayBuffer);
    const [summary, found] = [wb.getWorksheet('汇总')!, wb.getWorksheet('问题清单')!];
    const header = (ws: typeof summary) => (ws.getRow(1).values as unknown[]).slice(1);
    expect(header(summary)).toEqual(expect.arrayContaining(['文件', '部门', '年度', '格式', '错误', '警告', '提示', '读出的表']));
    expect(summary.rowCount).toBe(pdfs.length + 1);
    expect(header(found)).toEqual(['文件', '严重程度', '规则', '规则编号', '问题', '位置', '应为', '实为', '差额', '建议']);
    expect(found.rowCount - 1).toBe(rows.reduce((n, r) => n + r.findings!.length, 0));
    expect(found.autoFilter).toBeTruthy();
    const second = found.getRow(2).values as unknown[];
    expect(['错误', '警告', '提示']).toContain(second[2]);
    expect(second[3]).toMatch(/[\u4e00-\u9fff]/);
    expect(second[4]).toMatch(/^[a-z0-9-]+$/);
    for (let r = 2; r <= summary.rowCount; r++) expect(String(summary.getRow(r).getCell(2).value ?? '').trim()).not.toBe('');
  });
});

describe('batch HTML on the command line', () => {
  it('writes the index and one report per file beside it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gongkai-review-batch-cli-'));
    const seed = 'test/fixtures/seed/zezhou-2026.txt';
    const io = { out: () => undefined, err: () => undefined, isTTY: false };
    expect(await run(['check', seed, seed, '-f', 'html', '-o', join(out, 'index.html'), '-j', '1'], io)).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['index-001-zezhou-2026.html', 'index-002-zezhou-2026.html', 'index.html']);
  }, 60_000);
  it('refuses, before any work, a report that would land on an input', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gongkai-review-batch-clash-'));
    const victim = join(out, 'index-001-a.html'); // where the report of a.txt (the first file) would go
    writeFileSync(victim, '<p>输入</p>');
    writeFileSync(join(out, 'a.txt'), readFileSync('test/fixtures/seed/zezhou-2026.txt'));
    let err = '';
    const code = await run(['check', join(out, 'a.txt'), victim, '-f', 'html', '-o', join(out, 'index.html')], { out: () => undefined, err: (s) => void (err += s), isTTY: false });
    expect(code).toBe(2);
    expect(err).toContain('写入会毁掉原文件');
    expect(readFileSync(victim, 'utf8')).toBe('<p>输入</p>');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
