// Render times per format for the example and a large synthetic department, beside LibreOffice DOCX → PDF.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveDocument } from '../src/derive/index.js';
import { syntheticFacts } from '../src/derive/synthetic.fixture.js';
import { loadFacts } from '../src/facts/index.js';
import { renderDocx } from '../src/render/docx/index.js';
import { renderHtmlWithCharts } from '../src/render/charts/index.js';
import { renderPdf } from '../src/render/pdf/index.js';
import { renderXlsx } from '../src/render/xlsx/index.js';
import type { BudgetDocument } from '../src/model/document.js';
import { has, timeAsync } from './util.js';

async function formats(name: string, doc: BudgetDocument, runs: number): Promise<Buffer> {
  await renderPdf(doc); // warm up fonts and pdfmake
  const html = await timeAsync(runs, async () => renderHtmlWithCharts(doc));
  const xlsx = await timeAsync(runs, () => renderXlsx(doc));
  const docx = await timeAsync(runs, () => renderDocx(doc));
  const pdf = await timeAsync(Math.max(1, Math.floor(runs / 2)), () => renderPdf(doc));
  console.log(`  ${name}：HTML ${html.toFixed(0)} ms（目标 < 50）  XLSX ${xlsx.toFixed(0)} ms（目标 < 300）  DOCX ${docx.toFixed(0)} ms  PDF ${pdf.toFixed(0)} ms（目标 < 1500）`);
  return (await renderDocx(doc)) as Buffer;
}

export async function benchRender(): Promise<void> {
  console.log('\n生成（中位数）');
  const example = deriveDocument(await loadFacts('examples/zezhou-2026.facts.yaml'));
  const docx = await formats('示例部门', example, 5);
  const large = deriveDocument(syntheticFacts());
  await formats('大型部门（300 个功能科目、80 个项目）', large, 3);
  if (!has('soffice')) {
    console.log('  LibreOffice 未安装，跳过 DOCX → PDF 对比（apt-get install libreoffice-writer-nogui）');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
  const file = join(dir, 'example.docx');
  writeFileSync(file, docx);
  const t = performance.now();
  const r = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8' });
  const ms = performance.now() - t;
  console.log(`  对比：LibreOffice 把同一 DOCX 转成 PDF ${r.status === 0 ? `${ms.toFixed(0)} ms（含启动）` : '失败'}`);
}
