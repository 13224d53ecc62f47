import { basename, dirname } from 'node:path';
import type { BudgetDocument, BudgetKind, BudgetScope } from '../model/document.js';
import { normalizeName } from '../model/names.js';
import { tableKindOfTitle } from '../profiles/table-kinds.js';

/** What a file holds: the narrative (情况说明) only, the tables (公开表) only, both, or neither. */
export type PartContent = 'narrative' | 'tables' | 'complete' | 'other';

/** Who and what a file discloses, as read from the document itself (title, cover, table titles, 部门整体绩效目标表). */
export interface DisclosureIdentity {
  content: PartContent;
  department?: string;
  year?: number;
  kind: BudgetKind;
  scope: BudgetScope;
}

/** A part needs at least this many narrative topics, or recognised budget tables, to count as that part. */
const MIN_TOPICS = 2;
const MIN_TABLES = 3;

/** Fields of an overall performance form (部门整体支出绩效目标表) that name the department. */
const FORM_DEPARTMENT = ['部门名称', '单位名称', '预算部门', '部门（单位）名称', '部门(单位)名称'];

export function disclosureIdentity(doc: BudgetDocument): DisclosureIdentity {
  const topics = new Set(doc.sections.filter((s) => s.topic && s.paragraphs.length).map((s) => s.topic));
  const tables = doc.tables.filter((t) => t.kind && t.kind !== 'unknown').length;
  const narrative = topics.size >= MIN_TOPICS;
  const hasTables = tables >= MIN_TABLES;
  const content: PartContent = narrative && hasTables ? 'complete' : narrative ? 'narrative' : hasTables ? 'tables' : 'other';
  const overall = doc.forms.filter((f) => f.kind === 'overall');
  const formDepartment = overall.flatMap((f) => FORM_DEPARTMENT.map((k) => f.fields[k]?.trim())).find((d) => d && d.length >= 3);
  const formYear = overall.map((f) => Number(/((?:19|20)\d{2})\s*年/.exec(f.fields['年度'] ?? '')?.[1])).find((y) => y > 0);
  const titles = doc.tables.map((t) => t.title).join('\n');
  // A title of a table part ("预算01表收支总表") names no department: only the form does.
  const metaDepartment = doc.meta.department && !tableKindOfTitle(doc.meta.department) && !/表$/.test(doc.meta.department) ? doc.meta.department : undefined;
  const tableYear = Number(/((?:19|20)\d{2})\s*年/.exec(titles)?.[1]) || undefined;
  const printedKind = /决算/.test(doc.meta.title ?? '') || (!doc.meta.year && /决算/.test(titles)) ? '决算' : doc.meta.kind;
  return {
    content,
    department: metaDepartment ?? formDepartment,
    year: doc.meta.year ?? formYear ?? tableYear,
    kind: printedKind,
    scope: doc.meta.scope,
  };
}

/** A file read in a batch, with what it discloses. */
export interface PartCandidate {
  file: string;
  identity: DisclosureIdentity;
}

/** Two files checked as one disclosure: the narrative first, as a reader would read them. */
export interface PartPair {
  narrative: string;
  tables: string;
  /** Why they were paired, for the summary (同一部门、年度、类型). */
  reason: string;
}

const sameDepartment = (a?: string, b?: string) => !!a && !!b && normalizeName(a) === normalizeName(b);

/** Characters two file names share at their start, in the same folder (a tie-break only, never a reason). */
function nameAffinity(a: string, b: string): number {
  if (dirname(a) !== dirname(b)) return 0;
  const x = basename(a);
  const y = basename(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * Pair the narrative-only and tables-only files of one department, year and kind, as read from the documents.
 * Both parts must name the department and the year; a complete document is never paired; a part with two
 * equally good partners (file names do not tell them apart) stays alone rather than be paired by guess.
 */
export function pairParts(files: readonly PartCandidate[]): PartPair[] {
  const narratives = files.filter((f) => f.identity.content === 'narrative');
  const tables = files.filter((f) => f.identity.content === 'tables');
  const fits = (n: PartCandidate, t: PartCandidate) =>
    sameDepartment(n.identity.department, t.identity.department) && n.identity.year !== undefined && n.identity.year === t.identity.year && n.identity.kind === t.identity.kind;
  const options = narratives.flatMap((n) => tables.filter((t) => fits(n, t)).map((t) => ({ n, t, affinity: nameAffinity(n.file, t.file) })));
  const best = (list: typeof options) => {
    const top = Math.max(...list.map((o) => o.affinity));
    const winners = list.filter((o) => o.affinity === top);
    return winners.length === 1 ? winners[0] : undefined;
  };
  const pairs: PartPair[] = [];
  for (const n of narratives) {
    const mine = options.filter((o) => o.n === n);
    const pick = mine.length ? best(mine) : undefined;
    // The partner must choose this narrative too: a tables part wanted by two narratives is not guessed.
    if (!pick || best(options.filter((o) => o.t === pick.t)) !== pick) continue;
    const { department, year, kind, scope } = n.identity;
    pairs.push({ narrative: n.file, tables: pick.t.file, reason: `两个文件同为${department}${year}年${scope}${kind}，一个只有说明、一个只有报表，合为一份公开文件检查` });
  }
  return pairs;
}
