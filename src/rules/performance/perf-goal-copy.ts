import type { PerformanceForm } from '../../model/performance.js';
import { sectionTitle, textLoc } from '../engine/locate.js';
import { defineRule, type Location } from '../engine/types.js';
import { formName, projectForms } from './common.js';
import { fieldLoc } from './form-text.js';

const MIN_LENGTH = 40;
const THRESHOLD = 0.8;

function normalise(s: string): string {
  return s.normalize('NFKC').replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

function common(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [k, v] of a) n += Math.min(v, b.get(k) ?? 0);
  return n;
}

type Grams = { map: Map<string, number>; size: number };

/** Bigrams of a text, computed once per text (each goal is compared with every source). */
function gramsOf(s: string, memo?: Map<string, Grams>): Grams {
  const hit = memo?.get(s);
  if (hit) return hit;
  const map = bigrams(normalise(s));
  const g = { map, size: [...map.values()].reduce((n, v) => n + v, 0) };
  memo?.set(s, g);
  return g;
}

/** Dice similarity of character bigrams, and the share of `a`'s bigrams found in `b`. */
export function similarity(a: string, b: string, memo?: Map<string, Grams>): { dice: number; contained: number } {
  const A = gramsOf(a, memo);
  const B = gramsOf(b, memo);
  const c = common(A.map, B.map);
  return { dice: A.size + B.size ? (2 * c) / (A.size + B.size) : 0, contained: A.size ? c / A.size : 0 };
}

interface Source {
  text: string;
  what: string;
  location: Location;
  /** Compare by containment (a goal lifted out of a longer duties text), not only by Dice. */
  containment: boolean;
  form?: PerformanceForm;
}

const goalsOf = (f: PerformanceForm) =>
  [
    ['总体目标（实施期）', f.goals.period],
    ['总体目标（年度）', f.goals.annual],
  ].filter((g): g is [string, string] => !!g[1] && normalise(g[1]).length >= MIN_LENGTH);

export default defineRule({
  id: 'perf-goal-copy',
  severity: 'warning',
  category: 'performance',
  title: '绩效目标照搬其他文字',
  message: '项目“{project}”的{field}与{source}几乎相同（相似度 {score}%）',
  description: `项目的总体目标应说明该项目本身要达到的产出和效果。若某个项目的总体目标与“部门职责”一段或其他项目的总体目标几乎逐字相同，
通常是复制粘贴时没有改写，目标与项目并不对应。

比较按规范化文字（去掉标点、空格）的二字组计算相似度，两段文字都不少于 ${MIN_LENGTH} 字、相似度达到 ${THRESHOLD * 100}% 时报告；
与部门职责比较时，目标的二字组有 ${THRESHOLD * 100}% 出现在职责文字中也报告（目标摘抄了职责中的一部分）。

**示例**：“工会经费”的年度目标为“监督检查《中国工会章程》的贯彻执行情况，贯彻执行县工会代表大会决议……”，与本部门职责一段相同。`,
  *check({ doc, work = () => {} }) {
    // One source per distinct text (the first one, which is the one reported): a text repeated in many
    // places is compared once, so the work grows with the distinct texts, not with every pair of copies.
    const sources: Source[] = [];
    const seen = new Set<string>();
    const add = (src: Source) => {
      const key = `${src.containment ? 1 : 0}${src.text}`;
      if (!seen.has(key)) sources.push(src);
      seen.add(key);
    };
    const memo = new Map<string, Grams>();
    for (const s of doc.sections.filter((x) => x.topic === 'duties')) {
      const where = { sectionId: s.id, section: sectionTitle(s) };
      for (const p of s.paragraphs)
        if (normalise(p.text).length >= MIN_LENGTH) add({ text: p.text, what: `“${s.heading}”`, location: textLoc(sectionTitle(s), p.source, p.text.slice(0, 60), where), containment: true });
      if (s.paragraphs.length > 1) {
        const all = s.paragraphs.map((p) => p.text).join('');
        add({ text: all, what: `“${s.heading}”`, location: textLoc(sectionTitle(s), s.paragraphs[0].source, all.slice(0, 60), where), containment: true });
      }
    }
    const forms = projectForms(doc);
    for (const f of forms) {
      for (const [field, goal] of goalsOf(f)) {
        let best: { score: number; src: Source } | undefined;
        for (const src of sources) {
          // bigram count + 1 is the normalised length
          if (src.form === f || gramsOf(src.text, memo).size + 1 < MIN_LENGTH) continue;
          work(gramsOf(goal, memo).map.size);
          const sim = similarity(goal, src.text, memo);
          const score = src.containment ? Math.max(sim.dice, sim.contained) : sim.dice;
          if (score >= THRESHOLD && (!best || score > best.score)) best = { score, src };
        }
        if (best) {
          const pct = Math.floor(best.score * 100);
          yield {
            params: { project: formName(f), field, source: best.src.what, score: pct },
            locations: [fieldLoc(f, field, goal.slice(0, 60)), best.src.location],
            expected: '针对本项目的产出和效果目标',
            actual: `与${best.src.what}相似度 ${pct}%`,
            suggestion: '按本项目的资金用途改写总体目标，写明要完成的产出和预期效果',
          };
        }
      }
      // Later forms are compared with this one's goals.
      for (const [field, goal] of goalsOf(f))
        add({ text: goal, what: `项目“${formName(f)}”的${field}`, location: fieldLoc(f, field, goal.slice(0, 60)), containment: false, form: f });
    }
  },
});
