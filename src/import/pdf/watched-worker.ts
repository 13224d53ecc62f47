// Worker thread of readLayoutsWatched: reads one PDF (laying out each page), saying which page it is on, and posts the pages or the refusal.
import { parentPort } from 'node:worker_threads';
import { GongkaiError } from '../../model/errors.js';
import { pdfium } from '../../pdf/pdfium.js';
import { LAYOUT } from './layout.js';
import { readDocument, type PdfLimits } from './load.js';
import { layoutHelper, warmPageHelper } from './page-helper.js';

interface Job {
  buf: Uint8Array;
  where: string;
  limits: PdfLimits;
}

parentPort?.once('message', async ({ buf, where, limits }: Job) => {
  try {
    const pages = await readDocument(buf, where, limits, LAYOUT, (page) => parentPort!.postMessage({ page }), layoutHelper(buf, where, limits));
    parentPort!.postMessage({ pages });
  } catch (e) {
    parentPort!.postMessage(e instanceof GongkaiError ? { refused: { code: e.code, message: e.message, where: e.where } } : { crashed: String((e as Error)?.message ?? e) });
  }
});
// PDFium (and the helper that reads half the pages) are started before the clock of the file starts.
warmPageHelper();
await pdfium();
parentPort?.postMessage({ ready: true });
