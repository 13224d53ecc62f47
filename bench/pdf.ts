// PDF import speed beside poppler's pdftotext on the same files in the same run, and batch throughput.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importFile } from '../src/import/index.js';
import { pdfLines } from '../src/import/pdf/index.js';
import { helperReady, readPagesOnTwoThreads, warmPageHelper } from '../src/import/pdf/page-helper.js';
import { withPdf } from '../src/pdf/document.js';
import { checkDocument } from '../src/rules/engine/run.js';
import { has } from './util.js';

const DEFAULT_DIR = 'test/fixtures/real';

const rate = (pages: number, ms: number) => (pages / ms) * 1000;

/** Milliseconds for `fn` over every file, once. */
async function timed(files: string[], fn: (file: string) => Promise<unknown>): Promise<number> {
  const t = performance.now();
  for (const f of files) await fn(f);
  return performance.now() - t;
}

/** CPU milliseconds of one `pdftotext -layout` run on `file` (the shell's `times` reports its children). */
function popplerCpu(file: string): number {
  const out = spawnSync('sh', ['-c', 'pdftotext -layout -q "$1" - > /dev/null; times', 'sh', file], { encoding: 'utf8' }).stdout.trim().split('\n');
  const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(out[out.length - 1] ?? '');
  return m ? (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000 : NaN;
}

/**
 * Wall and CPU milliseconds of the command line's batch check, `node dist/cli/main.js check DIR --jobs 2`, as a
 * user runs it (built code, its own process and worker threads), the CPU of the process and its threads from
 * the shell's `times`, as for pdftotext.
 */
function checkDirTimed(dir: string): { ms: number; cpu: number; code: string } {
  const t = performance.now();
  const out = spawnSync('sh', ['-c', 'node dist/cli/main.js check "$1" --jobs 2 > /dev/null 2>&1; echo "$?"; times', 'sh', dir], { encoding: 'utf8' }).stdout.trim().split('\n');
  const ms = performance.now() - t;
  const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(out[out.length - 1] ?? '');
  const cpu = m ? (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000 : NaN;
  return { ms, cpu, code: out[0] ?? '?' };
}

/**
 * Milliseconds of bench/capture-floor.mjs on `dir`: a fresh process that only captures every PDF with PDFium on
 * two worker threads — what any batch that reads each glyph with PDFium spends before laying out or checking.
 */
function captureFloorMs(dir: string): number {
  const out = spawnSync('node', ['bench/capture-floor.mjs', dir], { encoding: 'utf8' }).stdout.trim();
  return /^\d+$/.test(out) ? Number(out) : NaN;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * gongkai's pdfLines and poppler's pdftotext -layout on each file in turn, `passes` times, keeping each file's
 * best wall and CPU time: the machine is shared, and noise only ever adds time.
 */
async function versusPoppler(files: string[], buffers: Uint8Array[], passes: number, poppler: boolean) {
  const inf = () => files.map(() => Infinity);
  const best = { ours: inf(), oursCpu: inf(), one: inf(), oneCpu: inf(), peer: inf(), peerCpu: inf() };
  const ours = async (i: number, two: boolean) => {
    readPagesOnTwoThreads(two);
    const c = cpuNow();
    const t = performance.now();
    await pdfLines(buffers[i]).catch(() => undefined);
    const [ms, cpu] = [performance.now() - t, cpuNow() - c];
    if (two) [best.ours[i], best.oursCpu[i]] = [Math.min(best.ours[i], ms), Math.min(best.oursCpu[i], cpu)];
    else [best.one[i], best.oneCpu[i]] = [Math.min(best.one[i], ms), Math.min(best.oneCpu[i], cpu)];
  };
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < files.length; i++) {
      await ours(i, true);
      await ours(i, false);
      if (!poppler) continue;
      const t2 = performance.now();
      best.peerCpu[i] = Math.min(best.peerCpu[i], popplerCpu(files[i]));
      best.peer[i] = Math.min(best.peer[i], performance.now() - t2);
    }
  }
  readPagesOnTwoThreads(true);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { ours: sum(best.ours), oursCpu: sum(best.oursCpu), one: sum(best.one), oneCpu: sum(best.oneCpu), peer: sum(best.peer), peerCpu: sum(best.peerCpu) };
}

/** `dir` (default: the Shanghai fixtures), or the folder after `--pdf-dir` on the command line. */
export function pdfDir(argv = process.argv): string {
  const at = argv.indexOf('--pdf-dir');
  return at >= 0 && argv[at + 1] ? argv[at + 1] : DEFAULT_DIR;
}

export async function benchPdf(dir: string, batchSize: number): Promise<void> {
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf')).sort().map((f) => join(dir, f));
  if (!files.length) return void console.log(`\nPDF：${dir} 中没有 PDF 文件，跳过`);
  const buffers = files.map((f) => new Uint8Array(readFileSync(f)));
  const pageCounts: number[] = [];
  for (const b of buffers) pageCounts.push(await withPdf(b, 'PDF', (d) => d.pageCount).catch(() => 0));
  const pages = pageCounts.reduce((a, b) => a + b, 0);
  const poppler = has('pdftotext');
  // A first pass loads PDFium (and the second reading thread) and lets V8 optimise its code (and warms the
  // file cache for pdftotext).
  const passes = files.length > 10 ? 2 : 3;
  warmPageHelper();
  for (let i = 0; i < 200 && !helperReady(); i++) await new Promise((r) => setTimeout(r, 50));
  for (const b of buffers) await pdfLines(b).catch(() => undefined);
  const vs = await versusPoppler(files, buffers, passes, poppler);
  const importMs = await timed(files, (f) => importFile(f).catch(() => undefined));
  const checkMs = await timed(files, async (f) => {
    const doc = await importFile(f).catch(() => undefined);
    if (doc) checkDocument(doc);
  });
  console.log(`\nPDF（${dir}：${files.length} 个文件，${pages} 页；每个文件取 ${passes} 次中最快的一次）`);
  const ours = rate(pages, vs.ours);
  console.log(`  gongkai 读取版面（字形 → 行 → 表格，pdfLines，两个线程分读各页）：${vs.ours.toFixed(0)} ms，${ours.toFixed(1)} 页/秒（CPU ${vs.oursCpu.toFixed(0)} ms）`);
  console.log(`  同上，只用一个线程：${vs.one.toFixed(0)} ms，${rate(pages, vs.one).toFixed(1)} 页/秒（CPU ${vs.oneCpu.toFixed(0)} ms）`);
  console.log(`  gongkai 导入（再到文档模型）：${rate(pages, importMs).toFixed(1)} 页/秒；导入 + 检查：${rate(pages, checkMs).toFixed(1)} 页/秒`);
  if (poppler) {
    const peer = rate(pages, vs.peer);
    console.log(`  对比：pdftotext -layout（每个文件一个进程）：${vs.peer.toFixed(0)} ms，${peer.toFixed(1)} 页/秒（CPU ${vs.peerCpu.toFixed(0)} ms）`);
    console.log(`  gongkai 读取版面的速度为 pdftotext 的 ${(ours / peer).toFixed(2)} 倍（目标 ≥ 1.2；一个线程 ${(rate(pages, vs.one) / peer).toFixed(2)} 倍；按 CPU 时间 ${(vs.peerCpu / vs.oursCpu).toFixed(2)} 倍，一个线程 ${(vs.peerCpu / vs.oneCpu).toFixed(2)} 倍）`);
  } else console.log('  pdftotext 未安装，跳过对比（apt-get install poppler-utils）');
  const batchDir = mkdtempSync(join(tmpdir(), 'gongkai-batch-'));
  const n = dir === DEFAULT_DIR ? batchSize : files.length;
  for (let i = 0; i < n; i++) symlinkSync(resolve(files[i % files.length]), join(batchDir, `${String(i).padStart(3, '0')}.pdf`));
  const batchPages = Array.from({ length: n }, (_, i) => i % files.length).reduce((a, i) => a + pageCounts[i], 0);
  // As for pdftotext (each file's best of `passes`): the best of as many runs, since noise only ever adds time.
  const runs = Array.from({ length: passes }, () => checkDirTimed(batchDir));
  const batch = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const line = `  批量检查 gongkai check 目录 --jobs 2（${n} 份 PDF，${batchPages} 页，含 node 启动和工作线程启动；${passes} 次中最快的一次，各次 ${runs.map((r) => (r.ms / 1000).toFixed(1)).join(' / ')} s）：${(batch.ms / 1000).toFixed(1)} s，${rate(batchPages, batch.ms).toFixed(1)} 页/秒（CPU ${batch.cpu.toFixed(0)} ms，退出码 ${batch.code}）`;
  console.log(poppler ? `${line}；pdftotext -layout 逐个文件 ${rate(pages, vs.peer).toFixed(1)} 页/秒，批量为其 ${(rate(batchPages, batch.ms) / rate(pages, vs.peer)).toFixed(2)} 倍` : line);
  // The floor of that batch: PDFium's capture alone, same threads, same cold start. What the batch spends above
  // it is laying out, building tables and checking; what the floor spends above pdftotext, the check cannot win back.
  const floor = Math.min(...Array.from({ length: passes }, () => captureFloorMs(batchDir)));
  const floorLine = `  其下限：只用 PDFium 取字形（同样两个工作线程、冷启动的进程，不排版、不建表、不检查）${(floor / 1000).toFixed(1)} s，${rate(batchPages, floor).toFixed(1)} 页/秒；批量检查用时为其 ${(batch.ms / floor).toFixed(2)} 倍`;
  console.log(poppler ? `${floorLine}；此下限为 pdftotext 的 ${(rate(batchPages, floor) / rate(pages, vs.peer)).toFixed(2)} 倍` : floorLine);
}
