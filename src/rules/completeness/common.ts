import type { BudgetDocument } from '../../model/document.js';
import { textLoc } from '../engine/locate.js';
import type { Location } from '../engine/types.js';

/** Human names of section topics (see profiles/sections.ts), as a 情况说明 would title them; {kind} is 预算/决算. */
const TOPIC_NAMES: Record<string, string> = {
  duties: '部门职责',
  organisation: '机构设置情况',
  'change-overview': '收支{kind}总体情况（变动情况）',
  income: '收入{kind}情况说明',
  expenditure: '支出{kind}情况说明',
  'fiscal-overview': '财政拨款收支总体情况说明',
  'gpb-expenditure': '一般公共预算支出情况说明',
  'gpb-basic': '一般公共预算基本支出情况说明',
  'three-public': '“三公”经费情况说明',
  'operating-cost': '机关运行经费情况说明',
  procurement: '政府采购情况',
  performance: '绩效目标（管理）情况',
  assets: '国有资产占有使用情况',
  other: '其他说明',
  glossary: '名词解释',
};

export function topicName(topic: string, kind: BudgetDocument['meta']['kind']): string {
  return (TOPIC_NAMES[topic] ?? topic).replace('{kind}', kind);
}

/** Location of the document as a whole (its cover/title line). */
export function docLoc(doc: BudgetDocument): Location {
  return textLoc(doc.meta.title ?? '全文', doc.meta.source, doc.meta.title);
}
