import { importFile } from './src/import/index.js';
const f = process.argv[2];
const d = await importFile(f);
const u = d.unplaced.filter(u=>u.reason==='说明文字中出现了表格行');
const bySec = new Map<string, number>();
for (const s of d.sections) for (const p of s.paragraphs) if (p.text.includes('\t')) bySec.set(`${s.heading} p${s.source.page}`, (bySec.get(`${s.heading} p${s.source.page}`)??0)+1);
console.log([...bySec].slice(0,30));
