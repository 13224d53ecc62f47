// Debug helper: show what the readers made of a file.
//   tsx scripts/dump.ts FILE            tables (columns and rows) and sections in brief
//   tsx scripts/dump.ts FILE --lines    the reconstructed lines (PDF: page, header flag, tab-separated cells)
//   tsx scripts/dump.ts FILE --json     the whole document model as JSON
//   --page N limits lines and tables to one page; --table N to one table.
import { readFileSync } from 'node:fs';
import { importFile } from '../src/import/index.js';
import { pdfLines } from '../src/import/pdf/index.js';
import { positionedLines } from '../src/import/html/index.js';
import { decodeHtml } from '../src/import/html/decode.js';

const argv = process.argv.slice(2);
const file = argv[0];
const flag = (name: string) => argv.includes(name);
const num = (name: string) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : undefined);
const page = num('--page');
const only = num('--table');

if (flag('--lines')) {
  const bytes = new Uint8Array(readFileSync(file));
  const html = /\.html?$/i.test(file) ? positionedLines(decodeHtml(bytes, file)) : undefined;
  const { lines } = html ? { lines: html } : await pdfLines(bytes, { file });
  for (const l of lines) if (page === undefined || l.page === page) console.log(`${l.page}${l.header ? 'H' : l.title ? 'T' : ' '} ${l.text.replace(/\t/g, ' | ')}`);
} else {
  const doc = await importFile(file);
  if (flag('--json')) console.log(JSON.stringify(doc, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 1));
  else {
    const { meta } = doc;
    console.log(`# ${meta.title} | ${meta.department} | ${meta.year} | ${meta.scope}${meta.kind} | profile ${meta.profile} | unit ${meta.unit}`);
    doc.tables.forEach((t, i) => {
      if (only !== undefined && only !== i + 1) return;
      if (page !== undefined && t.source.page !== page) return;
      console.log(`\n## [${i + 1}] ${t.kind} “${t.title}” p${t.source.page} unit=${t.unit}(${t.unitSource}) rows=${t.structure}${t.emptyNote ? ' empty: ' + t.emptyNote : ''}`);
      console.log('   columns: ' + t.columns.map((c) => `${c.key}[${c.type}${c.role ? ':' + c.role : ''}]=${c.path.join('/')}`).join(' ; '));
      for (const r of t.rows) {
        const cells = Object.entries(r.cells).map(([k, c]) => `${k}:${c.raw}`).join(' ');
        const up = r.parent !== undefined ? `^${r.parent}` : '';
        console.log(`${String(r.index).padStart(3)} ${r.side ? r.side[0] : ' '} ${r.role.padEnd(11)} ${(r.level ?? '').padEnd(4)}${r.sub ? '*' : ' '}${up.padEnd(4)} ${'  '.repeat(r.depth ?? 0)}${r.code ?? ''} ${r.name} | ${cells}`);
      }
    });
    if (only === undefined) {
      console.log(`\n## sections: ${doc.sections.length}, toc ${doc.toc.length}, forms ${doc.forms.length}, unplaced ${doc.unplaced.length}`);
      for (const s of doc.sections) console.log(`   ${s.number ?? ''} ${s.heading} [${s.topic ?? ''}] ¶${s.paragraphs.length}`);
    }
  }
}
