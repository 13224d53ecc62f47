// Worker thread of `gongkai check DIR`: says when it is ready, then receives jobs and posts back batch rows.
import { parentPort, workerData } from 'node:worker_threads';
import { readPagesOnTwoThreads } from '../import/pdf/page-helper.js';
import type { WorkerShared } from './batch.js';
import { checkOne, type BatchJob } from './batch-job.js';

// Each worker reads its PDFs on one thread when the workers already fill the cores.
readPagesOnTwoThreads((workerData as WorkerShared | null)?.twoThreadReading === true);

// A rejection left behind by a reader after an earlier file (see main.ts) must not kill the worker.
process.on('unhandledRejection', () => {});

parentPort?.on('message', async (job: BatchJob) => {
  parentPort!.postMessage(await checkOne(job.file, job));
});
// The time limit of a file starts only once the readers are loaded: loading them is not the file's fault.
await Promise.all([import('../import/pdf/index.js'), import('../import/xlsx/index.js'), import('../import/docx/index.js'), import('../import/html/index.js')]);
parentPort?.postMessage('ready');
