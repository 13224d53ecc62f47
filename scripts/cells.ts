// Debug helper: which amount cells of a document's tables no checked identity covers.
//   tsx scripts/cells.ts FILE             per table: rows, amount cells, covered, and the uncovered cells by column
//   --table N                            one table, with every row marked (✓ all covered, · some uncovered)
// Table coverage (the corpus runner's 表覆盖) counts the cells this lists as uncovered.
import { importFile } from '../src/import/index.js';
import { Coverage } from '../src/rules/engine/coverage.js';
import { checkDocument } from '../src/rules/engine/run.js';

const argv = process.argv.slice(2);
const file = argv[0];
const only = argv.includes('--table') ? Number(argv[argv.indexOf('--table') + 1]) : undefined;
const doc = await importFile(file);
const coverage = new Coverage();
checkDocument(doc, { coverage });

doc.tables.forEach((t, i) => {
  if (only !== undefined && only !== i + 1) return;
  let cells = 0;
  let covered = 0;
  const byColumn = new Map<string, string[]>();
  for (const r of t.rows)
    for (const [k, c] of Object.entries(r.cells)) {
      if (!c.value) continue;
      cells++;
      if (coverage.cells.has(c)) covered++;
      else byColumn.set(k, [...(byColumn.get(k) ?? []), `${r.index}:${c.raw}`]);
    }
  const state = t.rows.length ? '' : t.emptyNote ? ' 空表(有说明)' : ' 未读出';
  console.log(`[${i + 1}] ${t.kind} “${t.title}” p${t.source.page} ${t.structure ?? ''} 行${t.rows.length} 金额格${cells} 覆盖${covered}${state}`);
  if (only !== undefined) {
    for (const r of t.rows) {
      const vals = Object.entries(r.cells).filter(([, c]) => c.value);
      const mark = vals.every(([, c]) => coverage.cells.has(c)) ? '✓' : '·';
      const cs = vals.map(([k, c]) => `${k}:${c.raw}${coverage.cells.has(c) ? '' : '✗'}`).join(' ');
      console.log(`  ${mark}${String(r.index).padStart(3)} ${r.role.padEnd(11)} ${(r.level ?? '').padEnd(7)}${r.sub ? '*' : ' '}${r.parent ?? ''} ${r.code ?? ''} ${r.name.slice(0, 24)} | ${cs}`);
    }
    return;
  }
  for (const [k, xs] of byColumn) {
    const col = t.columns.find((c) => c.key === k);
    console.log(`   ✗ ${k}[${col?.role ?? ''}] ${col?.path.join('/') ?? ''}: ${xs.length} — ${xs.slice(0, 8).join(' ')}${xs.length > 8 ? ' …' : ''}`);
  }
});
