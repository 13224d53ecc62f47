import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets, upload, world, type World } from './harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TEXT = readFileSync(new URL('../fixtures/seed/zezhou-2026.txt', import.meta.url));

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/worker.ts'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('已启动')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => reject(new Error(`worker exited ${code}: ${out}`)));
  });
}

const pg = targets().includes('pg');

describe.skipIf(!pg)('job queue on PostgreSQL (pg-boss)', () => {
  let w: World;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    // The web process only enqueues; two separate worker processes do the work.
    w = await world('pg', { inProcessWorkers: false });
    workers.push(...(await Promise.all([startWorker(w.services.store.url!), startWorker(w.services.store.url!)])));
  });
  afterAll(async () => {
    await Promise.all(workers.map((p) => new Promise((resolve) => (p.exitCode !== null ? resolve(null) : (p.on('exit', resolve), p.kill('SIGTERM'))))));
    await w?.close();
  });

  it('two worker processes share one queue and every job is done exactly once', async () => {
    const rev = await w.login('rev');
    const form = new FormData();
    const n = 20;
    for (let i = 0; i < n; i++) form.append('files', new File([TEXT], `第${i + 1}份.txt`));
    form.append('files', new File(['%PDF-1.7 broken'], '损坏.pdf'));
    const batch = await rev.post('/api/audits', form);
    expect(batch.status, JSON.stringify(batch.body)).toBe(200);
    const { db } = w.services;
    const deadline = Date.now() + 150_000;
    let rows: { status: string; runs: number; worker: string | null; error: string | null; errors: number }[] = [];
    while (Date.now() < deadline) {
      rows = await db.selectFrom('audit_files').select(['status', 'runs', 'worker', 'error', 'errors']).where('batch_id', '=', batch.body.id).execute();
      if (rows.every((r) => r.status === 'done' || r.status === 'failed')) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(rows).toHaveLength(n + 1);
    expect(rows.filter((r) => r.status === 'done')).toHaveLength(n);
    expect(rows.filter((r) => r.status === 'failed').map((r) => r.error)).toEqual([expect.stringContaining('损坏.pdf')]);
    expect(rows.every((r) => r.runs === 1)).toBe(true);
    const used = new Set(rows.map((r) => r.worker));
    console.log(`任务分配：${[...used].map((id) => `${id} ${rows.filter((r) => r.worker === id).length} 个`).join('，')}`);
    expect(used.size).toBe(2);
    expect(workers.map((p) => `${p.pid}`).sort()).toEqual([...used].map((id) => id!.split(':').pop()).sort());
  }, 200_000);
});

describe('job queue in process (SQLite)', () => {
  it('runs every upload of a batch, one bad file not stopping the rest', async () => {
    const w = await world('sqlite');
    try {
      const rev = await w.login('rev');
      const batch = await rev.post('/api/audits', (() => {
        const f = upload('甲.txt', TEXT, 'files');
        f.append('files', new File(['%PDF-1.4 truncated'], '乙.pdf'));
        f.append('files', new File([TEXT], '丙.txt'));
        return f;
      })());
      expect(batch.status).toBe(200);
      await w.services.jobs.idle();
      const b = (await rev.get(`/api/audits/${batch.body.id}`)).body;
      expect(b.files.map((f: { status: string }) => f.status)).toEqual(['done', 'failed', 'done']);
      const list = (await rev.get('/api/audits')).body;
      expect(list[0]).toMatchObject({ total: 3, finished: 3, failed: 1 });
    } finally {
      await w.close();
    }
  });
});
