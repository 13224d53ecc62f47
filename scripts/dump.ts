// Debug helper: print the document model of a file as JSON.
import { readFileSync } from 'node:fs';
import { importTextBuffer } from '../src/import/text/index.js';

const file = process.argv[2];
const doc = importTextBuffer(readFileSync(file), { file });
console.log(JSON.stringify(doc, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 1));
