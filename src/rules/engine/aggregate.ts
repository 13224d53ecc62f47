import type { BudgetDocument } from '../../model/document.js';
import type { Finding, FindingDraft } from './types.js';

/**
 * Findings that hold item by item while they are few. When most of the compared items miss, the document follows
 * another convention (a contents listing another level, forms published for key projects only) or the reader
 * missed a part: one note says how many, instead of a warning per item that a reviewer would dismiss one by one.
 */
export function* fewOrOneNote(misses: FindingDraft[], compared: number, note: (n: number) => FindingDraft): Generator<FindingDraft> {
  if (misses.length <= Math.max(2, compared * 0.4)) {
    yield* misses;
    return;
  }
  const summary = note(misses.length);
  yield { severity: 'info', ...summary, locations: summary.locations.length ? summary.locations : misses.slice(0, 1).flatMap((m) => m.locations) };
}

/** Fewer 尾差 than this of one rule in a document are listed one by one. */
const ROUNDING_GROUP = 3;
const MAX_GROUP_LOCATIONS = 200;

/**
 * 尾差 of one rule taken together: a document of 万元 figures rounded line by line can miss its totals by 0.01 in
 * dozens of places over many tables, and one warning per rule that lists every place (each with its figures) is what
 * a reviewer reads; dozens of warnings would bury the rest of the report. Nothing is dropped: every place stays a
 * location, and the message names the tables.
 */
export function groupRounding(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.rounding) continue;
    groups.set(f.ruleId, [...(groups.get(f.ruleId) ?? []), f]);
  }
  const merged = new Map<Finding, Finding | null>();
  for (const g of groups.values()) {
    if (g.length < ROUNDING_GROUP) continue;
    g.forEach((f, i) => merged.set(f, i === 0 ? mergeRounding(g) : null));
  }
  return findings.flatMap((f) => (merged.has(f) ? (merged.get(f) ? [merged.get(f)!] : []) : [f]));
}

function mergeRounding(g: Finding[]): Finding {
  const first = g[0];
  const tables = [...new Set(g.map((f) => f.locations[0]?.tableTitle).filter((t): t is string => !!t))];
  const where =
    tables.length > 1 ? `${tables.length}张表（${tables.slice(0, 3).map((t) => `“${t}”`).join('')}${tables.length > 3 ? '等' : ''}）` : tables.length ? `“${tables[0]}”` : '说明';
  const each = g.map((f) => `${f.locations[0]?.label ?? ''}：应为 ${f.expected ?? ''}，实为 ${f.actual ?? ''}`);
  return {
    ...first,
    message: `${where}中有 ${g.length} 处差额在各数四舍五入的误差范围内，属尾差（${first.message.replace(/（差额在各数四舍五入.*$/, '')} 等）`,
    locations: g.flatMap((f) => f.locations).slice(0, MAX_GROUP_LOCATIONS),
    expected: undefined,
    actual: undefined,
    difference: each.slice(0, 10).join('；') + (each.length > 10 ? `；…共 ${each.length} 处` : ''),
    suggestion: '尾差来自各数先分别四舍五入；如需消除，调整个别数的末位使合计与分项一致',
  };
}

/** "本表金额转换为万元时，因四舍五入可能存在尾差": the document says its figures may miss by rounding. */
const ROUNDING_NOTE = /四舍五入[^。]{0,20}尾差|尾差[^。]{0,20}四舍五入/;

/**
 * 尾差 that the document itself declares (a note under its tables or in its narrative) are reported as info: the
 * reader has been told; a 尾差 warning on every such table would say nothing new. Errors are never touched.
 */
export function acknowledgedRounding(doc: BudgetDocument, findings: Finding[]): Finding[] {
  const texts = [...doc.unplaced.map((u) => u.text), ...doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text))];
  if (!texts.some((t) => t.includes('尾') && ROUNDING_NOTE.test(t.replace(/\s+/g, '')))) return findings;
  return findings.map((f) => (f.rounding && f.severity === 'warning' ? { ...f, severity: 'info', message: `${f.message}（文件已注明金额四舍五入可能存在尾差）` } : f));
}

/**
 * One problem printed in several places (a wrong figure in an item heading and again in its sentence) is one
 * finding with every place as a location: the same message twice reads as two problems to fix.
 */
export function mergeRepeats(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const k = [f.ruleId, f.severity, f.message, f.expected ?? '', f.actual ?? ''].join('\u0000');
    const kept = first.get(k);
    if (!kept) {
      const copy = { ...f, locations: [...f.locations] };
      first.set(k, copy);
      out.push(copy);
      continue;
    }
    for (const l of f.locations) if (!kept.locations.some((m) => sameLocation(m, l))) kept.locations.push(l);
  }
  return out;
}

/** One place: the same line of the same file (two sentences of one paragraph are one place to a reader). */
const sameLocation = (a: Finding['locations'][number], b: Finding['locations'][number]) =>
  a.file === b.file && a.page === b.page && a.line === b.line && a.label === b.label && (a.line !== undefined || a.excerpt === b.excerpt);

/** "部分涉密事项在预算公开时予以剔除", "此项内容为涉密内容，不予公开": the document says it left classified items out. */
const OMISSION_NOTE = /(涉密|保密)[^。]{0,40}(剔除|不予公开|未予公开|不公开|未公开)/;
/** Rules comparing a printed total with the lines listed under it: lines left out make the total exceed them. */
const LISTED_SUMS = new Set(['code-hierarchy-sum', 'economic-hierarchy-sum', 'project-table-sum', 'table-total-row']);

/**
 * A total larger than the lines listed under it, in a document that says it left classified items out of what it
 * publishes, is what that omission looks like: reported as info with the reason, since the left-out lines cannot
 * be checked. A total smaller than its listed lines stays an error (leaving lines out cannot cause it).
 */
export function acknowledgedOmissions(doc: BudgetDocument, findings: Finding[]): Finding[] {
  const texts = [...doc.unplaced.map((u) => u.text), ...doc.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)])];
  if (!texts.some((t) => (t.includes('涉') || t.includes('保')) && OMISSION_NOTE.test(t.replace(/\s+/g, '')))) return findings;
  const omitted = (f: Finding) => f.severity === 'error' && LISTED_SUMS.has(f.ruleId) && !!f.difference?.startsWith('+');
  const byRule = new Map<string, Finding[]>();
  for (const f of findings.filter(omitted)) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const out: Finding[] = [];
  for (const f of findings) {
    if (!omitted(f)) out.push(f);
    else if (byRule.get(f.ruleId)![0] === f) out.push(omissionNote(byRule.get(f.ruleId)!));
  }
  return out;
}

const OMISSION_REASON = '文件已说明部分涉密事项公开时予以剔除，所列各行之和小于合计可能由此而来';

/** The totals above their listed lines, one note per rule that lists every place with its figures. */
function omissionNote(g: Finding[]): Finding {
  if (g.length === 1) return { ...g[0], severity: 'info', message: `${g[0].message}（${OMISSION_REASON}）` };
  const each = g.map((f) => `${f.locations[0]?.label ?? ''}：合计 ${f.expected ?? ''}，所列各行之和 ${f.actual ?? ''}`);
  return {
    ...g[0],
    severity: 'info',
    message: `有 ${g.length} 处合计大于所列各行之和（${g[0].message} 等；${OMISSION_REASON}）`,
    locations: g.flatMap((f) => f.locations).slice(0, MAX_GROUP_LOCATIONS),
    expected: undefined,
    actual: undefined,
    difference: each.slice(0, 10).join('；') + (each.length > 10 ? `；…共 ${each.length} 处` : ''),
  };
}
