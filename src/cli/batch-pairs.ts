import { pairParts, type PartCandidate } from '../import/pairing.js';
import type { BudgetKind, BudgetScope } from '../model/document.js';
import type { BatchRow } from './batch-job.js';
import { runBatch, type BatchOptions } from './batch.js';

/** The rows of a batch after pairing, and for each row the index of the input it stands at (its report's slot). */
export interface PairedBatch {
  rows: BatchRow[];
  slots: number[];
}

/** A part (说明 only or 报表 only) may yet be checked with its partner: its report waits for the pairing. */
export const mayPair = (row: BatchRow) => row.status === 'ok' && (row.content === 'narrative' || row.content === 'tables');

function candidate(row: BatchRow): PartCandidate {
  const kind = row.kind ?? '';
  return {
    file: row.file,
    identity: { content: row.content!, department: row.department, year: row.year, scope: kind.slice(0, 2) as BudgetScope, kind: kind.slice(2) as BudgetKind },
  };
}

/**
 * Check the two files of one disclosure together: a narrative-only and a tables-only file of the same
 * department, year and kind (as read from the documents) become one row, at the narrative's place, listing both
 * files; every finding keeps its own file and page. Rows of files that pair with nothing stay as they were.
 */
export async function pairBatch(checked: readonly BatchRow[], opts: Omit<BatchOptions, 'onRow'> = {}): Promise<PairedBatch> {
  const documents = new Map(checked.flatMap((r) => (r.partDocument ? [[r.file, r.partDocument] as const] : [])));
  const rows = checked.map(({ partDocument: _, ...row }) => row);
  const slots = rows.map((_, i) => i);
  const pairs = pairParts(rows.filter(mayPair).map(candidate));
  if (!pairs.length) return { rows, slots };
  // Each pair is checked from its parts' documents as the batch read them (the files are not read again).
  const partDocuments = (p: (typeof pairs)[number]) => {
    const both = [documents.get(p.narrative), documents.get(p.tables)];
    return both.every((d) => d !== undefined) ? both : undefined;
  };
  const joined = await runBatch(
    pairs.map((p) => ({ path: `${p.narrative} + ${p.tables}`, parts: [p.narrative, p.tables], partDocuments: partDocuments(p), pairedBecause: p.reason })),
    { ...opts, progress: false },
  );
  const index = new Map(rows.map((r, i) => [r.file, i]));
  // A pair that could not be checked together (time limit, parts that disagree once read) keeps its two rows.
  const done = pairs.flatMap((p, k) => (joined[k].status === 'ok' ? [{ p, row: joined[k] }] : []));
  const byNarrative = new Map(done.map(({ p, row }) => [index.get(p.narrative)!, row]));
  const gone = new Set(done.map(({ p }) => index.get(p.tables)!));
  const out: PairedBatch = { rows: [], slots: [] };
  rows.forEach((r, i) => {
    if (gone.has(i)) return;
    out.rows.push(byNarrative.get(i) ?? r);
    out.slots.push(i);
  });
  return out;
}
