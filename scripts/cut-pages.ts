// Cut pages of a PDF into a small fixture: `npx tsx scripts/cut-pages.ts in.pdf out.pdf 6-8 11`.
// Fixtures of each layout family are cut from the real corpus this way (pdf-lib copies the pages as printed).
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';

const [input, output, ...ranges] = process.argv.slice(2);
if (!input || !output || !ranges.length) {
  console.error('用法：npx tsx scripts/cut-pages.ts 输入.pdf 输出.pdf 页码或范围…（如 6-8 11）');
  process.exit(64);
}
const pages = ranges.flatMap((r) => {
  const [a, b] = r.split('-').map(Number);
  return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i - 1);
});
const src = await PDFDocument.load(readFileSync(input));
const out = await PDFDocument.create();
for (const p of await out.copyPages(src, pages)) out.addPage(p);
writeFileSync(output, await out.save());
console.log(`${output}：${pages.length} 页`);
