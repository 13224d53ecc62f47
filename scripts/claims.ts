// Debug helper: the claims read from a document's narrative, with what the rules checked.
//   tsx scripts/claims.ts FILE [--page N] [--uncovered]
// --uncovered lists only the narrative figures (万元/元/%) that no checked claim covers, with their sentence.
import { importFile } from '../src/import/index.js';
import { Coverage } from '../src/rules/engine/coverage.js';
import { checkDocument } from '../src/rules/engine/run.js';
import { checkedClaims, FIGURE, notNarrativeFigure } from '../src/measure/measure.js';

const argv = process.argv.slice(2);
const file = argv[0];
const page = argv.includes('--page') ? Number(argv[argv.indexOf('--page') + 1]) : undefined;
const uncovered = argv.includes('--uncovered');
const doc = await importFile(file);
const coverage = new Coverage();
checkDocument(doc, { coverage });
const show = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
for (const s of doc.sections)
  for (const p of s.paragraphs) {
    if (page !== undefined && p.source.page !== page) continue;
    if (uncovered) {
      const spans = checkedClaims(p.claims, coverage).map((c) => c.source.span!);
      for (const m of p.text.matchAll(FIGURE)) {
        const [a, b] = [m.index, m.index + m[0].length];
        if (spans.some(([x, y]) => x < b && a < y) || notNarrativeFigure(p.text, a, b)) continue;
        const claim = p.claims.find((c) => c.source.span && c.source.span[0] < b && a < c.source.span[1]);
        console.log(`p${p.source.page} ${m[0]}\t${claim ? `[${claim.type} ${'subject' in claim ? claim.subject : ''}]` : '[-]'}\t${p.text.slice(Math.max(0, a - 40), b + 10).replace(/\s+/g, ' ')}`);
      }
      continue;
    }
    console.log(`\n§ ${s.heading} [${s.topic ?? ''}] p${p.source.page}: ${p.text.slice(0, 160)}`);
    for (const c of p.claims) {
      const { text: _t, source, ...rest } = c;
      console.log(`  ${coverage.claims.has(c) ? '✓' : '·'} ${show({ ...rest, span: source.span })}`);
    }
  }
