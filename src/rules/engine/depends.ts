import type { Finding, Location } from './types.js';

/**
 * Where a figure sits, as findings share it: a table cell, or a sentence (section and line). Two findings keyed
 * alike speak of the same cell or the same sentence.
 */
function placeKey(l: Location): string | undefined {
  if (l.tableId && l.row !== undefined && l.column !== undefined) return `cell|${l.tableId}|${l.row}|${l.column}`;
  if (l.sectionId && l.line !== undefined) return `text|${l.sectionId}|${l.line}`;
  if (l.form && l.field) return `form|${l.form}|${l.field}`;
  return undefined;
}

const isRate = (v: string | undefined) => v !== undefined && /%\s*$/.test(v);

/** An error that says a figure (an amount, not a rate) is wrong: what a rate computed from it depends on. */
const wrongFigure = (f: Finding) => f.severity === 'error' && !f.rounding && f.actual !== undefined && f.expected !== undefined && !isRate(f.actual) && !isRate(f.expected);

/**
 * Suggestions that never make things worse: a finding whose corrected value is a rate or share (it is computed
 * from amounts) and that shares a cell or sentence with an error saying an amount there is wrong was computed on
 * that wrong amount. It says so and asks for the amount to be fixed first, keeping its own suggestion only as
 * what the figures now give. Generic over rules: it looks at places and figures only.
 */
export function markDependents(findings: Finding[]): void {
  const roots = new Map<string, Finding>();
  for (const f of findings) {
    if (!wrongFigure(f)) continue;
    for (const l of f.locations) {
      const k = placeKey(l);
      if (k && !roots.has(k)) roots.set(k, f);
    }
  }
  if (!roots.size) return;
  for (const f of findings) {
    if (!isRate(f.expected) || f.dependsOn) continue;
    const root = f.locations.map((l) => roots.get(placeKey(l) ?? '')).find((r) => r && r !== f);
    if (!root) continue;
    f.dependsOn = { ruleId: root.ruleId, title: root.title, expected: root.expected, actual: root.actual };
    const first = `先更正所依据的数（“${root.title}”已指出：实为${root.actual}，应为${root.expected}），再按更正后的数重新核对本条`;
    f.suggestion = f.suggestion ? `${first}；按现有数字算出的结果仅供参考：${f.suggestion}` : first;
    f.message += '（所依据的数已被指出有误）';
  }
}
