// Reads vitest's JSON report and prints the one line CI recognises: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const [file, extraFailed = '0', status = '0'] = process.argv.slice(2);
let passed = 0;
let failed = Number(extraFailed);
if (existsSync(file)) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  // A suite that failed outside its tests (failed to load, a beforeAll/afterAll error) has no failed test
  // counted: count it as one failure.
  for (const s of r.testResults ?? []) if (s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed')) failed += 1;
} else if (status !== '0') failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
