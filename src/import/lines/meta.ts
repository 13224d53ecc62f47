import { adminLevelOf } from '../../model/admin-level.js';
import type { DocumentMeta } from '../../model/document.js';
import type { MoneyUnit } from '../../money/index.js';
import { metaLine, type RawLine, type SourceOf } from './line.js';

export const PART_HEADING = /^第[一二三四五六七八九十]+部分\s*(.*)$/;

/** The document title: a year with 部门/单位 预算/决算 (a part heading such as "第二部分 …报表" is not it). */
const isTitle = (t: string) => /\d{4}\s*年度?.{0,30}(预算|决算)/.test(t) && t.length <= 60 && !/\t/.test(t) && !PART_HEADING.test(t) && !/^[一二三四五六七八九十]+、/.test(t);

/** The department named in a title: "2026年度无锡市统计局部门预算公开" → 无锡市统计局. */
export function departmentOfTitle(title: string): string | undefined {
  const t = title
    .replace(/\s+/g, '')
    .replace(/\d{4}年度?/g, '')
    .replace(/(部门|单位)?(综合)?(预算|决算)(公开|信息公开)?(报告|说明|情况说明|报表|表)?$/, '')
    .replace(/^(关于)?/, '')
    .trim();
  return t.length >= 3 && t.length <= 40 ? t : undefined;
}

/** Region of a department: the province-level or city name it starts with (北京市, 深圳市, 山西省 …). */
export function regionOf(department?: string): string | undefined {
  if (!department) return undefined;
  const m = /^(?:中共|中国共产党)?([\u4e00-\u9fff]{2,8}?(?:省|自治区|市))/.exec(department);
  return m?.[1];
}

/** Title, department, year, kind (预算/决算), scope (部门/单位), level, region and the usual unit of a document. */
export function readMeta(lines: RawLine[], draft: boolean, src: SourceOf): DocumentMeta {
  const head = lines.slice(0, 60).map((l) => l.text.trim()).filter((t) => t !== '');
  const preferred = head.findIndex((t) => isTitle(t) && /(部门|单位)(综合)?(预算|决算)(公开)?$/.test(t));
  const titleIdx = preferred >= 0 ? preferred : head.findIndex(isTitle);
  const title = titleIdx >= 0 ? head[titleIdx] : head[0];
  const metas = lines.map((l) => metaLine(l.text));
  let department = metas.map((m) => m?.department).find((d) => d !== undefined && !/^\d/.test(d));
  if (!department && title) department = departmentOfTitle(title);
  if (!department && titleIdx > 0 && !/\d/.test(head[titleIdx - 1])) department = head[titleIdx - 1];
  const year = Number(/(\d{4})\s*年/.exec(title ?? '')?.[1]) || undefined;
  const kind = /决算/.test(title ?? '') ? '决算' : '预算';
  const scope = /单位(预算|决算)/.test(title ?? '') ? '单位' : '部门';
  return {
    title: (department && title && !title.includes(department) ? `${department} ${title}` : (title ?? department)) || undefined,
    department,
    year,
    kind,
    scope,
    adminLevel: adminLevelOf(department),
    region: regionOf(department),
    unit: usualUnit(metas),
    profile: '',
    draft,
    source: src(lines[0]?.line ?? 1),
  };
}

/** The unit most table meta lines state; 万元 when none does. */
function usualUnit(metas: ReturnType<typeof metaLine>[]): MoneyUnit {
  const counts = new Map<MoneyUnit, number>();
  for (const m of metas) {
    const u = m?.unit;
    if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '万元';
}
