import { Classification, levelOfCode, parentOfCode, type ClassificationKind, type CodeEntry, type CodeLevel } from './classification.js';
import { csvRecords } from './csv.js';
import type { ReferenceSet } from './index.js';

/** The CSV texts of a reference folder (data/reference/base): no file access here, so browsers can use it too. */
export interface ReferenceCsv {
  functional: string;
  economicDepartment: string;
  economicGovernment: string;
  mapping: string;
  /** names-history.csv: names older documents used; optional. */
  history?: string;
}

interface HistoryRow {
  code: string;
  name: string;
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

/** Build a reference set from the CSV texts of a reference folder. */
export function referenceFromCsv(csv: ReferenceCsv, year: number, source = 'builtin'): ReferenceSet {
  const history = csv.history ? csvRecords(csv.history).map((r) => ({ code: r.code, name: r.name })) : [];
  const mapping = new Map<string, string>();
  for (const r of csvRecords(csv.mapping)) mapping.set(r.department_code, r.government_code);
  return {
    year,
    functional: classificationFrom('functional', csv.functional, history),
    economicDepartment: classificationFrom('economic-department', csv.economicDepartment, history),
    economicGovernment: classificationFrom('economic-government', csv.economicGovernment, history),
    economicMapping: mapping,
    source,
  };
}
