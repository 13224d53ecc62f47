import type { Claim } from '../../model/claims.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { figuresOf } from './compare.js';

const CHECKED: Claim['type'][] = ['amount', 'change', 'share', 'completion'];

export default defineRule({
  id: 'narrative-unresolved',
  severity: 'info',
  category: 'narrative',
  title: '说明中未能对应到报表的数字',
  message: '“{sentence}”中{subjects}未能对应到报表中的数，未作核对',
  description: `说明中的金额、增减和占比，先确定它说的是哪个数（句中写明的主语，或所在项目、标题、上一句的主语），再对应到报表中的行或列（科目编码、类款项名称、
收支总表各行、“三公”经费各项、机关运行经费、收入来源等）。对应不上的不作猜测，逐句列出，便于人工核对，也说明哪些数字没有被检查。`,
  *check({ figures }) {
    for (const section of figures.doc.sections)
      for (const p of section.paragraphs) {
        const bySentence = new Map<string, { claim: Claim; subjects: string[] }>();
        for (const c of p.claims) {
          if (!CHECKED.includes(c.type) || !('subject' in c)) continue;
          const q = { subject: c.subject, line: c.line, period: c.type === 'amount' ? c.period : undefined };
          if (c.subject && figuresOf(figures, q, section).length) continue;
          const entry = bySentence.get(c.text) ?? { claim: c, subjects: [] };
          const name = c.subject ? `“${c.subject}”` : '无主语的数字';
          if (!entry.subjects.includes(name)) entry.subjects.push(name);
          bySentence.set(c.text, entry);
        }
        for (const [sentence, { claim, subjects }] of bySentence)
          yield { params: { sentence: sentence.length > 60 ? sentence.slice(0, 60) + '…' : sentence, subjects: subjects.join('、') }, locations: [{ ...claimLoc(section, claim), excerpt: sentence }] };
      }
  },
});
