import { rowObjects, type Ctx, type Obj } from './assemble.js';
import { setPath, sheetWhere, type ReadRow } from './read.js';
import { OVERALL } from './spec.js';

const val = (row: ReadRow, key: string) => row.values[key]?.value as string | undefined;
const where = (row: ReadRow, key: string) => row.values[key]?.where ?? row.where;

/** Rows keyed by a fixed first column (三公经费 items, 采购类别): each item once. */
function fixedRows(c: Ctx, sheet: string, label: string): Map<string, ReadRow> {
  const out = new Map<string, ReadRow>();
  for (const row of c.sheets[sheet]?.rows ?? []) {
    const item = val(row, 'item');
    if (item === undefined) {
      if (Object.entries(row.values).some(([k, v]) => k !== 'item' && v.value !== undefined)) c.issues.push({ path: where(row, 'item'), message: `缺少${label}` });
      continue;
    }
    if (out.has(item)) c.issues.push({ path: where(row, 'item'), message: `${label}重复（另见第${out.get(item)!.row}行）` });
    else out.set(item, row);
  }
  return out;
}

/** 三公经费 (present, possibly empty, whenever the sheet is) and 政府采购 (present when any amount is filled). */
export function threePublicAndProcurement(c: Ctx): void {
  c.loc.set(['threePublic'], sheetWhere('三公经费'));
  c.loc.set(['procurement'], sheetWhere('政府采购'));
  if (c.sheets['三公经费']) {
    const tp: Obj = {};
    for (const [item, row] of fixedRows(c, '三公经费', '项目')) {
      c.loc.set(['threePublic', item], row.where);
      const amounts: Obj = {};
      for (const s of ['gpb', 'gov_fund', 'soe']) {
        c.loc.set(['threePublic', item, s], where(row, s));
        if (val(row, s) !== undefined) amounts[s] = val(row, s);
      }
      if (Object.keys(amounts).length) tp[item] = amounts;
    }
    c.input.threePublic = tp;
  }
  const proc: Obj = {};
  for (const [item, row] of fixedRows(c, '政府采购', '采购类别')) {
    c.loc.set(['procurement', item], where(row, 'amount'));
    if (val(row, 'amount') !== undefined) proc[item] = val(row, 'amount');
  }
  if (Object.keys(proc).length) c.input.procurement = proc;
}

/** 大额设备 rows of the 资产 sheet. */
export function equipmentInto(c: Ctx): void {
  const rows = c.sheets['资产']?.rows ?? [];
  c.loc.set(['assets'], sheetWhere('资产'));
  if (rows.length) setPath(c.input, 'assets.equipment', rowObjects(c, '资产', rows, ['assets', 'equipment']));
}

/** 项目 rows, then 绩效指标 rows into the projects' (or the department's) indicator trees. */
export function projectsInto(c: Ctx): void {
  const rows = c.sheets['项目']?.rows ?? [];
  c.loc.set(['projects'], sheetWhere('项目'));
  const projects = rowObjects(c, '项目', rows, ['projects']);
  c.input.projects = projects;
  const seen = new Set<string>();
  for (const row of c.sheets['绩效指标']?.rows ?? []) {
    const get = (k: string, what: string) => {
      const v = val(row, k);
      if (v === undefined && !c.issues.some((i) => i.path === where(row, k))) c.issues.push({ path: where(row, k), message: `缺少${what}` });
      return v;
    };
    const [project, l1, l2, name, value] = [get('project', '项目名称'), get('l1', '一级指标'), get('l2', '二级指标'), get('name', '三级指标'), get('value', '指标值')];
    if (project === undefined || l1 === undefined || l2 === undefined || name === undefined || value === undefined) continue;
    let base: (string | number)[];
    if (project === OVERALL) base = ['overallPerformance'];
    else {
      const i = projects.findIndex((p) => p.name === project);
      if (i < 0) {
        c.issues.push({ path: where(row, 'project'), message: `项目“${project}”不在「项目」表中（部门整体指标请填“${OVERALL}”）` });
        continue;
      }
      base = ['projects', i, 'form'];
    }
    const period = val(row, 'period') ?? '实施期和年度';
    const key = [...base, project, l1, l2, name].join('|');
    const clash = seen.has(`${key}|${period}`) || (period === '实施期和年度' ? seen.has(`${key}|实施期`) || seen.has(`${key}|年度`) : seen.has(`${key}|实施期和年度`));
    if (clash) {
      c.issues.push({ path: where(row, 'name'), message: `指标“${name}”（${l1}/${l2}）的${period}指标值重复填写` });
      continue;
    }
    seen.add(`${key}|${period}`);
    const node = [...base, 'indicators', l1, l2];
    c.loc.set([...node, name], where(row, 'value'), '指标值');
    let tree: Obj = c.input;
    for (const k of node) tree = (tree[k] ??= {}) as Obj;
    if (period === '实施期和年度') tree[name] = value;
    else ((tree[name] ??= {}) as Obj)[period === '实施期' ? 'period' : 'annual'] = value;
  }
}

/** The other fields of the department's overall form, and the 整体绩效 flag of 单位信息. */
export function overallInto(c: Ctx): void {
  const fields: Obj = {};
  for (const row of c.sheets['说明文字']?.rows ?? []) {
    const key = val(row, 'key');
    if (key === undefined) continue;
    if (key in fields) c.issues.push({ path: where(row, 'key'), message: `栏目“${key}”重复填写` });
    c.loc.set(['overallPerformance', 'fields', key], where(row, 'value'), key);
    fields[key] = val(row, 'value') ?? '';
  }
  if (Object.keys(fields).length) setPath(c.input, 'overallPerformance.fields', fields);
  const flag = c.sheets['单位信息']?.kv.overallPerformance;
  if (flag?.value === true) c.input.overallPerformance ??= {};
  if (flag?.value === false && c.input.overallPerformance)
    c.issues.push({ path: flag.where, message: '已填写部门整体支出绩效目标（「说明文字」或「绩效指标」表），此项应为“是”' });
  c.loc.set(['overallPerformance'], flag?.where ?? sheetWhere('单位信息'));
}

/** 科目名称补充 → functionalNames. */
export function namesInto(c: Ctx): void {
  const names: Obj = {};
  c.loc.set(['functionalNames'], sheetWhere('科目名称补充'));
  for (const row of c.sheets['科目名称补充']?.rows ?? []) {
    const code = val(row, 'code');
    const name = val(row, 'name');
    if (code === undefined || name === undefined) {
      c.issues.push({ path: row.where, message: '科目编码和科目名称都要填写' });
      continue;
    }
    if (code in names) c.issues.push({ path: where(row, 'code'), message: `科目${code}重复填写` });
    c.loc.set(['functionalNames', code], where(row, 'name'), '科目名称');
    names[code] = name;
  }
  if (Object.keys(names).length) c.input.functionalNames = names;
}
