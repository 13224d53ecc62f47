import { requiredTables } from '../../profiles/profiles.js';
import { TABLE_KIND_NAMES, tableKindOfTitle, type TableKind } from '../../profiles/table-kinds.js';
import { textLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { docLoc } from './common.js';

/** Kinds that stand in for a required kind: the national combined table holds both 三公 and 机关运行经费. */
const COVERED_BY: Partial<Record<TableKind, TableKind[][]>> = {
  'three-public': [['three-public-operating']],
  'operating-cost': [['three-public-operating']],
  'three-public-operating': [['three-public', 'operating-cost']],
  // 一般公共预算支出表（按经济分类） gives 基本支出 by economic subject in its own column (Shenzhen's set).
  'gpb-basic-economic': [['gpb-economic']],
};

export default defineRule({
  id: 'completeness-required-tables',
  severity: 'error',
  category: 'completeness',
  title: '缺少必须公开的报表',
  message: '缺少{profile}要求公开的“{table}”',
  description: `检查必须公开的报表是否都在：文件自己的目录列出的每一张表，加上全国通用的最低要求（部门预算：收支总表、收入总表、
支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、“三公”经费支出表、政府性基金预算支出表；
部门决算同理）。地区格式只用于该地区的文件（或用 --profile 指定），例如山西省部门预算公开要求 13 张表：
收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出经济分类表、
政府性基金预算收入表、政府性基金预算支出表、国有资本经营预算表、“三公”经费支出表、机关运行经费表、
项目支出表（本年）和项目支出表（上年结转）。

没有数据的表也必须公开，并注明“本表无数据”（见 completeness-empty-table-note），不能省略。
全国通用格式中合并的“‘三公’经费和机关运行经费表”与分开的两张表视为等同；“一般公共预算支出表（按经济分类）”列有
基本支出时，视为一般公共预算基本支出表。只有说明、没有任何报表的文件（报表另成附件）只报告一次。

示例：文件中没有“政府性基金预算支出表”，目录中却列有该表。`,
  *check({ doc, profile }) {
    // A file of narrative only: its tables are published as another file (附件), not missing one by one.
    if (!doc.tables.length && doc.sections.some((s) => s.paragraphs.length)) {
      yield {
        severity: 'warning',
        params: { profile: profile.name, table: '报表部分' },
        locations: [docLoc(doc)],
        expected: '报表',
        actual: '本文件只有说明，没有报表',
        suggestion: '报表如另成一个文件（附件），请与本文件一起检查：gongkai check 说明.pdf 报表.pdf --parts',
      };
      return;
    }
    const kinds = new Set(doc.tables.map((t) => t.kind));
    for (const { kind } of requiredTables(doc, profile)) {
      if (kinds.has(kind)) continue;
      if ((COVERED_BY[kind] ?? []).some((alt) => alt.every((k) => kinds.has(k)))) continue;
      const toc = doc.toc.find((e) => tableKindOfTitle(e.title.replace(/^[一二三四五六七八九十]+、|^\d{1,2}[、.．]\s*/, '')) === kind);
      yield {
        params: { profile: profile.name, table: TABLE_KIND_NAMES[kind] },
        locations: [toc ? textLoc(`目录 › ${toc.title}`, toc.source, toc.title) : docLoc(doc)],
        expected: TABLE_KIND_NAMES[kind],
        actual: '未找到',
        suggestion: toc ? `目录列有“${toc.title}”，但正文中没有该表，请补上` : `补充公开“${TABLE_KIND_NAMES[kind]}”；无数据时也应公开空表并注明“本表无数据”`,
      };
    }
  },
});
