import type { Claim } from '../../model/claims.js';
import type { Row, Section, SourceRef, Table } from '../../model/document.js';
import type { PerformanceForm } from '../../model/performance.js';
import type { Location } from './types.js';

function fromSource(s?: SourceRef): Pick<Location, 'file' | 'line' | 'page' | 'box' | 'span'> {
  if (!s) return {};
  return { file: s.file, line: s.line, page: s.page, box: s.box, span: s.span };
}

export function rowLabel(row: Row): string {
  return [row.code, row.name || (row.role === 'total' ? '合计' : ''), row.period].filter(Boolean).join(' ');
}

/** A row as a message names it: 第“行政运行”行, or 第12行（未印名称） when the line prints no name. */
export function rowPhrase(row: Row): string {
  const label = rowLabel(row);
  return label ? `第“${label}”行` : `第${row.index + 1}行（未印名称）`;
}

export function tableLoc(t: Table): Location {
  return { label: t.title, tableId: t.id, tableTitle: t.title, ...fromSource(t.source) };
}

export function rowLoc(t: Table, row: Row): Location {
  return { label: `${t.title} › ${rowLabel(row)}`, tableId: t.id, tableTitle: t.title, row: rowLabel(row), ...fromSource(row.source) };
}

export function cellLoc(t: Table, row: Row, key: string): Location {
  const col = t.columns.find((c) => c.key === key);
  const colLabel = col ? col.path.filter((p) => !/^(收入|支出)$/.test(p)).join('/') || col.label : key;
  const cell = row.cells[key];
  return {
    label: `${t.title} › ${rowLabel(row)} › ${colLabel}`,
    tableId: t.id,
    tableTitle: t.title,
    row: rowLabel(row),
    column: colLabel,
    ...fromSource(cell?.source ?? row.source),
    excerpt: cell?.raw || undefined,
  };
}

export function sectionTitle(s: Section): string {
  if (!s.number) return s.heading;
  return /^[（(]/.test(s.number) ? `${s.number}${s.heading}` : `${s.number}、${s.heading}`;
}

export function claimLoc(s: Section | undefined, c: Claim): Location {
  return {
    label: s ? `${sectionTitle(s)}` : '说明',
    sectionId: s?.id,
    section: s ? sectionTitle(s) : undefined,
    ...fromSource(c.source),
    excerpt: c.text,
  };
}

export function textLoc(label: string, source: SourceRef | undefined, excerpt?: string, extra: Partial<Location> = {}): Location {
  return { label, ...fromSource(source), excerpt, ...extra };
}

export function formLoc(f: PerformanceForm, field?: string, excerpt?: string): Location {
  const name = f.projectName ?? f.title;
  return {
    label: `绩效目标表“${name}”${field ? ` › ${field}` : ''}`,
    form: name,
    field,
    ...fromSource(field ? (f.fieldSources[field] ?? f.source) : f.source),
    excerpt,
  };
}
