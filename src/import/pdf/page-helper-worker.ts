// Helper thread of page-helper.ts: reads the pages it takes of each document it is sent, saying which page
// it is on, and posts them (or the refusal).
import { parentPort } from 'node:worker_threads';
import { GongkaiError } from '../../model/errors.js';
import { HEAP_LIMIT, limitPdfiumHeap, pdfium } from '../../pdf/pdfium.js';
import { LAYOUT, type PageLayout } from './layout.js';
import { AS_READ, readPdfPart, type PageWork, type PdfPage } from './load.js';
import type { HelperJob, HelperReply } from './page-helper.js';

const post = (m: HelperReply) => parentPort!.postMessage(m);

parentPort?.on('message', async ({ buf, where, limits, counters, units, work }: HelperJob) => {
  try {
    const as = (work === 'layouts' ? LAYOUT : AS_READ) as PageWork<{ page: number }>;
    post({ pages: (await readPdfPart(buf, where, limits, counters, units, as, (page) => post({ page }))) as (PdfPage | PageLayout)[] });
  } catch (e) {
    // Out of this thread's (smaller) memory: the reading thread reads the pages left with its full ceiling.
    if (e instanceof GongkaiError && !(e as { outOfMemory?: boolean }).outOfMemory) {
      Atomics.store(counters, 0, 1 << 30); // the reading thread takes no more pages: the document is refused
      post({ refused: { code: e.code, message: e.message, where: e.where } });
    } else post({ crashed: String((e as Error)?.message ?? e) });
  }
});
// Two PDFium instances read one document: the helper's takes a quarter of the ceiling, so the process stays
// bounded (a page too big for it is read by the reading thread with the full ceiling).
limitPdfiumHeap(HEAP_LIMIT / 4);
// PDFium is loaded before the helper is taken for documents.
await pdfium();
parentPort?.postMessage('ready');
