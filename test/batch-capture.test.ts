import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { prepared, runBatch, startWorker } from '../src/cli/batch.js';
import type { BatchRow } from '../src/cli/batch-job.js';

// A batch of PDFs on two workers or more reads ahead: one worker only captures PDFs (PDFium), the other lays
// them out and checks them (see src/cli/batch-capture.ts). Whatever happens to the reading worker, every file
// gets the row it gets without it.
const dir = mkdtempSync(join(tmpdir(), 'gongkai-capture-'));
const pdfs = ['test/fixtures/layouts/yantai-rotated-split-codes.pdf', 'test/fixtures/parts/fuzhongxin-baobiao.pdf', 'src/import/pdf/testdata/zezhou-2026.pdf', 'src/import/pdf/testdata/encrypted.pdf'].map((f, i) => {
  const to = join(dir, `${i}-${f.split('/').pop()}`);
  copyFileSync(f, to);
  return to;
});
writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\n垃圾');
const files = [...pdfs, join(dir, 'broken.pdf')];
const withoutTime = (rows: BatchRow[]) => rows.map(({ ms: _ms, ...row }) => row);

/** The real reading worker, counting the files it captured. */
function counted(): { start: (mb: number) => Worker | undefined; captured: () => number } {
  let n = 0;
  return {
    start: (mb) => {
      const w = startWorker(mb, {}, 'capture-worker');
      w?.on('message', (m: { captured?: unknown }) => void (m && typeof m === 'object' && 'captured' in m && n++));
      return w;
    },
    captured: () => n,
  };
}

describe('a batch of PDFs read ahead on a second worker', () => {
  let plain: BatchRow[];
  it('gives every file the row it gets without reading ahead', async () => {
    plain = await runBatch(files, { jobs: 1 });
    const reader = counted();
    const ahead = await runBatch(files, { jobs: 2, startCaptureWorker: reader.start });
    expect(withoutTime(ahead)).toEqual(withoutTime(plain));
    expect(plain.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'unreadable', 'unreadable']);
    expect(reader.captured()).toBeGreaterThan(0);
  });

  it('does not read ahead when each file also gets its review report (checking then outweighs reading)', async () => {
    const reader = counted();
    const rows = await runBatch(files.slice(0, 2), { jobs: 2, review: true, startCaptureWorker: reader.start });
    expect(rows.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(reader.captured()).toBe(0);
  });

  it('gives the reader\'s place to a checking worker once no PDF is left (other formats are not left to one worker)', async () => {
    const texts = [1, 2, 3, 4].map((k) => {
      const to = join(dir, `seed-${k}.txt`);
      copyFileSync('test/fixtures/seed/zezhou-2026.txt', to);
      return to;
    });
    let checkers = 0;
    const reader = counted();
    const rows = await runBatch([pdfs[0], pdfs[1], ...texts], { jobs: 2, startCaptureWorker: reader.start, startWorker: (mb, shared) => (checkers++, startWorker(mb, shared)) });
    expect(rows.map((r) => r.status)).toEqual(Array(6).fill('ok'));
    expect(reader.captured()).toBe(1);
    expect(checkers).toBe(2);
  });

  it('gives a file back when the reading worker fails on it, and stops reading ahead after three failures', async () => {
    const crashing = `const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => { if (m.capture) process.exit(3); }); parentPort.postMessage('ready');`;
    let started = 0;
    const rows = await runBatch(files, { jobs: 2, startCaptureWorker: () => (started++, new Worker(crashing, { eval: true })) });
    expect(withoutTime(rows)).toEqual(withoutTime(plain));
    expect(started).toBe(3);
  });

  it('reports a file whose capture runs over its time, and checks the others', async () => {
    const stuck = `const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => {}); parentPort.postMessage('ready');`;
    let first = true;
    // The limit is every file's: long enough for the others to be checked on a busy machine (CI once took over
    // 1 s for a cold check of an 18-page part).
    const rows = await runBatch(files.slice(0, 3), {
      jobs: 2,
      timeoutSeconds: 4,
      startCaptureWorker: (mb) => (first ? ((first = false), new Worker(stuck, { eval: true })) : startWorker(mb, {}, 'capture-worker')),
    });
    const over = rows.filter((r) => r.status === 'unreadable');
    expect(over).toHaveLength(1);
    expect(over[0].message).toBe('检查超过 4 秒仍未完成，已停止（文件可能过大或结构异常）');
    expect(rows.filter((r) => r.status === 'ok')).toHaveLength(2);
  });
});

describe('a new worker', () => {
  it('is kept when it is ready before PDFium has compiled (its "ready" is not lost)', async () => {
    const w = new Worker(`require('node:worker_threads').parentPort.postMessage('ready')`, { eval: true });
    const slowCompile = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 300));
    const t = performance.now();
    expect(await prepared(w, slowCompile)).toBe(w);
    expect(performance.now() - t).toBeLessThan(5000);
    await w.terminate();
  }, 10_000);
});
