import { formLoc, rowLoc } from '../engine/locate.js';
import { fewOrOneNote } from '../engine/aggregate.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { findProjectRow, formName, projectRows, sameProject } from './common.js';

export default defineRule({
  id: 'perf-form-coverage',
  severity: 'warning',
  category: 'performance',
  title: '项目与绩效目标表不对应',
  message: '“{name}”：{detail}',
  description: `文件公开了项目支出绩效目标表时，项目支出预算表中的每个项目都应有一张绩效目标表；反过来，每张项目绩效目标表都应对应
项目支出预算表中的一个项目（按规范化后的项目名称匹配）。此外，文本提取时内容丢失的绩效目标表（例如整张表只剩一行摘要）也在此报告：
其内容无法核对，需要对照原件。

**示例**：项目支出预算表列有“遗属补助”，但附件只有另外四个项目的绩效目标表——报告“遗属补助”缺少绩效目标表。`,
  *check({ doc }) {
    for (const f of doc.forms.filter((x) => x.lost)) {
      // What the reader lost is not read, not a fault of the document.
      const d: FindingDraft = {
        severity: 'info',
        params: { name: formName(f), detail: '该绩效目标表的内容在文本提取时丢失，无法核对' },
        locations: [formLoc(f)],
        actual: '表格内容缺失',
        suggestion: '对照原件补全该表内容（或改用保留表格结构的格式导入），再行核对',
      };
      yield d;
    }
    const doubtful = doc.forms.filter((f) => f.doubtful && !f.lost);
    if (doubtful.length)
      yield {
        severity: 'info',
        params: { name: formName(doubtful[0]), detail: `${doubtful.length} 张绩效目标表的版式未能可靠读取（${doubtful[0].doubtful}），其指标未逐项检查` },
        locations: doubtful.slice(0, 20).map((f) => formLoc(f)),
        suggestion: '对照原件人工核对这些绩效目标表',
      };
    const projectFormsAll = doc.forms.filter((f) => f.kind === 'project');
    const rows = projectRows(doc);
    if (!projectFormsAll.length || !rows.length) return;
    const allRows = [...rows, ...projectRows(doc, 'project-carryover')];
    const noForm: FindingDraft[] = [];
    for (const r of rows) {
      if (projectFormsAll.some((f) => f.projectName && sameProject(f.projectName, r.row.name))) continue;
      noForm.push({
        params: { name: r.row.name, detail: '项目支出预算表列有此项目，但没有对应的项目支出绩效目标表' },
        locations: [rowLoc(r.table, r.row)],
        expected: `“${r.row.name}”的项目支出绩效目标表`,
        actual: '未找到',
        suggestion: `补充公开“${r.row.name}”的项目支出绩效目标表，或核对绩效目标表中的项目名称是否与项目支出预算表一致`,
      });
    }
    // Many regions publish forms for key projects only (above an amount, or chosen by the finance bureau).
    yield* fewOrOneNote(noForm, rows.length, (n) => ({
      params: { name: '项目支出绩效目标表', detail: `项目支出预算表的 ${rows.length} 个项目中有 ${n} 个没有对应的绩效目标表，可能只公开了重点项目的绩效目标；未逐项报告` },
      locations: [],
      suggestion: '按本地区的公开要求核对应公开绩效目标表的项目范围',
    }));
    for (const f of projectFormsAll) {
      if (!f.projectName || findProjectRow(allRows, f.projectName)) continue;
      yield {
        params: { name: f.projectName, detail: '有项目支出绩效目标表，但项目支出预算表中没有此项目' },
        locations: [formLoc(f, '项目名称', f.projectName)],
        expected: '项目支出预算表中的同名项目',
        actual: '未找到',
        suggestion: '核对项目名称是否与项目支出预算表一致，或在项目支出预算表中列出该项目',
      };
    }
  },
});
