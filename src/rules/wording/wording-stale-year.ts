import { defineRule } from '../engine/types.js';
import { citations } from './doc-numbers.js';
import { textUnits } from './text-units.js';

/** Words that tie a title to one year's event or season. */
const EVENT = /元旦|春节|两节|中秋|国庆|端午|清明|五一|劳动节|寒假|暑期|暑假|夏季|冬季|春季|秋季|汛期|度汛|期间|活动/;
/** Words that tie a title to one year's annual task (budget preparation, work plan…). */
const ANNUAL = /年度|年终|年底|年初|工作要点|工作计划|工作安排|工作任务|工作方案|预算编制|编制.{0,8}预算|预算.{0,6}通知|科目|考核/;
/** Standing rules: their year is when they were made, not an event year. */
const REGULATION = /(条例|法|规定|细则|办法|制度|规范|标准|规则)$/;
/** Unbracketed "关于…的通知" titles (only the part up to the document type word). */
const BARE_TITLE = /关于[^《》，。；,;（）()]{2,60}?的(?:通知|意见|决定|批复|函|方案|安排)/g;

function eventYear(title: string): number | undefined {
  const years = [...title.matchAll(/((?:19|20)\d{2})\s*(?:年|[-—~至]\s*(?:19|20)\d{2}\s*年)/g)].flatMap((m) => [...m[0].matchAll(/(?:19|20)\d{2}/g)].map((y) => Number(y[0])));
  return years.length ? years.reduce((m, y) => Math.max(m, y)) : undefined;
}

function yearBound(title: string): boolean {
  if (EVENT.test(title)) return true;
  return ANNUAL.test(title) && !REGULATION.test(title);
}

export default defineRule({
  id: 'wording-stale-year',
  severity: 'warning',
  category: 'wording',
  title: '引用了过时的年度性文件',
  message: '{where}引用的{title}是{year}年的年度性文件，早于预算年度{budgetYear}年',
  description: `检查说明文字和绩效目标表（立项依据、项目概况等）引用的文件中，是否有标题与某一年的活动、季节或年度任务绑定、
且年份早于“预算年度 − 1”的文件。编制 2026 年预算时引用 2025 年的通知是正常的，引用 2021 年的“元旦春节期间送温暖活动”
通知则说明依据已经过时，或是沿用了往年的文字。

只检查标题中带年份、并含有节日、季节、“活动”“期间”“年度”“工作要点”“预算编制”等字样的文件；
法律、条例、办法等长期有效的制度文件（例如 2006 年印发的管理办法）不在检查范围内。

示例：2026 年预算的立项依据写“根据《关于2021年元旦春节期间开展送温暖活动的通知》”——应改为引用当年（或上一年）的文件。`,
  *check({ doc }) {
    const budgetYear = doc.meta.year;
    if (!budgetYear) return;
    for (const unit of textUnits(doc)) {
      const found: { title: string; start: number; end: number }[] = [];
      for (const c of citations(unit.text)) found.push({ title: `《${c.title}》`, start: c.start, end: c.end });
      for (const m of unit.text.matchAll(BARE_TITLE)) {
        const start = m.index ?? 0;
        if (found.some((f) => start >= f.start && start < f.end)) continue;
        found.push({ title: `“${m[0]}”`, start, end: start + m[0].length });
      }
      const seen = new Set<string>();
      for (const f of found) {
        const year = eventYear(f.title);
        if (year === undefined || year >= budgetYear - 1 || !yearBound(f.title) || seen.has(f.title)) continue;
        seen.add(f.title);
        yield {
          params: { where: unit.label, title: f.title, year, budgetYear },
          locations: [unit.loc(f.title, f.start, f.end)],
          actual: `${year}年`,
          expected: `${budgetYear - 1}年或${budgetYear}年`,
          suggestion: `改为引用现行（${budgetYear - 1}—${budgetYear}年）的同类文件；若新文件尚未下达，应以现行有效的制度文件为依据`,
        };
      }
    }
  },
});
