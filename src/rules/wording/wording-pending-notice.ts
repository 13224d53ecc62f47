import { defineRule } from '../engine/types.js';
import { snippet, textUnits } from './text-units.js';

/** Placeholders and "not final yet" notes, with what to do about each. */
const PENDING: [RegExp, string][] = [
  [/(?:最新)?(?:文件|通知|政策|批复)(?:尚|还|暂)?未(?:下达|印发|出台|下发|明确)/g, '以现行有效的文件为依据，删除“文件未下达”一类的说明；新文件下达后再据实调整'],
  [/待定(?![期点向])|待补充|待完善|待核实|待确认|待填(?:写|报)?/g, '填写确定的内容后再公开'],
  [/(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|[×＊*]{2,}|○{2,}/g, '把占位符替换为实际内容'],
  [/[（(]\s*此处[^）)]{0,40}[)）]|此处填写|请填写|请在此/g, '删除模板中的填写提示，填入实际内容'],
];

export default defineRule({
  id: 'wording-pending-notice',
  severity: 'warning',
  category: 'wording',
  title: '含有占位符或“未定稿”字样',
  message: '{where}含有未定稿的文字“{text}”',
  description: `检查说明文字、名词解释和绩效目标表中是否残留模板占位符或表示内容尚未确定的字样，例如：

- “最新文件未下达”“文件尚未下达”——依据文件不确定；
- “待定”“待补充”“待核实”；
- “XXX”“××”“○○”等占位符；
- “（此处填写……）”“请填写”等模板提示。

公开文件应是定稿，这些字样说明内容未完成或依据不确定。

示例：立项依据写“根据《关于2021年……的通知》（最新文件未下达）”。`,
  *check({ doc }) {
    for (const unit of textUnits(doc)) {
      const seen = new Set<string>();
      for (const [re, suggestion] of PENDING) {
        for (const m of unit.text.matchAll(re)) {
          const at = m.index ?? 0;
          if (seen.has(m[0])) continue;
          seen.add(m[0]);
          yield {
            params: { where: unit.label, text: m[0] },
            locations: [unit.loc(snippet(unit.text, at, at + m[0].length), at, at + m[0].length)],
            actual: m[0],
            suggestion,
          };
        }
      }
    }
  },
});
