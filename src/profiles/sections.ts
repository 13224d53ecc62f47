/** Canonical topics of narrative sections, recognised from their headings. */
const TOPICS: [string, RegExp][] = [
  ['duties', /职责|主要职能/],
  ['organisation', /机构设置|机构情况|人员构成/],
  ['fiscal-overview', /财政拨款收入?支出?.{0,8}(总体)?情况/],
  ['change-overview', /收支.{0,6}变动情况|收支总体情况|收支预算总体情况|收入支出.{0,6}总体情况/],
  ['income', /收入.{0,4}(预算|决算)?情况说明|收入(预算|决算)?情况$/],
  ['expenditure', /^支出.{0,4}(预算|决算)?情况|^支出(预算|决算)情况说明/],
  ['gpb-basic', /一般公共预算.{0,6}基本支出/],
  ['gpb-expenditure', /一般公共预算.{0,6}支出/],
  ['three-public', /三公/],
  ['operating-cost', /机关运行经费/],
  ['procurement', /政府采购/],
  ['performance', /绩效/],
  ['assets', /国有资产|资产占有/],
  ['other', /其他说明|^其他$/],
  ['glossary', /名词解释/],
];

export function topicOfHeading(heading: string): string | undefined {
  const h = heading.replace(/\s+/g, '');
  for (const [topic, re] of TOPICS) if (re.test(h)) return topic;
  return undefined;
}
