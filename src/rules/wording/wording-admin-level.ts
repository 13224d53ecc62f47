import type { DocumentMeta } from '../../model/document.js';
import { defineRule } from '../engine/types.js';
import { insideBookTitle, snippet, textUnits } from './text-units.js';

type Level = NonNullable<DocumentMeta['adminLevel']>;
type Scoped = 'province' | 'city' | 'county';

const LEVEL_NAMES: Record<Level, string> = { central: '中央', province: '省级', city: '市级', county: '县（区）级', township: '乡镇级' };

/** Phrases a document uses for its own scope ("省直部门", "市本级"), by the level they belong to. */
const SCOPE_PHRASES: Record<Scoped, RegExp> = {
  province: /(?:省|自治区)(?:直|级)(?:各)?(?:预算)?(?:部门|单位|机关)|(?:省|自治区)本级/g,
  city: /(?:市|州|盟)(?:直|级)(?:各)?(?:预算)?(?:部门|单位|机关)|(?:市|州|盟)本级/g,
  county: /(?:县|旗)(?:直|级)(?:各)?(?:预算)?(?:部门|单位|机关)|(?:县|旗)本级/g,
};

/** Levels whose scope phrases are foreign to a document of the given level. */
const FOREIGN: Record<Level, Scoped[]> = {
  central: ['province', 'city', 'county'],
  province: ['city', 'county'],
  city: ['province', 'county'],
  county: ['province', 'city'],
  township: ['province', 'city', 'county'],
};

/** The document's own level prefix, for the suggested replacement (县 / 区 / 旗 / 市 / 州 / 省 / 自治区). */
function ownPrefix(meta: DocumentMeta): string | undefined {
  const d = meta.department ?? '';
  switch (meta.adminLevel) {
    case 'county':
      return /县/.test(d) ? '县' : /旗/.test(d) ? '旗' : /区/.test(d) ? '区' : '县';
    case 'city':
      return /州/.test(d) && !/市/.test(d) ? '州' : /盟/.test(d) ? '盟' : '市';
    case 'province':
      return /自治区/.test(d) ? '自治区' : '省';
    default:
      return undefined;
  }
}

export default defineRule({
  id: 'wording-admin-level',
  severity: 'warning',
  category: 'wording',
  title: '文字中的行政层级与本部门不符',
  message: '{where}使用了“{phrase}”的口径，与本文件的行政层级（{level}）不符',
  description: `检查说明文字、名词解释和绩效目标表中，是否把其他行政层级的口径当作本部门的口径使用，这通常是套用上级模板后未修改的遗留文字。

- 县（区）级部门的文件中出现“省直部门”“省级部门”“市直部门”“省本级”“市本级”等自称口径；
- 市级部门的文件中出现“省直部门”“县直部门”等；省级部门的文件中出现“市直部门”“县直部门”等。

只检查作为本部门口径的用法：名词解释中的定义，以及正文中紧跟在“指”“是指”或“本”“我”之后的用法。
书名号内的上级文件标题（如《山西省……的通知》）不算。

示例：县级部门的名词解释写“三公”经费：指**省直部门**用财政拨款安排的……，应改为“县直部门”或“本部门”。`,
  *check({ doc }) {
    const level = doc.meta.adminLevel;
    if (!level) return;
    const own = ownPrefix(doc.meta);
    for (const unit of textUnits(doc)) {
      const seen = new Set<string>();
      for (const scoped of FOREIGN[level]) {
        for (const m of unit.text.matchAll(SCOPE_PHRASES[scoped])) {
          const at = m.index ?? 0;
          if (insideBookTitle(unit.text, at)) continue;
          // Outside the glossary only a defining or self-referring use counts ("指省直部门…", "本市直部门…").
          const before = unit.text.slice(Math.max(0, at - 6), at);
          if (unit.kind !== 'glossary' && !/(?:是|系)?指[^，。；,;]{0,4}$|[本我]$/.test(before)) continue;
          if (seen.has(m[0])) continue;
          seen.add(m[0]);
          const replacement = own ? m[0].replace(/^(自治区|省|市|州|盟|县|旗)/, own) : undefined;
          yield {
            params: { where: unit.label, phrase: m[0], level: LEVEL_NAMES[level] },
            locations: [unit.loc(snippet(unit.text, at, at + m[0].length), at, at + m[0].length)],
            actual: m[0],
            expected: replacement,
            suggestion: replacement ? `改为“${replacement}”或“本部门”等与本级相符的表述` : '改为与本部门行政层级相符的表述',
          };
        }
      }
    }
  },
});
