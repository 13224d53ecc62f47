// Test fixtures shared by the wording rule tests.
import { HEAD } from '../testing.js';

/** A 说明 part with one section holding the given paragraphs. */
export function narrative(...paragraphs: string[]): string {
  return HEAD + ['第三部分 2026年度部门预算情况说明', '十、绩效管理情况', ...paragraphs].join('\n') + '\n';
}

/** A glossary part with the given "term：definition" entries. */
export function glossary(...entries: string[]): string {
  const cn = '一二三四五六七八九十';
  return HEAD + ['第四部分 名词解释', ...entries.map((e, i) => `${cn[i]}、${e}`)].join('\n') + '\n';
}

/** One project performance form with the given fields (label → text). */
export function form(project: string, fields: Record<string, string>, head = HEAD): string {
  const rows = Object.entries(fields).map(([k, v]) => `${k}\t${v}`);
  return head + ['测试县项目支出绩效目标表', '(2026年度)', `项目名称\t${project}`, ...rows].join('\n') + '\n';
}

/** A city-level cover instead of the county one of HEAD. */
export const CITY_HEAD = '晋城市测试局\n2026年度部门预算公开\n';
export const PROVINCE_HEAD = '山西省测试厅\n2026年度部门预算公开\n';
