import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FactsObject } from './schema.js';

/** JSON Schema (draft 2020-12) of the facts file as written by people (amounts as text). */
export function factsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FactsObject, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

export function factsJsonSchemaText(): string {
  return JSON.stringify(factsJsonSchema(), null, 2) + '\n';
}

// `npx tsx src/facts/json-schema.ts` regenerates docs/facts.schema.json.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync('docs/facts.schema.json', factsJsonSchemaText());
  console.log('已写入 docs/facts.schema.json');
}
