// Shared helpers of the performance-form rules: which forms to check, their amount, project-table rows,
// name matching and locations of fields and indicators.
import type { BudgetDocument, Row, Table } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import type { Indicator, PerformanceForm } from '../../model/performance.js';
import type { Money } from '../../money/index.js';
import { formLoc } from '../engine/locate.js';
import type { FindingDraft, Location } from '../engine/types.js';

export function formName(f: PerformanceForm): string {
  return f.projectName ?? f.title;
}

/** Project forms whose content is available and read reliably (the others are reported by perf-form-coverage only). */
export function projectForms(doc: BudgetDocument): PerformanceForm[] {
  return doc.forms.filter((f) => f.kind === 'project' && !f.lost && !f.doubtful);
}

/** The amount a form budgets for the year: 年度资金总额, else 实施期资金总额. */
export function formAmount(f: PerformanceForm): { value: Money; field: '年度资金总额' | '实施期资金总额' } | undefined {
  if (f.funds.annual) return { value: f.funds.annual, field: '年度资金总额' };
  if (f.funds.total) return { value: f.funds.total, field: '实施期资金总额' };
  return undefined;
}

/** Amounts a text may legitimately total to: the annual amount and the implementation-period amount. */
export function formTargets(f: PerformanceForm): Money[] {
  const { annual, total } = f.funds;
  return [annual, total].filter((m, k, a): m is Money => !!m && a.findIndex((x) => x?.fen === m.fen) === k);
}

export interface ProjectRow {
  table: Table;
  row: Row;
}

/** Project rows (not unit rows, not breakdown lines) of the project-expense tables. */
export function projectRows(doc: BudgetDocument, kind: Table['kind'] = 'project-expense'): ProjectRow[] {
  const out: ProjectRow[] = [];
  for (const table of doc.tables)
    if (table.kind === kind) for (const row of table.rows) if (row.role === 'data' && !row.sub && row.level === 'project') out.push({ table, row });
  return out;
}

/** A project row's amount: the 合计 column, else the first amount cell. */
export function rowAmount(r: ProjectRow): { value: Money; key: string } | undefined {
  const total = r.row.cells['total']?.value;
  if (total) return { value: total, key: 'total' };
  const key = r.table.columns.find((c) => r.row.cells[c.key]?.value)?.key;
  return key ? { value: r.row.cells[key].value!, key } : undefined;
}

/** Name core for loose matching: without brackets' content, a leading year and a trailing 经费/项目/资金/费 (法律咨询服务费 = 法律咨询服务). */
function nameCore(s: string): string {
  return normalizeName(s)
    .replace(/\([^)]*\)/g, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/(专项)?(经费|项目|资金|补助资金|费)$/, '');
}

/** Same project? Exact normalised name first; the core match only when it is not empty. */
export function sameProject(a: string, b: string): boolean {
  if (normalizeName(a) === normalizeName(b)) return true;
  const ca = nameCore(a);
  return ca.length >= 2 && ca === nameCore(b);
}

export function findProjectRow(rows: ProjectRow[], name: string): ProjectRow | undefined {
  return rows.find((r) => normalizeName(r.row.name) === normalizeName(name)) ?? rows.find((r) => sameProject(r.row.name, name));
}

/** Location of one indicator row of a form. */
export function indicatorLoc(f: PerformanceForm, ind: Indicator): Location {
  const s = ind.source;
  return {
    ...formLoc(f, `${ind.period}指标`),
    label: `绩效目标表“${formName(f)}” › ${ind.period} › ${[ind.level2, ind.name].filter(Boolean).join(' › ')}`,
    field: `${ind.period}/${ind.level2 ?? ''}/${ind.name}`,
    file: s.file,
    line: s.line,
    page: s.page,
    box: s.box,
    span: s.span,
    excerpt: `${ind.name}　${ind.value.raw}`,
  };
}

export function periodsOf(f: PerformanceForm): Indicator['period'][] {
  return (['实施期', '年度'] as const).filter((p) => f.indicators.some((i) => i.period === p));
}

/**
 * Merge per-indicator drafts that say the same thing about the same indicator in both periods (the
 * 实施期 and 年度 columns usually repeat each other): one finding, every location; params.period lists
 * the periods concerned.
 */
export function mergeByKey(items: { key: string; period: string; draft: FindingDraft }[]): FindingDraft[] {
  const out = new Map<string, { draft: FindingDraft; periods: Set<string> }>();
  for (const { key, period, draft } of items) {
    const seen = out.get(key);
    if (seen) {
      seen.draft.locations.push(...draft.locations);
      seen.periods.add(period);
    } else out.set(key, { draft: { ...draft, locations: [...draft.locations] }, periods: new Set([period]) });
  }
  const order = (p: string) => (p === '实施期' ? 0 : p === '年度' ? 1 : 2);
  return [...out.values()].map(({ draft, periods }) => ({
    ...draft,
    locations: draft.locations.sort((a, b) => order(/^(实施期|年度)/.exec(a.field ?? '')?.[1] ?? '') - order(/^(实施期|年度)/.exec(b.field ?? '')?.[1] ?? '')),
    params: { ...draft.params, period: [...periods].sort((a, b) => order(a) - order(b)).join('、') },
  }));
}
