// PDF import speed beside poppler's pdftotext, and batch throughput on a directory of PDFs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getDocument } from '../src/import/pdf/pdfjs.js'; // first, so the importer can undo pdfjs's slow Array push polyfill
import { runBatch } from '../src/cli/batch.js';
import { importFile } from '../src/import/index.js';
import { checkDocument } from '../src/rules/engine/run.js';
import { has } from './util.js';

const DIR = 'test/fixtures/real';

async function pageCount(file: string): Promise<number> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false }).promise;
  const n = pdf.numPages;
  await pdf.destroy();
  return n;
}

export async function benchPdf(batchSize: number): Promise<void> {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.pdf')).map((f) => join(DIR, f));
  let pages = 0;
  for (const f of files) pages += await pageCount(f);
  await importFile(files[0]); // warm up pdfjs
  let t = performance.now();
  for (const f of files) await importFile(f);
  const importMs = performance.now() - t;
  t = performance.now();
  for (const f of files) checkDocument(await importFile(f));
  const checkMs = performance.now() - t;
  console.log(`\nPDF（${files.length} 个文件，${pages} 页）`);
  console.log(`  gongkai 导入（重建表格）：${importMs.toFixed(0)} ms，${((pages / importMs) * 1000).toFixed(1)} 页/秒；导入 + 检查：${((pages / checkMs) * 1000).toFixed(1)} 页/秒`);
  if (has('pdftotext')) {
    t = performance.now();
    for (const f of files) spawnSync('pdftotext', ['-layout', '-q', f, '-']);
    const popplerMs = performance.now() - t;
    console.log(`  对比：pdftotext -layout（只取文字）：${popplerMs.toFixed(0)} ms，${((pages / popplerMs) * 1000).toFixed(1)} 页/秒；gongkai 为其 ${(importMs / popplerMs).toFixed(1)} 倍`);
  } else console.log('  pdftotext 未安装，跳过对比（apt-get install poppler-utils）');
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-batch-'));
  for (let i = 0; i < batchSize; i++) symlinkSync(resolve(files[i % files.length]), join(dir, `${String(i).padStart(3, '0')}.pdf`));
  t = performance.now();
  const rows = await runBatch(readdirSync(dir).map((f) => join(dir, f)), { jobs: 2 });
  const batchMs = performance.now() - t;
  console.log(`  批量检查 ${batchSize} 份 PDF（2 个工作线程）：${(batchMs / 1000).toFixed(1)} s，${((batchSize / batchMs) * 1000).toFixed(2)} 份/秒（可读 ${rows.filter((r) => r.status === 'ok').length} 份）`);
}
