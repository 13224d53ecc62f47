// Debug helper: which amount cells of a document no checked identity used (the corpus runner's table coverage).
//   tsx scripts/uncovered.ts FILE            per table: covered/amount cells, then the uncovered cells by row
//   --table N limits to one table; --all lists every row (covered cells shown as `key✓`).
import { importFile } from '../src/import/index.js';
import { Coverage } from '../src/rules/engine/coverage.js';
import { checkDocument } from '../src/rules/engine/run.js';

const argv = process.argv.slice(2);
const file = argv[0];
const only = argv.includes('--table') ? Number(argv[argv.indexOf('--table') + 1]) : undefined;
const all = argv.includes('--all');

const doc = await importFile(file);
const coverage = new Coverage();
checkDocument(doc, { coverage });
let total = 0;
let covered = 0;
doc.tables.forEach((t, i) => {
  const cells = t.rows.flatMap((r) => Object.values(r.cells).filter((c) => c.value));
  const n = cells.filter((c) => coverage.cells.has(c)).length;
  total += cells.length;
  covered += n;
  if (only !== undefined && only !== i + 1) return;
  if (!cells.length) return;
  console.log(`\n## [${i + 1}] ${t.kind} “${t.title}” p${t.source.page}: ${n}/${cells.length} covered`);
  console.log('   columns: ' + t.columns.map((c) => `${c.key}[${c.type}${c.role ? ':' + c.role : ''}${c.of ? '<' + c.of : ''}]=${c.path.join('/')}`).join(' ; '));
  for (const r of t.rows) {
    const entries = Object.entries(r.cells).filter(([, c]) => c.value);
    const miss = entries.filter(([, c]) => !coverage.cells.has(c));
    if (!miss.length && !all) continue;
    const shown = (all ? entries : miss).map(([k, c]) => `${k}${coverage.cells.has(c) ? '✓' : ''}:${c.raw}`).join(' ');
    const up = r.parent !== undefined ? `^${r.parent}` : '';
    console.log(`${String(r.index).padStart(3)} p${r.source.page} ${r.side ? r.side[0] : ' '} ${r.role.padEnd(11)} ${(r.level ?? '').padEnd(4)}${r.sub ? '*' : ' '}${up.padEnd(4)} ${r.code ?? ''} ${r.name.slice(0, 24)} | ${shown}`);
  }
});
console.log(`\n# ${covered}/${total} amount cells covered (${total ? ((100 * covered) / total).toFixed(1) : '—'}%)`);
