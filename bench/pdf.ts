// PDF import speed beside poppler's pdftotext on the same files in the same run, and batch throughput.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBatch } from '../src/cli/batch.js';
import { importFile } from '../src/import/index.js';
import { pdfLines } from '../src/import/pdf/index.js';
import { withPdf } from '../src/pdf/document.js';
import { checkDocument } from '../src/rules/engine/run.js';
import { has } from './util.js';

const DEFAULT_DIR = 'test/fixtures/real';

const rate = (pages: number, ms: number) => (pages / ms) * 1000;

/** Milliseconds for `fn` over every file, best of `runs` passes (the machine is shared: noise only adds time). */
async function best(runs: number, files: string[], fn: (file: string) => Promise<unknown> | unknown): Promise<number> {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    for (const f of files) await fn(f);
    min = Math.min(min, performance.now() - t);
  }
  return min;
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
  const runs = files.length > 10 ? 1 : 3;
  const byFile = new Map(files.map((f, i) => [f, buffers[i]]));
  await pdfLines(buffers[0]); // load PDFium, warm up the JIT
  const linesMs = await best(runs, files, (f) => pdfLines(byFile.get(f)!).catch(() => undefined));
  const importMs = await best(runs, files, (f) => importFile(f).catch(() => undefined));
  const checkMs = await best(1, files, async (f) => checkDocument(await importFile(f)));
  console.log(`\nPDF（${dir}：${files.length} 个文件，${pages} 页）`);
  const ours = rate(pages, linesMs);
  console.log(`  gongkai 读取版面（字形 → 行 → 表格，pdfLines）：${linesMs.toFixed(0)} ms，${ours.toFixed(1)} 页/秒`);
  console.log(`  gongkai 导入（再到文档模型）：${rate(pages, importMs).toFixed(1)} 页/秒；导入 + 检查：${rate(pages, checkMs).toFixed(1)} 页/秒`);
  let popplerMs: number | undefined;
  if (has('pdftotext')) {
    popplerMs = await best(runs, files, (f) => spawnSync('pdftotext', ['-layout', '-q', f, '-'], { maxBuffer: 1 << 28 }));
    const peer = rate(pages, popplerMs);
    console.log(`  对比：pdftotext -layout（只取文字，每个文件一个进程）：${popplerMs.toFixed(0)} ms，${peer.toFixed(1)} 页/秒；gongkai 读取版面为其 ${(ours / peer).toFixed(2)} 倍（目标 ≥ 1.2）`);
  } else console.log('  pdftotext 未安装，跳过对比（apt-get install poppler-utils）');
  const batchDir = mkdtempSync(join(tmpdir(), 'gongkai-batch-'));
  const n = dir === DEFAULT_DIR ? batchSize : files.length;
  for (let i = 0; i < n; i++) symlinkSync(resolve(files[i % files.length]), join(batchDir, `${String(i).padStart(3, '0')}.pdf`));
  const batchPages = Array.from({ length: n }, (_, i) => i % files.length).reduce((a, i) => a + pageCounts[i], 0);
  const t = performance.now();
  const rows = await runBatch(readdirSync(batchDir).map((f) => join(batchDir, f)), { jobs: 2 });
  const batchMs = performance.now() - t;
  const line = `  批量检查 ${n} 份 PDF（${batchPages} 页，2 个工作线程）：${(batchMs / 1000).toFixed(1)} s，${rate(batchPages, batchMs).toFixed(1)} 页/秒（可读 ${rows.filter((r) => r.status === 'ok').length} 份）`;
  console.log(popplerMs !== undefined ? `${line}；pdftotext -layout ${rate(pages, popplerMs).toFixed(1)} 页/秒` : line);
}
