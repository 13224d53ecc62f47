import { trimEndOf } from '../../model/names.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { snippet, textUnits, type TextUnit } from './text-units.js';

const MIN = 30;

interface Piece {
  norm: string;
  start: number;
  end: number;
}

/** Sentences (and label-colon heads) of a text, normalised for comparison. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  const re = /[^。；;！？!?：:]+[。；;！？!?：:]*/g;
  for (const m of text.matchAll(re)) {
    const norm = trimEndOf(m[0].replace(/[\s\u3000]+/g, ''), /[。；;！？!?：:，,、]/);
    if (norm) out.push({ norm, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** Longest runs of sentences that appear twice (without overlap) in one text, each ≥ MIN characters. */
export function repeatedRuns(text: string, work: (units?: number) => void = () => {}): { start: number; end: number; again: number }[] {
  const ps = pieces(text);
  const out: { start: number; end: number; again: number }[] = [];
  const used = new Set<number>();
  for (let i = 0; i < ps.length; i++) {
    if (used.has(i)) continue;
    for (let j = i + 1; j < ps.length; j++) {
      work();
      let k = 0;
      while (j + k < ps.length && i + k < j && ps[i + k].norm === ps[j + k].norm) k++;
      if (k === 0) continue;
      const len = ps.slice(i, i + k).reduce((s, p) => s + p.norm.length, 0);
      if (len < MIN) continue;
      out.push({ start: ps[i].start, end: ps[i + k - 1].end, again: ps[j].start });
      for (let t = 0; t < k; t++) used.add(i + t).add(j + t);
      i += k - 1;
      break;
    }
  }
  return out;
}

/** A field's content without its leading label ("立项依据:", "1项目实施的制度、措施:"). */
function body(text: string): string {
  return trimEndOf(text.replace(/^[\d\s]*[\u4e00-\u9fff、（）()]{2,16}[:：]/, '').replace(/[\s\u3000]+/g, ''), /[。；;，,、]/);
}

function crossPairs(units: TextUnit[], work: (units?: number) => void): [TextUnit, TextUnit][] {
  const out: [TextUnit, TextUnit][] = [];
  const bodies = units.map((u) => body(u.text));
  // Every pair counts as work (charged before comparing); only bodies of MIN characters can pair.
  work((units.length * (units.length - 1)) / 2);
  const long = bodies.flatMap((b, i) => (b.length >= MIN ? [i] : []));
  for (let x = 0; x < long.length; x++) {
    const i = long[x];
    const a = bodies[i];
    for (let y = x + 1; y < long.length; y++) {
      const j = long[y];
      const b = bodies[j];
      const shorter = a.length <= b.length ? a : b;
      const longer = a.length <= b.length ? b : a;
      // A short field quoted inside a much longer one (立项依据 cited in 项目概况) is normal; a near-whole copy is not.
      if (shorter.length * 10 >= longer.length * 6 && longer.includes(shorter)) out.push([units[i], units[j]]);
    }
  }
  return out;
}

export default defineRule({
  id: 'wording-duplicate-text',
  severity: 'warning',
  category: 'wording',
  title: '文字重复',
  message: '{where}中有重复文字：{detail}',
  description: `检查复制粘贴造成的重复文字：

- 同一段落、同一名词解释或绩效目标表的同一栏内，一段 30 字以上的文字（按整句计）原样出现两次；
- 同一张绩效目标表的两栏内容相同（或一栏几乎原样照抄了另一栏：较短一栏全部包含在较长一栏中，且不少于其六成篇幅），
  例如“项目实施计划”照抄了“立项依据”；
- 说明文字中两个段落相同（或一段几乎原样照抄另一段）。

说明文字（情况说明的段落）中的重复只作提示：公开模板常要求平行的文字，重复多半不是错误——江苏模板的
“六、财政拨款基本支出”与“八、一般公共预算基本支出”在财政拨款全部是一般公共预算时内容相同，收入和支出的增减原因
常照写一遍，各下属单位的段落用同一套话。绩效目标表各栏和名词解释中的重复仍是警告。

栏目开头的标签（如“立项依据：”）不参与比较。不同项目的绩效目标表之间相同的套话不算重复；
同一表的“实施期目标”和“年度目标”相同也不算。

示例：“保证项目实施的制度和措施”一栏把“养老救助按照个人申请、企业申报……并张榜公示。”整段写了两遍。`,
  *check({ doc, work = () => {} }) {
    const units = textUnits(doc);
    for (const u of units) {
      for (const r of repeatedRuns(u.text, work)) {
        const passage = u.text.slice(r.start, r.end);
        const d: FindingDraft = {
          severity: u.kind === 'paragraph' ? 'info' : undefined,
          params: { where: u.label, detail: `一段${passage.replace(/\s+/g, '').length}字的文字重复出现了两次` },
          locations: [u.loc(snippet(passage, 0, Math.min(passage.length, 40), 0), r.start, r.end), u.loc(snippet(u.text, r.again, Math.min(u.text.length, r.again + 40), 0), r.again, r.again + (r.end - r.start))],
          actual: passage,
          suggestion: '删除重复的一段',
        };
        yield d;
      }
    }
    const fields = units.filter((u) => u.kind === 'field');
    const byForm = new Map<unknown, TextUnit[]>();
    for (const u of fields) byForm.set(u.form, (byForm.get(u.form) ?? []).concat(u));
    const paragraphs = units.filter((u) => u.kind === 'paragraph');
    const sets = [...byForm.values(), paragraphs];
    for (const set of sets) {
      for (const [a, b] of crossPairs(set, work)) {
        const same = body(a.text) === body(b.text);
        const what = a.kind === 'field' ? `“${a.field}”栏` : `“${a.label}”中的一段`;
        yield {
          severity: a.kind === 'paragraph' ? 'info' : undefined,
          params: { where: b.label, detail: same ? `内容与${what}相同` : `内容与${what}有整段重复` },
          locations: [b.loc(snippet(b.text, 0, 40, 0)), a.loc(snippet(a.text, 0, 40, 0))],
          actual: body(a.text).length <= body(b.text).length ? a.text : b.text,
          suggestion: a.kind === 'field' ? `按各栏的要求分别填写“${a.field}”和“${b.field}”，不要互相照抄` : '删除重复的段落，或改写为各自应说明的内容',
        };
      }
    }
  },
});
