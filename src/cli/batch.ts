import { statSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { extname } from 'node:path';
import { Worker } from 'node:worker_threads';
import cliProgress from 'cli-progress';
import { scanInputs, type ScanEntry } from '../files/index.js';
import { BatchQueue, capturedBuffers, Capturer, type Next } from './batch-capture.js';
import type { BatchJob, BatchRow } from './batch-job.js';

export const SUPPORTED = new Set(['.txt', '.text', '.pdf', '.xlsx', '.docx', '.html', '.htm']);

/** Folders expanded (recursively, loops and bad links survived) into the supported files they hold. */
export function expandInputs(paths: readonly string[]): ScanEntry[] {
  return scanInputs(paths, { accept: (name) => SUPPORTED.has(extname(name).toLowerCase()) });
}

export interface BatchOptions {
  jobs?: number;
  progress?: boolean;
  /** Time limit per file, in seconds (default 60): a file over it is reported and the batch goes on. */
  timeoutSeconds?: number;
  /** Heap limit per worker, in MB (default 1024). */
  memoryMb?: number;
  /** Also build every report of each file (the fuzzer). */
  reports?: boolean;
  /** Also build each file's review report (batch HTML). */
  review?: boolean;
  /** Called with each file's row as soon as it is done (before the batch ends), e.g. to write its report. */
  onRow?: (index: number, row: BatchRow) => void;
  /** Workers kept between batches (the pairing's second batch reuses the first one's); closed by the caller. */
  pool?: WorkerPool;
  /** How to start a worker (tests give a worker that hangs or runs out of memory). */
  startWorker?: (memoryMb: number, shared?: WorkerShared) => Worker | undefined;
  /** How to start the reading worker of a batch of PDFs (see batch-capture.ts; tests give one that fails). */
  startCaptureWorker?: (memoryMb: number) => Worker | undefined;
}

export const DEFAULT_TIMEOUT_SECONDS = 60;
export const DEFAULT_WORKER_MB = 1024;
const MB = 1024 * 1024;

/** Workers to run: as asked, but no more than the cores, the free memory (at a worker's limit each) and the files. */
export function jobsFor(requested: number | undefined, files: number, memoryMb = DEFAULT_WORKER_MB): { jobs: number; capped?: string } {
  const cores = availableParallelism();
  const byMemory = Math.max(1, Math.floor((freemem() * 0.8) / (memoryMb * 1.25 * MB)));
  const cap = Math.min(cores, byMemory);
  const jobs = Math.max(1, Math.min(requested ?? cores, cap, Math.max(1, files)));
  const capped = requested !== undefined && requested > cap ? `并行数 ${requested} 超过本机所能承受的 ${cap}（${cores} 个 CPU 核，可用内存约 ${(freemem() / 1024 / MB).toFixed(1)} GB），按 ${jobs} 运行` : undefined;
  return { jobs, capped };
}

/** What every worker of a batch starts with. */
export interface WorkerShared {
  /** Whether a worker reads a PDF on two threads: only when the workers leave cores free. */
  twoThreadReading?: boolean;
}

/**
 * PDFium compiled once by the main thread (see pdfiumModule), posted to each worker before its first job: the
 * workers load their code while it compiles.
 */
export interface PdfiumModuleMessage {
  pdfiumModule: WebAssembly.Module;
}

/**
 * Start a worker (a checking one, or the batch's reading one: capture-worker); under tsx (tests, development) the
 * worker registers tsx itself before loading the .ts entry.
 */
export function startWorker(memoryMb: number, workerData: WorkerShared = {}, name: 'batch-worker' | 'capture-worker' = 'batch-worker'): Worker | undefined {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
  try {
    if (import.meta.url.endsWith('.ts')) {
      const entry = new URL(`./${name}.ts`, import.meta.url).href;
      return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, resourceLimits, workerData });
    }
    return new Worker(new URL(`./${name}.js`, import.meta.url), { resourceLimits, workerData });
  } catch {
    return undefined;
  }
}

/** Ready workers kept for the next batch of the same command: a worker's start-up costs more than a small file. */
export class WorkerPool {
  private idle: Worker[] = [];
  take(): Worker | undefined {
    return this.idle.pop();
  }
  get size(): number {
    return this.idle.length;
  }
  give(w: Worker): void {
    this.idle.push(w);
  }
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}

/** A file to check, or the parts of one disclosure to check as one (`path` is then their joined name). */
export type BatchEntry = ScanEntry & Pick<BatchJob, 'parts' | 'partDocuments' | 'pairedBecause'>;

type Outcome = { row: BatchRow } | { failed: string };

/** Wait for a new worker to load its modules (it posts "ready"); false if it fails or takes over two minutes. */
function ready(w: Worker): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onFail);
      w.off('exit', onFail);
      resolve(ok);
    };
    const onMessage = (m: unknown) => done(m === 'ready');
    const onFail = () => done(false);
    const timer = setTimeout(() => done(false), 120_000);
    w.on('message', onMessage);
    w.on('error', onFail);
    w.on('exit', onFail);
  });
}

/**
 * A new worker once it has loaded its code (undefined if it fails to), given PDFium's module as soon as that is
 * compiled. It is listened to at once: a worker that loads before PDFium compiles says "ready" before the
 * module is posted, and a message nobody listens for is lost.
 */
export async function prepared(w: Worker | undefined, module: Promise<WebAssembly.Module | undefined>): Promise<Worker | undefined> {
  if (!w) return undefined;
  const started = ready(w);
  const compiled = await module;
  if (compiled) w.postMessage({ pdfiumModule: compiled } satisfies PdfiumModuleMessage);
  if (await started) return w;
  await w.terminate();
  return undefined;
}

/** Check one file on a worker, within a time limit. A failed worker (timeout, memory, crash) must be replaced. */
function inWorker(w: Worker, job: BatchJob, timeoutMs: number, memoryMb: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const done = (o: Outcome) => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      resolve(o);
    };
    const onMessage = (row: BatchRow) => done({ row });
    const onError = (e: Error & { code?: string }) =>
      done({ failed: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `检查时内存超过 ${memoryMb} MB 的上限，已停止` : `检查时出现内部错误：${String(e.message).split('\n')[0]}` });
    const onExit = () => done({ failed: '检查进程意外退出' });
    const timer = setTimeout(() => done({ failed: overTime(timeoutMs) }), timeoutMs);
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage(job, job.captured ? capturedBuffers(job.captured) : []);
  });
}

const overTime = (timeoutMs: number) => `检查超过 ${Math.round(timeoutMs / 1000)} 秒仍未完成，已停止（文件可能过大或结构异常）`;

/**
 * The order to check files in: largest first, so that no worker is left with a long file while the others
 * are done (a size stands for the work; a file that cannot be measured goes first, it costs nothing).
 */
export function largestFirst(items: readonly { path: string; problem?: string }[]): number[] {
  const size = items.map(({ path, problem }) => {
    if (problem) return Infinity;
    try {
      return statSync(path).size;
    } catch {
      return Infinity;
    }
  });
  return items.map((_, i) => i).sort((a, b) => size[b] - size[a] || a - b);
}

/** PDFium compiled here once when the batch holds PDFs (by name: a PDF under another name compiles its own). */
async function compiledPdfium(items: readonly { path: string; parts?: readonly string[] }[]): Promise<WebAssembly.Module | undefined> {
  const pdf = items.some(({ path, parts }) => [path, ...(parts ?? [])].some((p) => p.toLowerCase().endsWith('.pdf')));
  if (!pdf) return undefined;
  const { pdfiumModule } = await import('../pdf/pdfium.js');
  return pdfiumModule().catch(() => undefined);
}

/** A PDF of its own (not the parts of a pair, nor a file the scan could not list). */
const isPlainPdf = (item: BatchEntry) => !item.problem && !item.parts && item.path.toLowerCase().endsWith('.pdf');

/**
 * Whether one of the workers only reads ahead (see batch-capture.ts): with two workers or more and two PDFs or
 * more, when checking is all a file gets. With review reports (page crops) or every report built, checking a file
 * takes several times as long as reading it, and a reader would wait while one checker works (the corpus's HTML
 * batch: 19 s → 29 s). Tests that replace the checking workers and not the reading one get none.
 */
function readingAhead(items: readonly BatchEntry[], jobs: number, opts: BatchOptions): boolean {
  if (opts.review || opts.reports || jobs < 2 || items.filter(isPlainPdf).length < 2) return false;
  return opts.startCaptureWorker !== undefined || opts.startWorker === undefined;
}

/**
 * Check many files on a pool of worker threads; results keep input order. A failing file never stops the
 * batch: an unreadable file, a file over its time limit, a worker out of memory each give one row, and the
 * worker is replaced. Entries the folder scan could not list come back as unreadable rows.
 */
export async function runBatch(entries: readonly (BatchEntry | string)[], opts: BatchOptions = {}): Promise<BatchRow[]> {
  const items = entries.map((e) => (typeof e === 'string' ? { path: e } : e));
  const memoryMb = opts.memoryMb ?? DEFAULT_WORKER_MB;
  const timeoutMs = (opts.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  const { jobs } = jobsFor(opts.jobs, items.length, memoryMb);
  const bar = opts.progress ? new cliProgress.SingleBar({ format: '检查中 [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(items.length, 0, { file: '' });
  const results: BatchRow[] = new Array(items.length);
  const order = largestFirst(items);
  const shared: WorkerShared = { twoThreadReading: jobs * 2 <= availableParallelism() };
  let pdfium: Promise<WebAssembly.Module | undefined> | undefined;
  const queue = new BatchQueue(order);
  const done = (i: number, row: BatchRow) => {
    results[i] = row;
    opts.onRow?.(i, row);
    bar?.increment({ file: items[i].path });
  };
  const capturer = readingAhead(items, jobs, opts)
    ? new Capturer({
        queue,
        isPdf: (i) => isPlainPdf(items[i]),
        path: (i) => items[i].path,
        timeoutMs,
        start: async () => {
          const w = (opts.startCaptureWorker ?? ((mb) => startWorker(mb, {}, 'capture-worker')))(memoryMb);
          return prepared(w, (pdfium ??= compiledPdfium(items)));
        },
        overTime: (i) => done(i, { file: items[i].path, status: 'unreadable', message: overTime(timeoutMs), ms: timeoutMs }),
      })
    : undefined;
  const fromQueue = async (): Promise<Next | undefined> => {
    const i = queue.take();
    return i === undefined ? undefined : { i };
  };
  const nextFile = capturer ? () => capturer.next(() => queue.take()) : fromQueue;
  const slot = async (next: () => Promise<Next | undefined> = nextFile) => {
    let w: Worker | undefined = opts.pool?.take();
    try {
      for (let n = await next(); n; n = await next()) {
        const { i, captured } = n;
        const { path, problem, parts, partDocuments, pairedBecause } = items[i];
        if (problem) {
          done(i, { file: path, parts, status: 'unreadable', message: problem, ms: 0 });
          continue;
        }
        // PDFium compiles while the first workers load their code; without a worker the file is checked here.
        w ??= await prepared((opts.startWorker ?? startWorker)(memoryMb, shared), (pdfium ??= compiledPdfium(items)));
        const t0 = performance.now();
        const job: BatchJob = { file: path, parts, partDocuments, pairedBecause, captured, reports: opts.reports, review: opts.review };
        const o: Outcome = w ? await inWorker(w, job, timeoutMs, memoryMb) : { row: await (await import('./batch-job.js')).checkOne(path, job) };
        if ('row' in o) done(i, o.row);
        else {
          done(i, { file: path, parts, status: 'unreadable', message: o.failed, ms: performance.now() - t0 });
          await w?.terminate();
          w = undefined; // a fresh worker for the next file
        }
      }
    } finally {
      if (w && opts.pool) opts.pool.give(w);
      else await w?.terminate();
    }
  };
  // A batch given ready workers (the pairing's, whose parts are read already) runs on those only: starting a
  // worker costs more than checking a pair.
  const slots = opts.pool?.size ? Math.min(jobs, opts.pool.size) : capturer ? jobs - 1 : jobs;
  // Once no PDF is left to capture, files the queue still holds (other formats) get the reader's place.
  const reader = async () => {
    await capturer?.run();
    if (capturer) await slot(fromQueue);
  };
  await Promise.all([...Array.from({ length: slots }, () => slot()), reader()]);
  bar?.stop();
  return results;
}
