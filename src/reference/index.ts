import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Classification, levelOfCode, parentOfCode, type ClassificationKind, type CodeEntry, type CodeLevel } from './classification.js';
import { csvRecords } from './csv.js';

export * from './classification.js';

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

interface HistoryRow {
  code: string;
  name: string;
  first: number;
  last: number;
}

function readHistory(dir: string): HistoryRow[] {
  const file = join(dir, 'names-history.csv');
  if (!existsSync(file)) return [];
  return csvRecords(readFileSync(file, 'utf8')).map((r) => ({
    code: r.code,
    name: r.name,
    first: Number(r.first_doc_year) || 0,
    last: Number(r.last_doc_year) || 9999,
  }));
}

function classificationFrom(kind: ClassificationKind, csvText: string, history: HistoryRow[]): Classification {
  const entries: CodeEntry[] = csvRecords(csvText).map((r) => ({
    code: r.code,
    name: r.name,
    level: (r.level as CodeLevel) || levelOfCode(r.code) || '款',
    parent: r.parent || parentOfCode(r.code),
    formerNames: history.filter((h) => h.code === r.code && h.name !== r.name).map((h) => h.name),
  }));
  return new Classification(kind, entries);
}

const cache = new Map<number, ReferenceSet>();

/**
 * The built-in (partial, verified) reference lists. They are not year-split yet: names-history.csv keeps the
 * names older documents used, so a name printed in an earlier year is "former", not wrong.
 */
export function builtinReference(year = new Date().getFullYear()): ReferenceSet {
  const hit = cache.get(year);
  if (hit) return hit;
  const dir = join(dataDir(), 'base');
  const history = readHistory(dir);
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const mapping = new Map<string, string>();
  for (const r of csvRecords(read('economic-mapping.csv'))) mapping.set(r.department_code, r.government_code);
  const set: ReferenceSet = {
    year,
    functional: classificationFrom('functional', read('functional-expenditure.csv'), history),
    economicDepartment: classificationFrom('economic-department', read('economic-department.csv'), history),
    economicGovernment: classificationFrom('economic-government', read('economic-government.csv'), history),
    economicMapping: mapping,
    source: 'builtin',
  };
  cache.set(year, set);
  return set;
}
