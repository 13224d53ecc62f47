import { normalizeName } from '../../model/names.js';
import { rowLoc } from '../engine/locate.js';
import { defineRule, type FindingDraft, type Location, type Severity } from '../engine/types.js';
import { codedTables, strayCodes } from './functional-rows.js';

interface Group {
  code: string;
  name: string;
  status: 'former-name' | 'name-mismatch' | 'unverified' | 'unknown';
  /** For 'unverified': the first year the built-in list has names for. */
  from?: number;
  official?: string;
  locations: Location[];
}

export default defineRule({
  id: 'class-functional-code-name',
  severity: 'error',
  category: 'classification',
  title: '支出功能分类科目编码与名称不符',
  message: '科目编码{code}的名称“{name}”{problem}',
  description: `对报表中带编码的支出功能分类科目行（收入总表、支出总表、一般公共预算支出表、政府性基金预算支出表、
带编码的项目支出表等），按《政府收支分类科目》核对编码与名称：

- 编码存在但名称不符：错误，给出规范名称；
- 名称是该编码以前年度使用的旧称：提示（按文件自身的年度判断：该年仍在使用的名称不算旧称）；
- 内置参考表没有文件所属年度的名称时，名称不同只作提示“未核对”，不说是旧称或错误；
- 编码不在参考科目表中：内置科目表不完整时只作提示（请核对），载入完整的官方科目表后为错误；
- 功能分类表中夹有根本不是功能分类编码的行（如“7 11 02 事业单位医疗”排在21011之下）：按上方最近的款补全后
  （2101102）规范名称与该行名称相同的为错误，并给出应填的编码；否则为警告。

同一编码和名称在多张表中出现时合并为一条，列出所有位置。

示例：“2012901 一般行政管理事务”——2012901 的规范名称是“行政运行”。`,
  *check({ doc, ref }) {
    const groups = new Map<string, Group>();
    for (const { table, rows } of codedTables(doc.tables)) {
      for (const row of rows) {
        const code = row.code!;
        const res = ref.functional.lookup(code, row.name, ref.year);
        if (res.status === 'ok') continue;
        const key = `${code}|${normalizeName(row.name)}|${res.status}`;
        const g = groups.get(key) ?? { code, name: row.name, status: res.status, official: res.status === 'unknown' ? undefined : res.entry.name, from: res.status === 'unverified' ? res.from : undefined, locations: [] };
        g.locations.push(rowLoc(table, row));
        groups.set(key, g);
      }
    }
    for (const g of groups.values()) {
      const complete = ref.functional.complete;
      const [problem, severity, suggestion]: [string, Severity, string] =
        g.status === 'name-mismatch'
          ? [`与规范名称“${g.official}”不符`, 'error', `改为“${g.official}”，或核对编码是否填错`]
          : g.status === 'former-name'
            ? [`是旧称，${ref.year}年的名称为“${g.official}”`, 'info', `改为“${g.official}”`]
            : g.status === 'unverified'
              ? [`与内置参考表的名称“${g.official}”不同；内置表只有${g.from}年起的名称，${ref.year}年的名称未核对`, 'info', `对照${ref.year}年《政府收支分类科目》核对名称`]
            : complete
              ? ['对应的编码不在政府收支分类科目中', 'error', '核对科目编码']
              : ['对应的编码不在内置参考科目表中，无法核对', 'info', '对照当年《政府收支分类科目》核对编码和名称'];
      const d: FindingDraft = {
        severity,
        params: { code: g.code, name: g.name, problem },
        locations: g.locations,
        expected: g.official,
        actual: g.name,
        suggestion,
      };
      yield d;
    }
    for (const { table, row, meant } of strayCodes(doc.tables)) {
      // Certain only when the official name of the code it most likely meant is the printed name.
      const official = meant ? ref.functional.get(meant)?.name : undefined;
      const confirmed = official !== undefined && normalizeName(official) === normalizeName(row.name);
      yield {
        severity: confirmed ? 'error' : 'warning',
        params: { code: row.code!, name: row.name, problem: `不是支出功能分类编码（类级编码为2开头的三位数）${confirmed ? `，应为${meant}` : ''}` },
        locations: [rowLoc(table, row)],
        expected: confirmed ? meant : '2开头的功能分类编码',
        actual: row.code,
        suggestion: confirmed ? `把编码改为${meant}` : '核对该行的类、款、项编码',
      };
    }
  },
});
