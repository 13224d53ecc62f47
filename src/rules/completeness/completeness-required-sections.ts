import { defineRule } from '../engine/types.js';
import { docLoc, topicName } from './common.js';

export default defineRule({
  id: 'completeness-required-sections',
  severity: 'warning',
  category: 'completeness',
  title: '情况说明缺少必要的部分',
  message: '情况说明中缺少“{topic}”',
  description: `按文件适用的公开格式（profile）检查情况说明是否包含规定的各部分，例如部门职责、机构设置、收支总体情况、
收入和支出预算情况、财政拨款收支情况、一般公共预算支出和基本支出情况、“三公”经费、机关运行经费、政府采购、
绩效目标、国有资产占有使用情况和名词解释。

各部分按标题识别（标题措辞因地区而异，只要含有对应关键词即可，例如“政府采购情况”“政府采购预算情况说明”）。
没有相关事项的部分也应保留标题并说明“无”，例如“本部门无‘三公’经费预算”。

示例：说明中没有“国有资产占有使用情况”一节。`,
  *check({ doc, profile }) {
    const topics = new Set(doc.sections.map((s) => s.topic).filter(Boolean));
    if (doc.glossary.length) topics.add('glossary');
    for (const topic of profile.requiredTopics) {
      if (topics.has(topic)) continue;
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
