// Regenerates docs/rules/ from the rule metadata and docs/check-output.schema.json from the report schema
// (npm run docs). test/catalogue.test.ts fails when these files are stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportJsonSchema, ruleDocFiles } from '../src/docs/rule-docs.js';

const dir = 'docs/rules';
mkdirSync(dir, { recursive: true });
const files = ruleDocFiles();
for (const f of readdirSync(dir)) if (f.endsWith('.md') && !files.has(f)) rmSync(join(dir, f));
for (const [name, content] of files) writeFileSync(join(dir, name), content);
writeFileSync('docs/check-output.schema.json', reportJsonSchema());
console.log(`wrote ${files.size} files to ${dir} and docs/check-output.schema.json`);
