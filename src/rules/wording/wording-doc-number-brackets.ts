import { defineRule } from '../engine/types.js';
import { correctedDocNumber, docNumbers, hasStandardBrackets } from './doc-numbers.js';
import { textUnits } from './text-units.js';

export default defineRule({
  id: 'wording-doc-number-brackets',
  severity: 'info',
  category: 'wording',
  title: '文号年份未使用六角括号',
  message: '{where}的文号“{docNo}”年份应使用六角括号〔〕',
  description: `按《党政机关公文格式》（GB/T 9704—2012），发文字号的年份用六角括号“〔〕”括入，例如“晋财预〔2025〕12号”。
常见的错误写法有方头括号【】、方括号 [ ] ［ ］、圆括号 ( )（ ）等。

每个段落或表栏中的每种错误写法只报告一次，并给出改正后的写法。

示例：“晋工发【2006】54号”应写作“晋工发〔2006〕54号”。`,
  *check({ doc }) {
    for (const unit of textUnits(doc)) {
      const seen = new Set<string>();
      for (const d of docNumbers(unit.text)) {
        if (hasStandardBrackets(d)) continue;
        const raw = d.raw.replace(/\s+/g, '');
        if (seen.has(raw)) continue;
        seen.add(raw);
        const fixed = correctedDocNumber(d);
        yield {
          params: { where: unit.label, docNo: raw },
          locations: [unit.loc(raw, d.start, d.end)],
          actual: raw,
          expected: fixed,
          suggestion: `改为“${fixed}”`,
        };
      }
    }
  },
});
