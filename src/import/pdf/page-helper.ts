// One PDF's pages read on two cores: a helper thread opens the same document and takes pages from the
// counters it shares with the reading thread (load.ts, readPages). One helper per thread, started on first
// use and kept for the next document (it does not keep the process alive). A batch whose workers already
// fill the cores turns it off.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { GongkaiError } from '../../model/errors.js';
import { pdfiumModule } from '../../pdf/pdfium.js';
import type { PageLayout } from './layout.js';
import type { HelperRead, PdfLimits, PdfPage } from './load.js';

/** Documents shorter than this are read by one thread: a helper's messages would cost more than it saves. */
export const MIN_PAGES = 8;
/** How long past its page budget a helper's page may run before the helper is stopped (as in watched.ts). */
const GRACE_MILLIS = 1_000;

/** What the helper makes of each page: the page as read, or its own layout (what pdfLines needs). */
export type HelperWork = 'pages' | 'layouts';

export type HelperReply = { page: number } | { pages: (PdfPage | PageLayout)[] } | { refused: { code: string; message: string; where?: string } } | { crashed: string };

interface Helper {
  worker: Worker;
  /** Its modules and PDFium are loaded: it is taken for documents. */
  ready: boolean;
  busy: boolean;
}

// GONGKAI_PDF_THREADS=1 reads on one thread: a server whose job workers already fill the cores gains nothing from
// a second reader and pays its messages.
let enabled = availableParallelism() > 1 && process.env.GONGKAI_PDF_THREADS !== '1';
/** This thread's helper, ready or still starting; `starting` while its compiled PDFium is awaited. */
let helper: Helper | undefined;
let starting = false;

/** Read each PDF on two threads (the default on a machine with more than one core) or on one. */
export function readPagesOnTwoThreads(on: boolean): void {
  enabled = on;
}

/** Forget a helper that is gone (crashed, stopped): the next document starts a fresh one. */
function forget(h: Helper): void {
  if (helper === h) helper = undefined;
}

async function start(): Promise<void> {
  starting = true;
  try {
    const workerData = { pdfiumModule: await pdfiumModule() };
    const worker = import.meta.url.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(new URL('./page-helper-worker.ts', import.meta.url).href)}); });`, { eval: true, workerData })
      : new Worker(new URL('./page-helper-worker.js', import.meta.url), { workerData });
    worker.unref();
    const h: Helper = { worker, ready: false, busy: false };
    worker.on('error', () => forget(h));
    worker.on('exit', () => forget(h));
    worker.once('message', (m: unknown) => void (h.ready = m === 'ready'));
    helper = h;
  } catch {
    // No helper: this thread reads alone (a later document tries again).
  } finally {
    starting = false;
  }
}

/** Whether a helper has started and is free (a document now would be read on two threads). */
export const helperReady = (): boolean => enabled && !!helper?.ready && !helper.busy;

/** Start the helper ahead of the first document (its start-up is then not on any document's clock). */
export function warmPageHelper(): void {
  if (enabled && !helper && !starting) void start();
}

/**
 * The reading thread's second reader for `buf`, taken when the helper is ready and free; the reading thread
 * offers it the pages left every few pages until it joins (load.ts). Undefined reads on one thread.
 */
export function pageHelper(buf: Uint8Array, where: string, limits: PdfLimits): HelperRead<PdfPage> | undefined {
  return helperFor<PdfPage>(buf, where, limits, 'pages');
}

/** pageHelper for pdfLines: the helper also lays out each page it reads. */
export function layoutHelper(buf: Uint8Array, where: string, limits: PdfLimits): HelperRead<PageLayout> | undefined {
  return helperFor<PageLayout>(buf, where, limits, 'layouts');
}

function helperFor<T>(buf: Uint8Array, where: string, limits: PdfLimits, work: HelperWork): HelperRead<T> | undefined {
  if (!enabled) return undefined;
  warmPageHelper();
  return (pageCount, counters, units) => {
    const h = helper;
    if (pageCount < MIN_PAGES || !h?.ready || h.busy) return undefined;
    return helpRead(h, { buf, where, limits, counters, units, work }) as Promise<T[]>;
  };
}

/**
 * A document for the helper: the bytes, how to name it, its limits, the shared counters, the pages' /UserUnit
 * (read once by the reading thread), what to make of a page.
 */
export interface HelperJob {
  buf: Uint8Array;
  where: string;
  limits: PdfLimits;
  counters: Int32Array;
  units: number[] | undefined;
  work: HelperWork;
}

/** The helper's pages; a refusal is the document's; a helper that crashes or is stopped delivers none. */
function helpRead(h: Helper, job: HelperJob): Promise<(PdfPage | PageLayout)[]> {
  const { where, limits } = job;
  h.busy = true;
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const done = (settle: () => void) => {
      clearTimeout(timer);
      h.worker.off('message', onMessage);
      h.worker.off('exit', onExit);
      h.busy = false;
      settle();
    };
    const onMessage = (m: HelperReply) => {
      if ('page' in m) {
        clearTimeout(timer);
        timer = setTimeout(() => {
          stop(h);
          done(() => reject(new GongkaiError('pdf-too-slow', `${where}第 ${m.page} 页过于复杂：PDF 引擎 ${(limits.maxPageMillis + GRACE_MILLIS) / 1000} 秒内未能读完这一页，已停止读取`, `${where}第 ${m.page} 页`)));
        }, limits.maxPageMillis + GRACE_MILLIS);
      } else if ('pages' in m) done(() => resolve(m.pages));
      else if ('refused' in m) done(() => reject(new GongkaiError(m.refused.code, m.refused.message, m.refused.where)));
      else done(() => resolve([])); // the reading thread reads what the helper could not
    };
    const onExit = () => done(() => resolve([]));
    h.worker.on('message', onMessage);
    h.worker.on('exit', onExit);
    h.worker.postMessage({ ...job, buf: shareable(job.buf) });
  });
}

/** The file's bytes in memory both threads see: posting them is then free (a copy per document otherwise). */
function shareable(buf: Uint8Array): Uint8Array {
  if (buf.buffer instanceof SharedArrayBuffer) return buf;
  const shared = new Uint8Array(new SharedArrayBuffer(buf.byteLength));
  shared.set(buf);
  return shared;
}

function stop(h: Helper): void {
  forget(h);
  void h.worker.terminate();
}
