// Worker thread of `gongkai check DIR`: says when it is ready, then receives jobs and posts back batch rows.
import { parentPort, workerData } from 'node:worker_threads';
import { readPagesOnTwoThreads } from '../import/pdf/page-helper.js';
import { usePdfiumModule } from '../pdf/pdfium.js';
import type { PdfiumModuleMessage, WorkerShared } from './batch.js';
import { checkOne, type BatchJob } from './batch-job.js';

// Each worker reads its PDFs on one thread when the workers already fill the cores.
readPagesOnTwoThreads((workerData as WorkerShared | null)?.twoThreadReading === true);

// A rejection left behind by a reader after an earlier file (see main.ts) must not kill the worker.
process.on('unhandledRejection', () => {});

parentPort?.on('message', async (m: BatchJob | PdfiumModuleMessage) => {
  // PDFium's compiled module comes first (the batch compiles it while this worker starts), then the jobs.
  if ('pdfiumModule' in m) usePdfiumModule(m.pdfiumModule);
  else parentPort!.postMessage(await checkOne(m.file, m));
});
// The time limit of a file starts only once the readers are loaded: loading them is not the file's fault.
await Promise.all([import('../import/pdf/index.js'), import('../import/xlsx/index.js'), import('../import/docx/index.js'), import('../import/html/index.js')]);
parentPort?.postMessage('ready');
