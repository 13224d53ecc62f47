import { defineRule } from '../engine/types.js';
import { checkRowSum } from './sum-check.js';

export default defineRule({
  id: 'code-hierarchy-sum',
  severity: 'error',
  category: 'arithmetic',
  title: '上级科目金额不等于下级科目之和',
  message: '“{table}”中“{row}”的{column}不等于其下级各行之和',
  description: `分级列示的表中，上级行应等于其下级各行之和：按支出功能分类列示时“类”= Σ“款”、“款”= Σ“项”（只列类和项时，类 = Σ项）；
经济分类表中“类”= Σ“款”；按缩进或编号（一、（一）1.）分级的表同理；分单位列示的表中，单位行 = 其下各行之和。
下级行按表中印出的依据识别：科目编码前缀（2012901 属于 20129，20129 属于 201）、名称的缩进、编号。“其中”行不计入。
没有下级行的科目不检查；层级无从识别的表不检查（报告为“未能识别行的层级”）。
每个金额列都逐列核对：本年各列，也包括上年数（执行数）、“其中”列（如“2026年政府采购项目”“其中：基本支出”：上级行的其中数也等于下级行其中数之和，但不加到上级的合计里）和增减额列（百分比列除外）。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      if (t.kind === 'project-expense' || t.kind === 'project-carryover' || t.structure === 'unknown') continue;
      const children = new Map<number, typeof t.rows>();
      for (const r of t.rows) {
        if (r.parent === undefined || r.sub || r.role !== 'data') continue;
        children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
      }
      for (const [p, kids] of children) {
        const parent = t.rows[p];
        if (parent.role !== 'data') continue;
        yield* checkRowSum(figures, t, parent, kids, '下级行');
      }
    }
  },
});
