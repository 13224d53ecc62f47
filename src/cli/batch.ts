import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import cliProgress from 'cli-progress';
import { checkOne, type BatchRow } from './batch-job.js';

export const SUPPORTED = new Set(['.txt', '.text', '.pdf', '.xlsx', '.docx', '.html', '.htm']);

/** Expand directories (recursively) into the supported files they hold, sorted; files are kept as given. */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (s?.isDirectory()) {
      const entries = await readdir(p, { recursive: true });
      for (const e of entries.sort()) {
        const full = join(p, e);
        if (SUPPORTED.has(extname(e).toLowerCase()) && (await stat(full)).isFile()) out.push(full);
      }
    } else out.push(p);
  }
  return out;
}

/** Start a worker; under tsx (tests, development) the worker registers tsx itself before loading the .ts entry. */
function startWorker(): Worker | undefined {
  try {
    if (import.meta.url.endsWith('.ts')) {
      const entry = new URL('./batch-worker.ts', import.meta.url).href;
      return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
    }
    return new Worker(new URL('./batch-worker.js', import.meta.url));
  } catch {
    return undefined;
  }
}

/** Run one file on a worker; undefined when the worker failed (the caller then checks it in-process). */
function inWorker(w: Worker, file: string): Promise<BatchRow | undefined> {
  return new Promise((resolve) => {
    const done = (row: BatchRow | undefined) => {
      w.off('message', onMessage);
      w.off('error', onFail);
      w.off('exit', onFail);
      resolve(row);
    };
    const onMessage = (row: BatchRow) => done(row);
    const onFail = () => done(undefined);
    w.on('message', onMessage);
    w.on('error', onFail);
    w.on('exit', onFail);
    w.postMessage(file);
  });
}

/** Check many files on a pool of worker threads; results keep input order. A failing file never stops the batch. */
export async function runBatch(files: string[], opts: { jobs?: number; progress?: boolean } = {}): Promise<BatchRow[]> {
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), files.length));
  const bar = opts.progress ? new cliProgress.SingleBar({ format: '检查中 [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(files.length, 0, { file: '' });
  const results: BatchRow[] = new Array(files.length);
  if (jobs === 1) {
    for (let i = 0; i < files.length; i++) {
      results[i] = await checkOne(files[i]);
      bar?.increment({ file: files[i] });
    }
    bar?.stop();
    return results;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      let w: Worker | undefined = startWorker();
      try {
        while (next < files.length) {
          const i = next++;
          // A worker that dies is replaced by checking in this thread: the batch always finishes.
          results[i] = (w && (await inWorker(w, files[i]))) || (await checkOne(files[i]));
          if (w && !results[i]) w = undefined;
          bar?.increment({ file: files[i] });
        }
      } finally {
        await w?.terminate();
      }
    }),
  );
  bar?.stop();
  return results;
}
