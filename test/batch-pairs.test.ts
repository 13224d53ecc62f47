import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOne } from '../src/cli/batch-job.js';
import { expandInputs, runBatch } from '../src/cli/batch.js';
import { pairBatch } from '../src/cli/batch-pairs.js';
import { batchHtmlIndex, batchJson, batchText, batchXlsx } from '../src/report/batch.js';

// Two parts of one Beijing disclosure (附件1 情况说明, 附件2 报表) and a complete document of another department.
const dir = mkdtempSync(join(tmpdir(), 'gongkai-pairs-'));
copyFileSync('test/fixtures/parts/fuzhongxin-baobiao.pdf', join(dir, 'a-附件2.pdf'));
copyFileSync('test/fixtures/parts/fuzhongxin-shuoming.pdf', join(dir, 'b-附件1.pdf'));
copyFileSync('test/fixtures/seed/zezhou-2026.txt', join(dir, 'c.txt'));
const inThread = { startWorker: () => undefined };

describe('a batch pairs the two files of one disclosure', async () => {
  const single = await runBatch(expandInputs([dir]), inThread);
  const { rows, slots } = await pairBatch(single, inThread);
  const [narrative, tables] = [join(dir, 'b-附件1.pdf'), join(dir, 'a-附件2.pdf')];

  it('checks them as one row at the narrative’s place, narrative first, and leaves the others alone', () => {
    expect(single.map((r) => r.content)).toEqual(['tables', 'narrative', 'complete']);
    expect(rows.map((r) => r.parts)).toEqual([[narrative, tables], undefined]);
    expect(slots).toEqual([1, 2]);
    expect(rows[1]).toEqual(single[2]);
    expect(rows[0]).toMatchObject({ status: 'ok', department: '北京城市副中心工程建设管理办公室', year: 2026, tables: single[0].tables });
    // The narrative part alone has no tables; checked together it has the (cut) table part's.
    const narrativeOnly = (r: (typeof rows)[number]) => r.findings!.some((f) => f.actual === '本文件只有说明，没有报表');
    expect(narrativeOnly(single[1])).toBe(true);
    expect(narrativeOnly(rows[0])).toBe(false);
  });
  it('keeps the file and page of every finding', () => {
    const files = new Set(rows[0].findings!.flatMap((f) => f.locations.map((l) => l.file)).filter(Boolean));
    expect(files).toEqual(new Set([narrative, tables]));
    expect(rows[0].findings!.flatMap((f) => f.locations).filter((l) => l.file).every((l) => l.page! >= 1)).toBe(true);
  });
  it('says which files were paired in every summary', async () => {
    expect(batchText(rows)).toContain(`${narrative} ＋ ${tables}：两个文件同为北京城市副中心工程建设管理办公室2026年部门预算`);
    const json = JSON.parse(batchJson(rows));
    expect(json.summary).toMatchObject({ files: 3, documents: 2, paired: [{ files: [narrative, tables] }] });
    expect(batchHtmlIndex(rows, [])).toContain('自动合并检查的文件');
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await batchXlsx(rows)) as unknown as ArrayBuffer);
    expect(String(wb.worksheets[0].getCell('M2').value)).toBe(`${narrative} ＋ ${tables}`);
    const found = wb.worksheets[1].getColumn(1).values.slice(2).map(String);
    expect(found).toContain(narrative);
    expect(found).toContain(tables);
  });
});

describe('a pair is checked from its parts as the batch read them', () => {
  it('does not read the two files again (they may be gone by then), and no row keeps a document', async () => {
    const own = mkdtempSync(join(tmpdir(), 'gongkai-pairs-'));
    copyFileSync('test/fixtures/parts/fuzhongxin-baobiao.pdf', join(own, 'a-附件2.pdf'));
    copyFileSync('test/fixtures/parts/fuzhongxin-shuoming.pdf', join(own, 'b-附件1.pdf'));
    const single = await runBatch(expandInputs([own]), inThread);
    const parts = [join(own, 'b-附件1.pdf'), join(own, 'a-附件2.pdf')];
    const fresh = await checkOne(parts.join(' + '), { parts });
    rmSync(own, { recursive: true });
    const { rows } = await pairBatch(single, inThread);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'ok', parts: [join(own, 'b-附件1.pdf'), join(own, 'a-附件2.pdf')] });
    expect(rows.some((r) => 'partDocument' in r)).toBe(false);
    // The same findings as the two files read afresh (checking a part must not change the document kept for its pair).
    expect(rows[0].findings).toEqual(fresh.findings);
  });
});
