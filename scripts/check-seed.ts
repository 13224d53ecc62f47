// Debug helper: list findings of the seed (optionally of one category).
import { readFileSync } from 'node:fs';
import { importTextBuffer } from '../src/import/text/index.js';
import { checkDocument } from '../src/rules/engine/run.js';

const file = process.argv[2] ?? 'test/fixtures/seed/zezhou-2026.txt';
const cat = process.argv[3];
const doc = importTextBuffer(readFileSync(file), { file });
for (const f of checkDocument(doc)) {
  if (cat && f.category !== cat) continue;
  console.log(`[${f.severity}] ${f.ruleId}: ${f.message} | ${f.locations.map((l) => l.label + (l.line ? ':' + l.line : '')).join(' ; ')} | exp ${f.expected ?? ''} act ${f.actual ?? ''} diff ${f.difference ?? ''}`);
}
