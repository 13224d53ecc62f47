// Run by `npm run bench` (bench/pdf.ts) as its own process: the floor of any batch that reads every glyph with
// PDFium. A fresh node process captures every PDF of a folder on two worker threads (PDFium compiled once and
// shared, as the batch does), and does nothing else: no layout, no tables, no rules. Prints the milliseconds
// from its start to the end of the last capture.
/* global process, performance, URL, console */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const t0 = performance.now();
await import('../dist/cli/v8-tuning.js');
const { pdfiumModule, usePdfiumModule } = await import('../dist/pdf/pdfium.js');

if (isMainThread) {
  const dir = process.argv[2];
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf')).map((f) => join(dir, f));
  const next = new SharedArrayBuffer(4);
  const module = pdfiumModule();
  const workers = [0, 1].map(() => new Worker(new URL(import.meta.url), { workerData: { files, next } }));
  const compiled = await module;
  for (const w of workers) w.postMessage(compiled);
  await Promise.all(workers.map((w) => new Promise((resolve) => w.on('exit', resolve))));
  console.log(Math.round(performance.now() - t0));
} else {
  const { captureDocument, DEFAULT_LIMITS } = await import('../dist/import/pdf/load.js');
  usePdfiumModule(await new Promise((resolve) => parentPort.once('message', resolve)));
  const next = new Int32Array(workerData.next);
  for (let i = Atomics.add(next, 0, 1); i < workerData.files.length; i = Atomics.add(next, 0, 1)) {
    await captureDocument(new Uint8Array(readFileSync(workerData.files[i])), workerData.files[i], DEFAULT_LIMITS).catch(() => undefined);
  }
  process.exit(0);
}
