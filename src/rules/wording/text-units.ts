import type { BudgetDocument } from '../../model/document.js';
import type { PerformanceForm } from '../../model/performance.js';
import { formLoc, sectionTitle, textLoc } from '../engine/locate.js';
import type { Location } from '../engine/types.js';

/** One piece of running text of a document: a paragraph, a glossary entry or a form field. */
export interface TextUnit {
  /** Stable identity of the place (for de-duplication and pairing). */
  key: string;
  kind: 'paragraph' | 'glossary' | 'field' | 'goal';
  text: string;
  /** Human label of the place, e.g. "三、支出预算情况说明" or "绩效目标表“送温暖经费” › 立项依据". */
  label: string;
  form?: PerformanceForm;
  field?: string;
  /** Location of the unit, optionally pointing at text[start, end). */
  loc(excerpt?: string, start?: number, end?: number): Location;
}

/** Form fields that carry no prose. */
const NON_TEXT_FIELDS = /^(年度|填报日期|联系电话|负责人|经办人|项目资金|项目期|项目属性|主管部门及代码|实施单位|项目名称|部门名称)$/;

/**
 * All running text of a document, each piece once. Paragraphs of the 名词解释 part are skipped when the
 * importer read them into glossary entries (the same lines would otherwise be seen twice), and so are table rows
 * that ended up among paragraphs.
 */
export function textUnits(doc: BudgetDocument): TextUnit[] {
  const out: TextUnit[] = [];
  for (const s of doc.sections) {
    if (s.part && /名词解释/.test(s.part) && doc.glossary.length) continue;
    const title = sectionTitle(s) || s.part || '说明';
    s.paragraphs.forEach((p, i) => {
      // A tab-separated line in a narrative is a table row the importer could not place (reported as unplaced).
      if (p.text.includes('\t')) return;
      out.push({
        key: `${s.id}/p${i}`,
        kind: 'paragraph',
        text: p.text,
        label: title,
        loc: (excerpt, start, end) =>
          textLoc(title, p.source, excerpt, { sectionId: s.id, section: title, ...(start !== undefined && end !== undefined ? { span: [start, end] } : {}) }),
      });
    });
  }
  doc.glossary.forEach((g, i) => {
    const label = `名词解释 › ${g.term}`;
    out.push({ key: `g${i}`, kind: 'glossary', text: g.definition, label, loc: (excerpt) => textLoc(label, g.source, excerpt, { section: '名词解释' }) });
  });
  doc.forms.forEach((f, fi) => {
    const name = f.projectName ?? f.title;
    for (const [field, text] of Object.entries(f.fields)) {
      if (NON_TEXT_FIELDS.test(field) || !text) continue;
      out.push({ key: `f${fi}/${field}`, kind: 'field', text, label: `绩效目标表“${name}” › ${field}`, form: f, field, loc: (excerpt) => formLoc(f, field, excerpt) });
    }
    const goals: [string, string | undefined][] = [
      ['总体目标（实施期）', f.goals.period],
      ['总体目标（年度）', f.goals.annual],
    ];
    for (const [field, text] of goals) {
      if (!text) continue;
      out.push({ key: `f${fi}/${field}`, kind: 'goal', text, label: `绩效目标表“${name}” › ${field}`, form: f, field, loc: (excerpt) => formLoc(f, field, excerpt) });
    }
  });
  return out;
}

/** A short excerpt around text[start, end) for a finding's location. */
export function snippet(text: string, start: number, end: number, pad = 12): string {
  const from = Math.max(0, start - pad);
  const to = Math.min(text.length, end + pad);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** True when position i of text lies inside a 《…》 title (at any nesting depth). */
export function insideBookTitle(text: string, i: number): boolean {
  let depth = 0;
  for (let k = 0; k < i; k++) {
    if (text[k] === '《') depth++;
    else if (text[k] === '》' && depth > 0) depth--;
  }
  return depth > 0;
}
