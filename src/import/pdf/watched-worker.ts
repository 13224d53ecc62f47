// Worker thread of readPdfWatched: reads one PDF, saying which page it is on, and posts the pages or the refusal.
import { parentPort } from 'node:worker_threads';
import { GongkaiError } from '../../model/errors.js';
import { pdfium } from '../../pdf/pdfium.js';
import { readPdf, type PdfLimits } from './load.js';

interface Job {
  buf: Uint8Array;
  where: string;
  limits: PdfLimits;
}

parentPort?.once('message', async ({ buf, where, limits }: Job) => {
  try {
    const pages = await readPdf(buf, where, limits, (page) => parentPort!.postMessage({ page }));
    parentPort!.postMessage({ pages });
  } catch (e) {
    parentPort!.postMessage(e instanceof GongkaiError ? { refused: { code: e.code, message: e.message, where: e.where } } : { crashed: String((e as Error)?.message ?? e) });
  }
});
// PDFium is compiled and started before the clock of the file starts.
await pdfium();
parentPort?.postMessage({ ready: true });
