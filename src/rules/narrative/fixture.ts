import { mini } from '../cross-table/fixture.js';

/** The consistent mini disclosure plus a 情况说明 part with the given paragraphs under headings. */
export function withNarrative(sections: Record<string, string>): string {
  const body = Object.entries(sections)
    .map(([heading, text]) => `${heading}\n${text}`)
    .join('\n');
  return `${mini()}第三部分 2026年度部门预算情况说明\n${body}\n`;
}

export const ECONOMIC = `2026年一般公共预算安排基本支出分经济科目表
单位：万元
部门预算支出经济科目名称\t政府预算支出经济科目名称\t2026年预算数\t\t
\t\t合计\t人员经费\t公用经费
合计\t\t6.00\t5.00\t1.00
工资福利支出\t\t5.00\t5.00\t
基本工资\t工资奖金津补贴\t3.00\t3.00\t
津贴补贴\t工资奖金津补贴\t2.00\t2.00\t
商品和服务支出\t\t1.00\t\t1.00
办公费\t办公经费\t0.60\t\t0.60
维修（护）费\t维修（护）费\t0.40\t\t0.40
`;
