import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Classification } from './classification.js';
import { referenceFromCsv, type ReferenceCsv } from './from-csv.js';

export * from './classification.js';
export { referenceFromCsv, type ReferenceCsv } from './from-csv.js';

/** The reference data a check runs against: three classifications and the 部门→政府 economic mapping. */
export interface ReferenceSet {
  year: number;
  functional: Classification;
  economicDepartment: Classification;
  economicGovernment: Classification;
  /** 部门经济分类款 code → 政府经济分类款 code (机关 口径). */
  economicMapping: Map<string, string>;
  source: string;
}

function dataDir(): string {
  // Works from src/ (tsx, vitest) and dist/ (compiled): walk up to the package root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'data', 'reference'))) return join(dir, 'data', 'reference');
    dir = resolve(dir, '..');
  }
  throw new Error('找不到内置参考数据目录 data/reference');
}

const cache = new Map<number, ReferenceSet>();

/** CSV text of the built-in lists, when the host supplied it (browsers have no files to read). */
let builtinCsv: ReferenceCsv | undefined;

/** Supply the built-in lists' CSV text (the browser build does, at start); builtinReference then reads no files. */
export function provideBuiltinReference(csv: ReferenceCsv): void {
  builtinCsv = csv;
  cache.clear();
}

function readBuiltinCsv(): ReferenceCsv {
  const dir = join(dataDir(), 'base');
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const historyFile = join(dir, 'names-history.csv');
  const provenanceFile = join(dir, 'provenance.csv');
  return {
    functional: read('functional-expenditure.csv'),
    economicDepartment: read('economic-department.csv'),
    economicGovernment: read('economic-government.csv'),
    mapping: read('economic-mapping.csv'),
    history: existsSync(historyFile) ? readFileSync(historyFile, 'utf8') : undefined,
    provenance: existsSync(provenanceFile) ? readFileSync(provenanceFile, 'utf8') : undefined,
  };
}

/**
 * The built-in (partial, verified) reference lists. They are not year-split yet: names-history.csv keeps the
 * names older documents used, so a name printed in an earlier year is "former", not wrong.
 */
export function builtinReference(year = new Date().getFullYear()): ReferenceSet {
  const hit = cache.get(year);
  if (hit) return hit;
  const set = referenceFromCsv(builtinCsv ?? readBuiltinCsv(), year);
  cache.set(year, set);
  return set;
}
