import { Classification, levelOfCode, parentOfCode, type ClassificationKind, type CodeEntry, type CodeLevel } from './classification.js';
import { csvRecords } from './csv.js';
import type { ReferenceSet } from './index.js';

/** The CSV texts of a reference folder (data/reference/base): no file access here, so browsers can use it too. */
export interface ReferenceCsv {
  functional: string;
  economicDepartment: string;
  economicGovernment: string;
  mapping: string;
  /** names-history.csv: names older documents used, with the first and last year seen; optional. */
  history?: string;
  /** provenance.csv: the first and last year each listed code was seen in; optional. */
  provenance?: string;
}

const FILES: Record<ClassificationKind, string> = { functional: 'functional-expenditure.csv', 'economic-department': 'economic-department.csv', 'economic-government': 'economic-government.csv' };

interface HistoryRow {
  code: string;
  name: string;
  from?: number;
  to?: number;
}

const yearOf = (v: string | undefined) => (v && /^\d{4}$/.test(v.trim()) ? Number(v) : undefined);

/** The years of each name of `code`: history rows, and for the current name the first year it was seen. */
function yearsOf(code: string, current: string, history: HistoryRow[], firstSeen?: number): CodeEntry['nameYears'] {
  const spans = history.filter((h) => h.code === code && h.from !== undefined).map((h) => ({ name: h.name, from: h.from!, to: h.name === current ? undefined : h.to }));
  if (!spans.some((s) => s.name === current) && firstSeen !== undefined) spans.push({ name: current, from: firstSeen, to: undefined });
  return spans.length ? spans : undefined;
}

function classificationFrom(kind: ClassificationKind, csvText: string, history: HistoryRow[], firstSeen: Map<string, number>): Classification {
  const entries: CodeEntry[] = csvRecords(csvText).map((r) => ({
    code: r.code,
    name: r.name,
    level: (r.level as CodeLevel) || levelOfCode(r.code) || '款',
    parent: r.parent || parentOfCode(r.code),
    formerNames: history.filter((h) => h.code === r.code && h.name !== r.name).map((h) => h.name),
    nameYears: yearsOf(r.code, r.name, history, firstSeen.get(r.code)),
  }));
  return new Classification(kind, entries);
}

/** Build a reference set from the CSV texts of a reference folder. */
export function referenceFromCsv(csv: ReferenceCsv, year: number, source = 'builtin'): ReferenceSet {
  const history = csv.history ? csvRecords(csv.history).map((r) => ({ code: r.code, name: r.name, from: yearOf(r.first_doc_year), to: yearOf(r.last_doc_year) })) : [];
  const provenance = csv.provenance ? csvRecords(csv.provenance) : [];
  const seen = (kind: ClassificationKind) => new Map(provenance.filter((p) => p.file === FILES[kind] && yearOf(p.first_doc_year)).map((p) => [p.code, yearOf(p.first_doc_year)!]));
  const mapping = new Map<string, string>();
  for (const r of csvRecords(csv.mapping)) mapping.set(r.department_code, r.government_code);
  return {
    year,
    functional: classificationFrom('functional', csv.functional, history, seen('functional')),
    economicDepartment: classificationFrom('economic-department', csv.economicDepartment, history, seen('economic-department')),
    economicGovernment: classificationFrom('economic-government', csv.economicGovernment, history, seen('economic-government')),
    economicMapping: mapping,
    source,
  };
}
