import type { Unplaced } from '../../model/document.js';
import { textLoc } from '../engine/locate.js';
import { defineRule, type FindingDraft } from '../engine/types.js';

const MAX = 60;
/** Places listed with a grouped notice. */
const PLACES = 5;

const clip = (t: string) => (t.length > MAX ? `${t.slice(0, MAX)}…` : t);
const where = (u: Unplaced) => (u.source.page ? `第${u.source.page}页` : u.source.line ? `第${u.source.line}行` : '未归类内容');

export default defineRule({
  id: 'completeness-unplaced',
  severity: 'info',
  category: 'completeness',
  title: '未能读取的内容',
  message: '{reason}{count}：“{text}”',
  description: `导入文件时无法归入任何报表、说明段落、绩效目标表或名词解释的内容都会列在这里，不会被悄悄丢弃，也不会被当作错误：
gongkai 不理解的地方只报告为“未能读取”，不据此推断任何问题。同一原因的内容合并为一条，列出前几处位置。

常见原因：说明文字中夹着表格行（标题未能识别的表）、表注无法解析、表格未标明金额单位、名词解释中的行无法识别。

例外：内容本身已损坏（例如 PDF 转换时绩效目标表的内容丢失、只剩一行英文摘要）时报告为警告，需要核对原文件。`,
  *check({ doc }) {
    const groups = new Map<string, Unplaced[]>();
    for (const u of doc.unplaced) {
      if (u.broken) {
        yield finding(u.reason, [u], 'warning');
        continue;
      }
      const group = groups.get(u.reason);
      if (group) group.push(u);
      else groups.set(u.reason, [u]);
    }
    for (const [reason, items] of groups) yield finding(reason, items);
  },
});

function finding(reason: string, items: Unplaced[], severity?: 'warning'): FindingDraft {
  const first = items[0];
  return {
    params: { reason, count: items.length > 1 ? `（共${items.length}处）` : '', text: clip(first.text) },
    locations: items.slice(0, PLACES).map((u) => textLoc(where(u), u.source, u.text)),
    actual: first.text,
    suggestion: severity ? '对照原文件核实该处内容；如原文件缺失内容，应补齐后重新公开' : '对照原文件核对这些内容；gongkai 未据此检查任何规则',
    ...(severity ? { severity } : {}),
  };
}
