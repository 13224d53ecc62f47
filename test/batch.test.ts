import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, runBatch } from '../src/cli/batch.js';
import { batchText, batchXlsx } from '../src/report/batch.js';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-batch-'));
mkdirSync(join(dir, 'sub'));
copyFileSync('test/fixtures/seed/zezhou-2026.txt', join(dir, 'a.txt'));
copyFileSync('test/fixtures/seed/zezhou-2026.txt', join(dir, 'sub', 'b.txt'));
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\n垃圾');
writeFileSync(join(dir, 'notes.md'), '# not checked');

describe('batch check', () => {
  it('expands directories recursively to supported files', async () => {
    const files = await expandInputs([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'broken.pdf', 'empty.txt', 'sub/b.txt']);
  });
  it('checks on worker threads, keeps order, and never stops on an unreadable file', async () => {
    const files = await expandInputs([dir]);
    const rows = await runBatch(files, { jobs: 2 });
    expect(rows.map((r) => r.status)).toEqual(['ok', 'unreadable', 'unreadable', 'ok']);
    expect(rows[0]).toMatchObject({ profile: 'shanxi-13', tables: 13 });
    expect(rows[0].errors).toBeGreaterThan(0);
    expect(rows[2].message).toContain('空的');
    expect(batchText(rows)).toContain('无法读取 2 份');
    const xlsx = join(dir, 'summary.xlsx');
    await batchXlsx(rows, xlsx);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(5);
    expect(ws.autoFilter).toBeDefined();
    expect(String(ws.getCell('F3').value)).toBe('无法读取');
  });
});
