// PDFium parses a page's whole content stream in one call that JavaScript cannot interrupt: 100 KB of
// compressed operators take ten seconds and more, form XObjects drawn inside each other grow exponentially.
// The page clock of readPdf notices only once the call returns. Where nothing else bounds a read (one file
// checked by the command line; a batch already runs each file on a worker it stops), the PDF is read on a
// worker thread of its own that is stopped when a page runs past its budget.
import { Worker } from 'node:worker_threads';
import { GongkaiError } from '../../model/errors.js';
import { LAYOUT, type PageLayout } from './layout.js';
import { readDocument, type PdfLimits } from './load.js';
import { layoutHelper } from './page-helper.js';
import { watching } from './watching.js';


/** Loading the worker's modules and PDFium is not the file's time. */
const BOOT_MILLIS = 60_000;
/** How long past its page budget a page may run before the worker is stopped. */
const GRACE_MILLIS = 1_000;

function startWorker(): Worker | undefined {
  try {
    if (import.meta.url.endsWith('.ts')) {
      const entry = new URL('./watched-worker.ts', import.meta.url).href;
      return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
    }
    return new Worker(new URL('./watched-worker.js', import.meta.url));
  } catch {
    return undefined;
  }
}

type Reply = { ready: true } | { page: number } | { pages: PageLayout[] } | { refused: { code: string; message: string; where?: string } } | { crashed: string };

/**
 * Every page read and laid out on its own (pdfLines joins them): on a worker stopped when a page runs `grace`
 * ms past its budget; in this thread when not watching. Either reads on two threads when it can.
 */
export function readLayoutsWatched(buf: Uint8Array, where: string, limits: PdfLimits, grace = GRACE_MILLIS): Promise<PageLayout[]> {
  const w = watching ? startWorker() : undefined;
  if (!w) return readDocument(buf, where, limits, LAYOUT, undefined, layoutHelper(buf, where, limits));
  return new Promise((resolve, reject) => {
    let page = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      w.removeAllListeners();
      void w.terminate();
      settle();
    };
    let started = false;
    const stop = () => {
      const s = `${(limits.maxPageMillis + grace) / 1000} 秒`;
      const [what, at] = page
        ? [`第 ${page} 页过于复杂：PDF 引擎 ${s}内未能读完这一页`, `${where}第 ${page} 页`]
        : [started ? `结构过于复杂：PDF 引擎 ${s}内未能打开文件` : `无法读取：PDF 引擎 ${BOOT_MILLIS / 1000} 秒内未能启动`, where];
      finish(() => reject(new GongkaiError('pdf-too-slow', `${where}${what}，已停止读取`, at)));
    };
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(stop, ms);
    };
    w.on('message', (m: Reply) => {
      if ('ready' in m) {
        started = true;
        arm(limits.maxPageMillis + grace); // opening the document has a page's time
        w.postMessage({ buf, where, limits });
      } else if ('page' in m) {
        page = m.page;
        arm(limits.maxPageMillis + grace);
      } else if ('pages' in m) finish(() => resolve(m.pages));
      else if ('refused' in m) finish(() => reject(new GongkaiError(m.refused.code, m.refused.message, m.refused.where)));
      else finish(() => reject(new Error(m.crashed)));
    });
    w.on('error', (e) => finish(() => reject(e)));
    w.on('exit', () => finish(() => reject(new Error('PDF 读取线程意外退出'))));
    arm(BOOT_MILLIS);
  });
}
