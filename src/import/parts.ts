import type { BudgetDocument } from '../model/document.js';
import { GongkaiError } from '../model/errors.js';
import { chooseProfile } from '../profiles/profiles.js';

/**
 * One disclosure published as several files (情况说明 as 附件1, 公开表 as 附件2): the parts read as one document,
 * in the order given. Every table, section, form and claim keeps the file and page it came from; ids are made
 * unique per part. The meta comes from the part that names the department, and the profile is chosen again on
 * the whole.
 */
export function joinParts(parts: BudgetDocument[]): BudgetDocument {
  if (parts.length < 2) throw new GongkaiError('parts-too-few', '--parts 需要至少两个文件（如 说明.pdf 报表.pdf）');
  const years = [...new Set(parts.map((p) => p.meta.year).filter((y) => y !== undefined))];
  if (years.length > 1) throw new GongkaiError('parts-mismatch', `各部分的年度不同（${years.join('、')}），不像同一份公开文件`);
  const kinds = [...new Set(parts.map((p) => p.meta.kind))];
  if (kinds.length > 1) throw new GongkaiError('parts-mismatch', `各部分的类型不同（${kinds.join('、')}），不像同一份公开文件`);
  const lead = parts.find((p) => p.meta.department && p.sections.length) ?? parts.find((p) => p.meta.department) ?? parts[0];
  const doc: BudgetDocument = {
    meta: { ...lead.meta, draft: parts.some((p) => p.meta.draft) },
    tables: parts.flatMap((p, k) => p.tables.map((t) => (k ? { ...t, id: `p${k + 1}-${t.id}` } : t))),
    sections: parts.flatMap((p, k) => p.sections.map((s) => (k ? { ...s, id: `p${k + 1}-${s.id}` } : s))),
    forms: parts.flatMap((p) => p.forms),
    glossary: parts.flatMap((p) => p.glossary),
    toc: parts.flatMap((p) => p.toc),
    unplaced: parts.flatMap((p) => p.unplaced),
  };
  const { profile, reason } = chooseProfile(doc);
  doc.meta.profile = profile.id;
  doc.meta.profileReason = `${parts.length} 个文件合为一份公开文件检查；${reason}`;
  return doc;
}
