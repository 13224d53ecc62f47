import type { Row } from '../../model/document.js';
import { defineRule } from '../engine/types.js';
import { checkRowSum } from './sum-check.js';

export default defineRule({
  id: 'economic-hierarchy-sum',
  severity: 'error',
  category: 'arithmetic',
  title: '经济分类“类”金额不等于其下“款”之和',
  message: '“{table}”中“{row}”的{column}不等于其下各款之和',
  description: `基本支出经济分类表中，“工资福利支出”“商品和服务支出”“对个人和家庭的补助”等“类”级行，应等于紧随其后的各“款”级行之和。
表中常只印名称不印编码，层级按参考科目表的类名识别。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      // Tables whose layout gives the hierarchy (codes, indentation) are checked by code-hierarchy-sum.
      if (t.structure !== 'flat' || !t.rows.some((r) => r.level === '类' && !r.code)) continue; // 'named' tables have parents
      let parent: Row | undefined;
      let children: Row[] = [];
      const flush = function* () {
        if (parent) yield* checkRowSum(figures, t, parent, children, '款');
      };
      for (const r of t.rows) {
        if (r.role !== 'data') continue;
        if (r.level === '类') {
          yield* flush();
          parent = r;
          children = [];
        } else if (parent) children.push(r);
      }
      yield* flush();
    }
  },
});
