import { basename } from 'node:path';
import type { BudgetDocument } from '../model/document.js';
import { GongkaiError } from '../model/errors.js';
import type { Finding, RuleCategory, Severity } from '../rules/engine/types.js';
import { CATEGORY_NAMES } from '../rules/engine/types.js';
import { toolVersion } from './version.js';
import { SEVERITY_NAMES, summarize } from './summary.js';
import { placeOf, position, severalFiles } from './text.js';

/** A crop of the page region a finding points at (PDF input only). */
export interface ReviewCrop {
  page: number;
  png: Uint8Array;
}

export interface ReviewFinding {
  /** 1-based, in report order (errors first). */
  number: number;
  severity: Severity;
  severityName: string;
  ruleId: string;
  title: string;
  category: string;
  message: string;
  places: string[];
  excerpt?: string;
  expected?: string;
  actual?: string;
  difference?: string;
  suggestion?: string;
  crop?: ReviewCrop;
}

/**
 * The review report (审核意见) as data: what every output format (HTML, PDF, DOCX) lays out. Plain values only,
 * so a batch worker can send it across threads.
 */
export interface ReviewReport {
  document: {
    file: string;
    title: string;
    department?: string;
    year?: number;
    kind: string;
    profile: string;
    profileReason?: string;
    draft: boolean;
    tables: number;
    sections: number;
    forms: number;
  };
  /** Date of the review, YYYY-MM-DD. */
  date: string;
  tool: string;
  counts: { errors: number; warnings: number; infos: number };
  categories: { name: string; errors: number; warnings: number; infos: number }[];
  findings: ReviewFinding[];
  /** What could not be read: text the reader placed nowhere. */
  unplaced: { place: string; text: string; reason: string }[];
}

export { placeOf };

const dateOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Build the review report of a checked document. `crops` holds a page crop per finding index, when the input is a PDF. */
export function reviewReport(doc: BudgetDocument, findings: readonly Finding[], opts: { date?: Date; crops?: readonly (ReviewCrop | undefined)[] } = {}): ReviewReport {
  const m = doc.meta;
  const files = severalFiles(findings);
  const s = summarize(findings);
  const categories = (Object.keys(CATEGORY_NAMES) as RuleCategory[])
    .map((c) => {
      const of = findings.filter((f) => f.category === c);
      return { name: CATEGORY_NAMES[c], errors: of.filter((f) => f.severity === 'error').length, warnings: of.filter((f) => f.severity === 'warning').length, infos: of.filter((f) => f.severity === 'info').length };
    })
    .filter((c) => c.errors + c.warnings + c.infos > 0);
  const file = basename(m.source.file ?? '');
  return {
    document: {
      file,
      title: m.title ?? m.department ?? (file || '（未命名文件）'),
      department: m.department,
      year: m.year,
      kind: `${m.scope}${m.kind}`,
      profile: m.profile,
      profileReason: m.profileReason,
      draft: m.draft,
      tables: doc.tables.length,
      sections: doc.sections.length,
      forms: doc.forms.length,
    },
    date: dateOf(opts.date ?? new Date()),
    tool: `gongkai ${toolVersion()}`,
    counts: { errors: s.errors, warnings: s.warnings, infos: s.infos },
    categories,
    findings: findings.map((f, i) => ({
      number: i + 1,
      severity: f.severity,
      severityName: SEVERITY_NAMES[f.severity],
      ruleId: f.ruleId,
      title: f.title,
      category: CATEGORY_NAMES[f.category],
      message: f.message,
      places: f.locations.map((l) => placeOf(l, files)).filter(Boolean),
      excerpt: f.locations.find((l) => l.excerpt)?.excerpt,
      expected: f.expected,
      actual: f.actual,
      difference: f.difference,
      suggestion: f.suggestion,
      crop: opts.crops?.[i],
    })),
    unplaced: doc.unplaced.map((u) => ({ place: position(u.source) || '', text: u.text, reason: u.reason })),
  };
}

/** The place a finding's crop shows: its first location with a page and a box. */
export function cropRegion(f: Finding): { page: number; box: [number, number, number, number] } | undefined {
  const l = f.locations.find((x) => x.page !== undefined && x.box);
  return l ? { page: l.page!, box: l.box! } : undefined;
}

/** Page crops for the findings of a PDF (at most `limit`, the first ones); a crop that fails is left out. */
export async function findingCrops(pdf: Uint8Array, findings: readonly Finding[], limit = 300): Promise<(ReviewCrop | undefined)[]> {
  const { renderRegionsPng } = await import('../pdf/render.js');
  const wanted = findings.map((f, i) => (i < limit ? cropRegion(f) : undefined));
  const regions = wanted.filter((r): r is NonNullable<typeof r> => !!r);
  if (!regions.length) return findings.map(() => undefined);
  let pngs: (Uint8Array | undefined)[];
  try {
    pngs = await renderRegionsPng(pdf, regions);
  } catch (e) {
    if (!(e instanceof GongkaiError)) throw e;
    return findings.map(() => undefined); // the report stands without pictures
  }
  let k = 0;
  return wanted.map((r) => {
    if (!r) return undefined;
    const png = pngs[k++];
    return png ? { page: r.page, png } : undefined;
  });
}

/** Pixel size of a PNG (from its header). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/** The header line: “2024年 部门决算 · 格式 shanghai-… （理由）”. */
export function profileLine(r: ReviewReport): string {
  return `${r.document.profile}${r.document.profileReason ? `（${r.document.profileReason}）` : ''}`;
}

/** The report's header as label/value rows, the same in HTML, PDF and DOCX. */
export function headerRows(r: ReviewReport): [string, string][] {
  const d = r.document;
  return [
    ['文件', d.file || d.title],
    ...(d.file && d.title ? ([['标题', d.title]] as [string, string][]) : []),
    ['部门', d.department ?? '（未识别）'],
    ['年度', d.year !== undefined ? `${d.year}年` : '（未识别）'],
    ['类型', `${d.kind}${d.draft ? '（草稿，仅供内部审核）' : ''}`],
    ['公开格式', profileLine(r)],
    ['读出内容', `表格 ${d.tables} 张，说明 ${d.sections} 节，绩效目标表 ${d.forms} 张`],
    ['审核日期', r.date],
    ['审核工具', r.tool],
  ];
}
