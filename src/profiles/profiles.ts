import type { BudgetDocument } from '../model/document.js';
import { tableKindOfTitle, type TableKind } from './table-kinds.js';

/**
 * A disclosure format: which tables it must contain, which narrative sections, which tables may be empty. The
 * national formats hold the minimum every disclosure of its kind must publish; a region's format (Shanxi 13,
 * Shanghai 9) applies only to documents of that region or when the user asks for it. A new province is a new
 * entry here, not new code paths.
 */
export interface Profile {
  id: string;
  name: string;
  kind: '预算' | '决算';
  /** Province-level region the format belongs to (山西省, 上海市); absent for national formats. */
  region?: string;
  requiredTables: TableKind[];
  /** Section topics (see sections.ts) the 情况说明 must have. */
  requiredTopics: string[];
  /** Tables that may be legitimately empty but must then say so (本表无数据). */
  mayBeEmpty: TableKind[];
}

/** The eight tables every 部门/单位预算 publishes (财政部 部门预算公开 templates). */
const NATIONAL_BUDGET_TABLES: TableKind[] = [
  'income-expense-summary',
  'income-summary',
  'expense-summary',
  'fiscal-summary',
  'gpb-expense',
  'gpb-basic-economic',
  'gov-fund-expense',
  'three-public',
];

/** The tables every 部门决算 publishes. */
const NATIONAL_FINAL_TABLES: TableKind[] = [
  'income-expense-summary',
  'income-summary',
  'expense-summary',
  'fiscal-summary',
  'gpb-expense',
  'gpb-basic-economic',
  'gov-fund-expense',
  'three-public',
];

export const PROFILES: Record<string, Profile> = {
  'national-9': {
    id: 'national-9',
    name: '全国通用部门（单位）预算公开',
    kind: '预算',
    requiredTables: NATIONAL_BUDGET_TABLES,
    requiredTopics: ['income', 'expenditure', 'fiscal-overview', 'three-public', 'operating-cost', 'procurement', 'assets', 'performance'],
    mayBeEmpty: ['gov-fund-expense', 'soe-capital', 'three-public', 'three-public-operating', 'operating-cost'],
  },
  'national-9-final': {
    id: 'national-9-final',
    name: '全国通用部门决算公开',
    kind: '决算',
    requiredTables: NATIONAL_FINAL_TABLES,
    requiredTopics: ['income', 'expenditure', 'three-public'],
    mayBeEmpty: ['gov-fund-expense', 'soe-capital', 'three-public'],
  },
  'shanxi-13': {
    id: 'shanxi-13',
    name: '山西省部门预算公开（13张表）',
    kind: '预算',
    region: '山西省',
    requiredTables: [
      'income-expense-summary',
      'income-summary',
      'expense-summary',
      'fiscal-summary',
      'gpb-expense',
      'gpb-basic-economic',
      'gov-fund-income',
      'gov-fund-expense',
      'soe-capital',
      'three-public',
      'operating-cost',
      'project-expense',
      'project-carryover',
    ],
    requiredTopics: [
      'duties',
      'organisation',
      'change-overview',
      'income',
      'expenditure',
      'fiscal-overview',
      'gpb-expenditure',
      'gpb-basic',
      'three-public',
      'operating-cost',
      'procurement',
      'performance',
      'assets',
      'glossary',
    ],
    mayBeEmpty: ['gov-fund-income', 'gov-fund-expense', 'soe-capital', 'three-public', 'operating-cost', 'project-expense', 'project-carryover'],
  },
  'shanghai-9': {
    id: 'shanghai-9',
    name: '上海市部门（单位）预算公开（9张表）',
    kind: '预算',
    region: '上海市',
    requiredTables: [
      'income-expense-summary',
      'income-summary',
      'expense-summary',
      'fiscal-summary',
      'gpb-expense',
      'gpb-basic-economic',
      'gov-fund-expense',
      'soe-capital',
      'three-public-operating',
    ],
    requiredTopics: ['income', 'expenditure', 'three-public'],
    mayBeEmpty: ['gov-fund-expense', 'soe-capital', 'three-public-operating'],
  },
};

const PROVINCES =
  /(北京市|天津市|上海市|重庆市|河北省|山西省|辽宁省|吉林省|黑龙江省|江苏省|浙江省|安徽省|福建省|江西省|山东省|河南省|湖北省|湖南省|广东省|海南省|四川省|贵州省|云南省|陕西省|甘肃省|青海省|台湾省|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区)/g;

/**
 * The province-level region of a document: the one its department's name starts with, else the one its text
 * cites most (a county's disclosure cites its province's documents: “根据山西省财政厅…”), when cited at least twice.
 */
export function provinceOf(doc: BudgetDocument): { province?: string; why?: string } {
  const own = doc.meta.department?.match(PROVINCES)?.[0];
  if (own && doc.meta.department!.startsWith(own.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, ''))) return { province: own, why: `部门名称“${doc.meta.department}”` };
  const counts = new Map<string, number>();
  const texts = [...doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text)), ...doc.forms.flatMap((f) => Object.values(f.fields))];
  for (const t of texts) for (const m of t.matchAll(PROVINCES)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (best && n >= 2) return { province: best, why: `正文${n}次提到“${best}”` };
  return {};
}

/** The profile for a document: its region's format when there is one for its kind, else the national one. */
export function chooseProfile(doc: BudgetDocument): { profile: Profile; reason: string } {
  const { province, why } = provinceOf(doc);
  const regional = Object.values(PROFILES).find((p) => p.region && p.region === province && p.kind === doc.meta.kind);
  if (regional) return { profile: regional, reason: `${why}，属${province}，适用${regional.name}` };
  const national = doc.meta.kind === '决算' ? PROFILES['national-9-final'] : PROFILES['national-9'];
  return { profile: national, reason: `${doc.meta.kind === '决算' ? '决算' : '预算'}文件${province ? `（${province}，无本地格式）` : ''}，适用${national.name}，另加目录列出的表` };
}

/**
 * The tables a document must contain: those its profile requires plus every table its own 目录 announces.
 * Announced kinds the reader cannot name (unknown) are left out.
 */
export function requiredTables(doc: BudgetDocument, profile: Profile): { kind: TableKind; announced: boolean }[] {
  const out = new Map<TableKind, boolean>();
  for (const k of profile.requiredTables) out.set(k, false);
  for (const e of doc.toc) {
    const k = tableKindOfTitle(e.title.replace(/^[一二三四五六七八九十]+、|^\d{1,2}[、.．]\s*/, ''));
    if (k && k !== 'unknown') out.set(k, true);
  }
  return [...out].map(([kind, announced]) => ({ kind, announced }));
}

/** Older name kept for callers that only have table kinds: the national profile of the kind. */
export function detectProfile(_kinds: readonly TableKind[], budgetKind: '预算' | '决算'): Profile {
  return budgetKind === '决算' ? PROFILES['national-9-final'] : PROFILES['national-9'];
}
