import { textLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';

const MAX = 60;

export default defineRule({
  id: 'completeness-unplaced',
  severity: 'warning',
  category: 'completeness',
  title: '无法识别的内容',
  message: '{reason}：“{text}”',
  description: `导入文件时无法归入任何报表、说明段落、绩效目标表或名词解释的内容都会列在这里，不会被悄悄丢弃。
常见原因：PDF 转换时绩效目标表的内容丢失、只剩一行英文摘要；表格单元格不是金额；表注无法识别；
说明文字中夹着表格行等。

这些内容既可能是原文件本身的问题（例如绩效目标表实际未公开），也可能是转换造成的，都需要人工核对原文件。

示例：整体支出绩效目标申报表的位置只有一行“Table with columns for Department Name, …”。`,
  *check({ doc }) {
    for (const u of doc.unplaced) {
      const text = u.text.length > MAX ? `${u.text.slice(0, MAX)}…` : u.text;
      yield {
        params: { reason: u.reason, text },
        locations: [textLoc(u.source.line ? `第${u.source.line}行` : '未归类内容', u.source, u.text)],
        actual: u.text,
        suggestion: '对照原文件核实该处内容；如原文件缺失内容，应补齐后重新公开',
      };
    }
  },
});
