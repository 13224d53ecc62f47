import { importFile } from './src/import/index.js';
import { checkDocument } from './src/rules/engine/run.js';
const [f, rule, sev, max] = process.argv.slice(2);
const doc = await importFile(f);
let n = 0;
for (const x of checkDocument(doc)) if ((!rule || x.ruleId === rule) && x.severity === (sev || 'error') && n++ < Number(max ?? 12)) console.log(x.ruleId, x.message.slice(0, 150), '|', x.expected, '|', x.actual, '| p', x.locations.map(l=>l.page).join(','));
