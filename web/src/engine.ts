// The rule engine in the browser: the same validation, derivation and rules as the server, on the facts being
// edited, so findings follow every keystroke without a round trip.
import { builtinReference, checkDocument, deriveDocument, FactsError, parseFacts, provideBuiltinReference, type Finding, type FactsIssue, type ReferenceSet } from '@engine';
import functional from '../../data/reference/base/functional-expenditure.csv?raw';
import economicDepartment from '../../data/reference/base/economic-department.csv?raw';
import economicGovernment from '../../data/reference/base/economic-government.csv?raw';
import mapping from '../../data/reference/base/economic-mapping.csv?raw';
import history from '../../data/reference/base/names-history.csv?raw';
import provenance from '../../data/reference/base/provenance.csv?raw';

export type { Finding, FactsIssue };

provideBuiltinReference({ functional, economicDepartment, economicGovernment, mapping, history, provenance });
export const reference = (year: number): ReferenceSet => builtinReference(year);

export interface BrowserCheck {
  findings: Finding[];
  issues: FactsIssue[];
  tables: { id: string; number?: string; title: string }[];
  error?: string;
}

/** Validate, derive and check facts as they are in the form. */
export function checkFacts(facts: unknown): BrowserCheck {
  try {
    const parsed = parseFacts(facts);
    const ref = reference(parsed.department.year);
    const doc = deriveDocument(parsed, parsed.profile, { ref });
    doc.meta.draft = true;
    return { findings: checkDocument(doc, { ref }), issues: [], tables: doc.tables.map((t) => ({ id: t.id, number: t.number, title: t.title })) };
  } catch (e) {
    if (e instanceof FactsError) return { findings: [], issues: e.issues, tables: [] };
    return { findings: [], issues: [], tables: [], error: (e as Error).message };
  }
}

/** Code pickers: entries of a classification at one level. */
export function codeOptions(kind: 'functional' | 'economicDepartment' | 'economicGovernment', level: '类' | '款' | '项', year = 2026): { code: string; name: string }[] {
  const c = reference(year)[kind];
  return [...c.entries()].filter((e) => e.level === level).map((e) => ({ code: e.code, name: e.name }));
}
