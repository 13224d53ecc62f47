import { defineRule } from '../engine/types.js';
import { docLoc, topicName } from './common.js';

/**
 * What a section on a topic says, found anywhere in the narrative: headings differ from region to region, and many
 * documents state income and spending in one 收支总体情况 section. A topic is missing only when nothing says it.
 */
const AMOUNT = '[^。；\\n]{0,30}?\\d[\\d,]*(\\.\\d+)?(万元|元|亿元)';
const TOPIC_IN_PROSE: Record<string, RegExp> = {
  income: new RegExp(`收入${AMOUNT}`),
  expenditure: new RegExp(`支出${AMOUNT}`),
  // Hunan's and Fujian's templates explain 财政拨款 fund by fund ("一般公共预算拨款68632.12万元", then 政府性基金…).
  'fiscal-overview': new RegExp(`(财政拨款|一般公共预算(财政)?拨款)${AMOUNT}`),
  'three-public': /三公/,
  'operating-cost': /机关运行经费/,
  procurement: /政府采购/,
  assets: /国有资产|资产占有|固定资产|公务用车|车辆/,
  performance: /绩效/,
};

export default defineRule({
  id: 'completeness-required-sections',
  severity: 'warning',
  category: 'completeness',
  title: '情况说明缺少必要的部分',
  message: '情况说明中缺少“{topic}”',
  description: `按文件适用的公开格式（profile）检查情况说明是否包含规定的各部分，例如部门职责、机构设置、收支总体情况、
收入和支出预算情况、财政拨款收支情况、一般公共预算支出和基本支出情况、“三公”经费、机关运行经费、政府采购、
绩效目标、国有资产占有使用情况和名词解释。

各部分按标题识别（标题措辞因地区而异，只要含有对应关键词即可，例如“政府采购情况”“政府采购预算情况说明”）；
标题不同但说明中已写明相关内容的（如在“收支总体情况”中写明收入和支出金额；按资金逐项说明“一般公共预算拨款……万元”的，即已说明财政拨款），视为已包含。只有报表、没有说明的文件
（说明另成一个文件）不检查。
没有相关事项的部分也应保留标题并说明“无”，例如“本部门无‘三公’经费预算”。

示例：说明中没有“国有资产占有使用情况”一节。`,
  *check({ doc, profile }) {
    // A file of tables only is the table part of a disclosure whose narrative comes in another file.
    if (!doc.sections.some((s) => s.paragraphs.length)) return;
    const topics = new Set(doc.sections.map((s) => s.topic).filter(Boolean));
    if (doc.glossary.length) topics.add('glossary');
    const prose = doc.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)]).join('\n').replace(/[ \t]+/g, '');
    for (const topic of profile.requiredTopics) {
      if (topics.has(topic) || TOPIC_IN_PROSE[topic]?.test(prose)) continue;
      const name = topicName(topic, doc.meta.kind);
      yield {
        params: { topic: name },
        locations: [docLoc(doc)],
        expected: name,
        actual: '未找到',
        suggestion: `补充“${name}”一节；没有相关事项的，也应保留标题并说明“无”`,
      };
    }
  },
});
