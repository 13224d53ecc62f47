// Worker thread of `gongkai check DIR`: receives file paths, posts back batch rows.
import { parentPort } from 'node:worker_threads';
import { checkOne } from './batch-job.js';

parentPort?.on('message', async (file: string) => {
  parentPort!.postMessage(await checkOne(file));
});
