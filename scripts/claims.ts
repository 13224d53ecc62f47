// Debug helper: the claims read from a document's narrative, with what the rules checked.
//   tsx scripts/claims.ts FILE [--page N] [--uncovered]
// --uncovered lists only the narrative figures (万元/元/%) that no checked claim covers, with their sentence;
// --excluded the figures left out of claim coverage, with the reason (docs/claims.md).
import { importFile } from '../src/import/index.js';
import { Coverage } from '../src/rules/engine/coverage.js';
import { checkDocument } from '../src/rules/engine/run.js';
import { narrativeFigureStates } from '../src/measure/measure.js';

const argv = process.argv.slice(2);
const file = argv[0];
const page = argv.includes('--page') ? Number(argv[argv.indexOf('--page') + 1]) : undefined;
const uncovered = argv.includes('--uncovered');
const excluded = argv.includes('--excluded');
const doc = await importFile(file);
const coverage = new Coverage();
checkDocument(doc, { coverage });
const show = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
for (const s of doc.sections)
  for (const p of s.paragraphs) {
    if (page !== undefined && p.source.page !== page) continue;
    if (uncovered || excluded) {
      for (const f of narrativeFigureStates(p.text, p.claims, coverage)) {
        if (uncovered ? f.bound || f.excluded : !f.excluded) continue;
        const claim = p.claims.find((c) => c.source.span && c.source.span[0] < f.end && f.start < c.source.span[1]);
        const what = excluded ? `{${f.excluded}}` : claim ? `[${claim.type} ${'subject' in claim ? claim.subject : ''}]` : '[-]';
        console.log(`p${p.source.page} ${f.raw}\t${what}\t${p.text.slice(Math.max(0, f.start - 40), f.end + 10).replace(/\s+/g, ' ')}`);
      }
      continue;
    }
    console.log(`\n§ ${s.heading} [${s.topic ?? ''}] p${p.source.page}: ${p.text.slice(0, 160)}`);
    for (const c of p.claims) {
      const { text: _t, source, ...rest } = c;
      console.log(`  ${coverage.claims.has(c) ? '✓' : '·'} ${show({ ...rest, span: source.span })}`);
    }
  }
