import type { ReferenceSet } from '../reference/index.js';

export interface FunctionalNames {
  /** code → name for every 类, 款 and 项 the lines use. */
  names: Map<string, string>;
  /** Problems: path suffix within the line and message. */
  problems: { index: number; field: 'code' | 'name'; message: string }[];
}

/** Names of the 类 and 款 above each 项 line, from the facts' functionalNames or the reference list. */
export function functionalNames(lines: readonly { code: string; name: string }[], overrides: Record<string, string> | undefined, ref: ReferenceSet): FunctionalNames {
  const names = new Map<string, string>();
  const problems: FunctionalNames['problems'] = [];
  const nameOf = (code: string) => overrides?.[code] ?? ref.functional.get(code)?.name;
  lines.forEach((l, index) => {
    for (const parent of [l.code.slice(0, 3), l.code.slice(0, 5)]) {
      const n = nameOf(parent);
      if (n) names.set(parent, n);
      else
        problems.push({
          index,
          field: 'code',
          message: `科目编码${l.code}的${parent.length === 3 ? '类' : '款'}级科目${parent}不在内置科目表中，请在 functionalNames 中写明其名称（如 "${parent}": 科目名称）`,
        });
    }
    const look = ref.functional.lookup(l.code, l.name);
    if (look.status === 'name-mismatch' && !overrides?.[l.code])
      problems.push({ index, field: 'name', message: `科目${l.code}的名称应为“${look.entry.name}”，不是“${l.name}”` });
    names.set(l.code, l.name);
  });
  return { names, problems };
}

export interface EconomicLineRef {
  code?: string;
  name?: string;
  class?: string;
  government?: string;
}

export interface ResolvedEconomic {
  code?: string;
  name: string;
  classCode?: string;
  className: string;
  government?: string;
}

/** Resolve a 部门经济分类 款 line to its name, 类 and 政府经济分类 name; a string is the problem. */
export function resolveEconomic(line: EconomicLineRef, ref: ReferenceSet): ResolvedEconomic | string {
  const dept = ref.economicDepartment;
  let code = line.code;
  let name = line.name;
  if (code) {
    const entry = dept.get(code);
    if (name && entry) {
      const look = dept.lookup(code, name);
      if (look.status === 'name-mismatch') return `经济分类${code}的名称应为“${entry.name}”，不是“${name}”`;
    }
    name = name ?? entry?.name;
    if (!name) return `经济分类编码${code}不在内置科目表中，请同时写出名称（name）和所属类（class）`;
  } else if (name) {
    const hit = dept.findByName(name).find((e) => e.level === '款');
    code = hit?.code;
  } else return '经济分类款须写编码（code）或名称（name）';
  const classCode = code?.slice(0, 3);
  const className = line.class ?? (classCode ? dept.get(classCode)?.name : undefined);
  if (!className) return `无法确定“${name}”所属的经济分类类，请写出编码（code）或所属类（class）`;
  const govCode = code ? ref.economicMapping.get(code) : undefined;
  const government = line.government ?? (govCode ? ref.economicGovernment.get(govCode)?.name : undefined);
  return { code, name, classCode, className, government };
}
