import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveDocument } from '../src/derive/index.js';
import { loadFacts } from '../src/facts/index.js';
import { importFile } from '../src/import/index.js';
import type { BudgetDocument } from '../src/model/document.js';
import { formatIn } from '../src/money/index.js';
import { checkDocument } from '../src/rules/engine/run.js';

/** Every non-empty amount of every table, keyed by table kind, side, row (code or name) and column key. */
export function tableFigures(doc: BudgetDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of doc.tables)
    for (const r of t.rows)
      for (const [key, cell] of Object.entries(r.cells)) {
        if (!cell.value || cell.value.fen === 0n) continue;
        out.set(`${t.kind}|${r.side ?? ''}|${r.code ?? r.name}|${r.role}|${key}`, formatIn(cell.value, '元', 2));
      }
  return out;
}

/** Render the example with `render`, read the file back, and return both documents and the read-back findings. */
export async function roundTrip(ext: string, render: (doc: BudgetDocument) => Promise<Buffer | string> | Buffer | string) {
  const facts = await loadFacts('examples/zezhou-2026.facts.yaml');
  const derived = deriveDocument(facts, 'shanxi-13', { file: 'examples/zezhou-2026.facts.yaml' });
  const file = join(mkdtempSync(join(tmpdir(), 'gongkai-rt-')), `example.${ext}`);
  writeFileSync(file, await render(derived));
  const read = await importFile(file);
  return { derived, read, findings: checkDocument(read) };
}
