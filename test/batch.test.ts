import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { expandInputs, largestFirst, runBatch, startWorker, WorkerPool, type WorkerShared } from '../src/cli/batch.js';
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
    const files = expandInputs([dir]);
    expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual(['a.txt', 'broken.pdf', 'empty.txt', 'sub/b.txt']);
  });
  it('checks on worker threads, keeps order, and never stops on an unreadable file', async () => {
    const files = expandInputs([dir]);
    const rows = await runBatch(files, { jobs: 2 });
    expect(rows.map((r) => r.status)).toEqual(['ok', 'unreadable', 'unreadable', 'ok']);
    expect(rows[0]).toMatchObject({ profile: 'shanxi-13', tables: 13 });
    expect(rows[0].errors).toBeGreaterThan(0);
    expect(rows[2].message).toContain('空的');
    expect(batchText(rows)).toContain('无法读取 2 份');
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await batchXlsx(rows)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(5);
    expect(ws.autoFilter).toBeDefined();
    expect(String(ws.getCell('F3').value)).toBe('无法读取');
  });
});

describe('a pool of workers kept between batches', () => {
  it('a second batch with the same pool starts no new worker; closing the pool stops them', async () => {
    const pool = new WorkerPool();
    let started = 0;
    const counting = (mb: number, shared?: WorkerShared) => {
      started++;
      return startWorker(mb, shared);
    };
    const seed = join(dir, 'a.txt');
    const first = await runBatch([seed], { jobs: 1, pool, startWorker: counting });
    const second = await runBatch([seed], { jobs: 1, pool, startWorker: counting });
    expect(first[0].status).toBe('ok');
    expect(second[0]).toMatchObject({ status: 'ok', errors: first[0].errors });
    expect(started).toBe(1);
    await pool.close();
    expect(pool.take()).toBeUndefined();
  });
});

describe('PDFium compiled once for the whole batch', () => {
  it('each worker receives the compiled module before its first PDF', async () => {
    // A worker that says what it received before the job: the batch's own workers would use that module.
    const code = `const { parentPort } = require('node:worker_threads'); let module;
      parentPort.on('message', (m) => { if (m.pdfiumModule) module = m.pdfiumModule; else parentPort.postMessage({ file: m.file, status: 'ok', ms: 0, message: module instanceof WebAssembly.Module ? 'module first' : 'no module' }); });
      parentPort.postMessage('ready');`;
    const pdf = 'test/fixtures/parts/fuzhongxin-shuoming.pdf';
    const rows = await runBatch([pdf, pdf], { jobs: 2, startWorker: () => new Worker(code, { eval: true }) });
    expect(rows.map((r) => r.message)).toEqual(['module first', 'module first']);
  });
});

describe('a batch finishes in bounded time and memory', () => {
  const seed = join(dir, 'a.txt');
  // A worker that never answers its first file, and one that fills its heap; later workers are real.
  const stuck = `const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => {}); parentPort.postMessage('ready');`;
  const greedy = `const a = []; const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => { for (;;) a.push(new Array(1e5).fill(a.length)); }); parentPort.postMessage('ready');`;
  const faulty = (code: string) => {
    let first = true;
    return (mb: number) => {
      if (!first) return undefined; // then checked in this thread
      first = false;
      return new Worker(code, { eval: true, resourceLimits: { maxOldGenerationSizeMb: mb } });
    };
  };
  it('reports a file over its time limit and goes on with a fresh worker', async () => {
    const rows = await runBatch([seed, seed], { jobs: 1, timeoutSeconds: 1, startWorker: faulty(stuck) });
    expect(rows[0]).toMatchObject({ status: 'unreadable', message: '检查超过 1 秒仍未完成，已停止（文件可能过大或结构异常）' });
    expect(rows[1]).toMatchObject({ status: 'ok', tables: 13 });
  });
  it('reports a worker out of memory and goes on', async () => {
    const rows = await runBatch([seed, seed], { jobs: 1, memoryMb: 32, startWorker: faulty(greedy) });
    expect(rows[0]).toMatchObject({ status: 'unreadable', message: '检查时内存超过 32 MB 的上限，已停止' });
    expect(rows[1].status).toBe('ok');
  });
  it('gives an entry the folder scan could not list its own row', async () => {
    const rows = await runBatch([{ path: join(dir, 'locked'), problem: '无法读取目录“locked”：没有权限' }, seed], { jobs: 1 });
    expect(rows.map((r) => [r.status, r.message])).toEqual([['unreadable', '无法读取目录“locked”：没有权限'], ['ok', undefined]]);
  });
  it('checks the largest files first (unlisted entries before them), whatever their place in the list', () => {
    const small = join(dir, 'small.txt');
    const big = join(dir, 'big.txt');
    writeFileSync(small, 'x');
    writeFileSync(big, 'x'.repeat(5000));
    const order = largestFirst([{ path: small }, { path: join(dir, 'a.txt') }, { path: big }, { path: join(dir, 'gone'), problem: '无法读取' }]);
    expect(order).toEqual([3, 1, 2, 0]);
  });
});
