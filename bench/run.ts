// npm run bench: speed figures (never asserted in tests). BENCH_BATCH sets the batch size (default 200);
// `npm run bench -- --pdf-dir DIR` measures the PDF import on the PDFs of DIR (and checks them all as a batch).
import { benchCheck } from './check.js';
import { benchPdf, pdfDir } from './pdf.js';
import { benchPlatform } from './platform.js';
import { benchRender } from './render.js';

console.log('gongkai 基准测试');
benchCheck();
await benchRender();
await benchPdf(pdfDir(), Number(process.env.BENCH_BATCH ?? 200));
await benchPlatform();
console.log(`\n内存：堆 ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB，常驻 ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
