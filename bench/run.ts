// npm run bench: speed figures (never asserted in tests). BENCH_BATCH sets the batch size (default 200).
import { benchCheck } from './check.js';
import { benchPdf } from './pdf.js';
import { benchPlatform } from './platform.js';
import { benchRender } from './render.js';

console.log('gongkai 基准测试');
benchCheck();
await benchRender();
await benchPdf(Number(process.env.BENCH_BATCH ?? 200));
await benchPlatform();
console.log(`\n内存：堆 ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB，常驻 ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
