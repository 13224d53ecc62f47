import { parseAmount, type Money } from '../../money/index.js';
import { fmt } from '../engine/format.js';
import { sectionTitle } from '../engine/locate.js';
import { defineRule, type FindingDraft, type Location } from '../engine/types.js';

interface Item {
  kind: '出国' | '用车' | '接待';
  amount?: Money;
  text: string;
}

const ITEM_START = /(因公出国[（(]境[)）]费|公务用车购置及运行(?:维护)?费|公务接待费)(?:支出)?(?:决算)?(?:为)?\s*(\d[\d,]{0,30}(?:\.\d{1,12})?)\s*万元/g;

/** Split the 三公 narrative into its three items, each with the amount stated at its start. */
function items(text: string): Item[] {
  const marks = [...text.matchAll(ITEM_START)];
  return marks.map((m, i) => {
    const p = parseAmount(m[2] + '万元');
    const kind = /出国/.test(m[1]) ? '出国' : /用车/.test(m[1]) ? '用车' : '接待';
    return { kind, amount: p.kind === 'amount' ? p.money : undefined, text: text.slice(m.index!, marks[i + 1]?.index ?? text.length) };
  });
}

const num = (re: RegExp, s: string) => {
  const m = re.exec(s);
  return m ? Number(m[1]) : undefined;
};

export default defineRule({
  id: 'three-public-counts',
  severity: 'error',
  category: 'narrative',
  title: '“三公”经费的数量与金额矛盾',
  message: '“三公”经费·{item}：{problem}',
  description: `“三公”经费说明中的数量必须与金额相符：因公出国（境）“团组N个、累计M人次”、公务用车“购置车辆N辆”“保有量为N辆”、
公务接待“接待N批次、M人次”。有支出却写0个团组、0批次是错误；人次少于团组数或批次数是错误；外宾接待批次多于全部批次是错误；
保有量为0却有运行维护费是警告。金额取该项说明开头写明的支出数。`,
  *check({ doc }) {
    for (const section of doc.sections) {
      if (section.topic !== 'three-public') continue;
      const first = section.paragraphs[0];
      if (!first) continue;
      const text = section.paragraphs.map((p) => p.text).join('').replace(/\s+/g, '');
      const loc: Location = { label: sectionTitle(section), sectionId: section.id, section: sectionTitle(section), file: first.source.file, line: first.source.line, page: first.source.page };
      for (const it of items(text)) {
        const spent = (it.amount?.fen ?? 0n) > 0n;
        const report = (problem: string, severity?: FindingDraft['severity']): FindingDraft => ({
          params: { item: it.kind === '出国' ? '因公出国（境）' : it.kind === '用车' ? '公务用车' : '公务接待', problem },
          locations: [{ ...loc, excerpt: it.text.slice(0, 80) }],
          actual: problem,
          severity,
          suggestion: '核对数量与金额',
        });
        if (it.kind === '出国') {
          const groups = num(/团组(\d+)个/, it.text);
          const people = num(/(\d+)人次/, it.text);
          if (groups === 0 && spent) yield report(`支出${fmt(it.amount!)}，团组却为0个`);
          if (groups !== undefined && people !== undefined && people < groups) yield report(`累计${people}人次少于团组数${groups}个`);
        } else if (it.kind === '用车') {
          const bought = num(/购置(?:公务用?)?车(?:辆)?(\d+)辆/, it.text);
          const buyCost = /购置(?:费)?(?:支出)?(?:为)?(\d[\d,]{0,30}(?:\.\d{1,12})?)万元/.exec(it.text);
          const buySpent = buyCost ? Number(buyCost[1].replace(/,/g, '')) > 0 : undefined;
          if (bought === 0 && buySpent) yield report('购置车辆0辆，却有购置支出');
          const fleet = num(/保有量为?(\d+)辆/, it.text);
          const runCost = /运行(?:维护)?(?:费)?(?:支出)?(?:为)?(\d[\d,]{0,30}(?:\.\d{1,12})?)万元/.exec(it.text);
          if (fleet === 0 && runCost && Number(runCost[1].replace(/,/g, '')) > 0) yield report('公务用车保有量为0辆，却有运行维护支出', 'warning');
        } else {
          const batches = num(/接待(\d+)批次/, it.text);
          const people = num(/批次[、，,](\d+)人次/, it.text);
          const foreign = num(/外宾(\d+)批次/, it.text);
          if (batches === 0 && spent) yield report(`支出${fmt(it.amount!)}，接待批次却为0`);
          if (batches !== undefined && people !== undefined && people < batches) yield report(`${people}人次少于${batches}批次`);
          if (batches !== undefined && foreign !== undefined && foreign > batches) yield report(`外宾接待${foreign}批次多于全部${batches}批次`);
        }
      }
    }
  },
});
