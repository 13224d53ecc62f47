import type { BudgetDocument, Section } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import { tableKindOfTitle } from '../../profiles/table-kinds.js';
import { sectionTitle, tableLoc, textLoc } from '../engine/locate.js';
import { fewOrOneNote } from '../engine/aggregate.js';
import { defineRule, type FindingDraft } from '../engine/types.js';


/** A title reduced to its words: numbering (第一部分, 表一, 一、, （一）, 1、) and years removed. */
export function tocKey(s: string): string {
  return normalizeName(s)
    .replace(/^第[一二三四五六七八九十]+部分[:：]?/, '')
    .replace(/^(预算公开)?表[一二三四五六七八九十\d]+[:：]?/, '')
    .replace(/^[一二三四五六七八九十]+[、.]/, '')
    .replace(/^\([一二三四五六七八九十]+\)/, '')
    .replace(/^\d{1,2}[、.]/, '')
    .replace(/(?:19|20)\d{2}年度?/g, '')
    .replace(/^(部门|单位)/, '');
}

const CN = '一二三四五六七八九';
function cnNumber(s: string): number | undefined {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return undefined;
  const tens = m[2] ? (m[1] ? CN.indexOf(m[1]) + 1 : 1) : 0;
  const ones = m[2] ? (m[3] ? CN.indexOf(m[3]) + 1 : 0) : CN.indexOf(m[1]) + 1;
  return tens * 10 + ones;
}

/** Sections a table of contents is expected to list: un-numbered part sections and the 一、二、三… run of each part. */
export function topLevelSections(doc: BudgetDocument): Section[] {
  const out: Section[] = [];
  let part: string | undefined;
  let last = 0;
  for (const s of doc.sections) {
    if (s.part !== part) {
      part = s.part;
      last = 0;
    }
    const n = s.number ? cnNumber(s.number) : undefined;
    if (s.number === undefined) out.push(s);
    else if (n !== undefined && n === last + 1) {
      out.push(s);
      last = n;
    }
  }
  return out;
}

function keysMatch(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || (Math.min(a.length, b.length) >= 6 && (a.includes(b) || b.includes(a)));
}

/**
 * Does a title match any of the targets? An exact key is found in a set; only the rest are scanned (each
 * comparison spending the rule's work budget, so a document of thousands of titles stays bounded).
 */
function matcher(targets: string[], work: (units?: number) => void): (title: string) => boolean {
  const keys = targets.map(tocKey).filter(Boolean);
  const exact = new Set(keys);
  return (title: string) => {
    const a = tocKey(title);
    if (!a) return false;
    if (exact.has(a)) return true;
    work(keys.length);
    return keys.some((b) => keysMatch(a, b));
  };
}

const mismatch = (what: string, n: number, of: number): FindingDraft => ({
  params: { detail: `${what}有 ${n} 项（共 ${of} 项）对不上，目录与正文可能按不同层级编排，或本文件只是公开文件的一部分；未逐项报告` },
  locations: [],
  suggestion: '人工核对目录与正文',
});

export default defineRule({
  id: 'completeness-toc',
  severity: 'warning',
  category: 'completeness',
  title: '目录与正文不一致',
  message: '目录与正文不一致：{detail}',
  description: `比较目录与正文：

- 目录中的条目在正文中找不到对应的报表、标题或部分——可能是正文漏了这部分内容，或目录未随正文更新；
- 正文中的报表或一级标题（“一、”“二、”……）没有列入目录（目录只列到某一层级时，只比较该层级）。

比较时忽略编号（第一部分、表一、一、（一）、1、）、年份、空格和括号样式。文件没有目录时不检查。

示例：目录有“表十三 2026年项目支出预算表（上年结转）”，正文中没有这张表。`,
  *check({ doc, work = () => {} }) {
    if (!doc.toc.length) return;
    const parts = [...new Set(doc.sections.map((s) => s.part).filter((p): p is string => !!p))];
    const tocHasTables = doc.toc.some((e) => !/^第.+部分/.test(e.title) && (tableKindOfTitle(tocKey(e.title)) !== undefined || /表$/.test(tocKey(e.title))));
    const tocHasSections = doc.toc.some((e) => /^([一二三四五六七八九十]+、)/.test(e.title.trim()));
    const inBody = matcher([...doc.tables.map((t) => t.title), ...doc.sections.map((s) => s.heading), ...parts], work);
    const inToc = matcher(doc.toc.map((e) => e.title), work);
    const tocMisses: FindingDraft[] = [];
    for (const e of doc.toc) {
      const isPart = /^第[一二三四五六七八九十]+部分/.test(e.title.trim());
      if (isPart && /表/.test(e.title) && doc.tables.length) continue;
      const kind = tableKindOfTitle(tocKey(e.title));
      // A file without tables is the narrative part of a disclosure whose tables come in another file.
      if (kind !== undefined && kind !== 'unknown' && !doc.tables.length) continue;
      const found = (kind !== undefined && kind !== 'unknown' && doc.tables.some((t) => t.kind === kind)) || inBody(e.title);
      if (found) continue;
      tocMisses.push({
        params: { detail: `目录中的“${e.title}”在正文中找不到对应的报表或标题` },
        locations: [textLoc(`目录 › ${e.title}`, e.source, e.title)],
        actual: e.title,
        suggestion: '补上正文中缺少的内容，或按正文更新目录',
      });
    }
    yield* fewOrOneNote(tocMisses, doc.toc.length, (n) => mismatch('目录中的条目', n, doc.toc.length));
    const bodyMisses: FindingDraft[] = [];
    if (tocHasTables)
      for (const t of doc.tables) {
        if (inToc(t.title)) continue;
        bodyMisses.push({
          params: { detail: `报表“${t.title}”没有列入目录` },
          locations: [tableLoc(t)],
          suggestion: '在目录中补列该表',
        });
      }
    const sections = tocHasSections ? topLevelSections(doc).filter((s) => s.heading.trim() !== '') : [];
    for (const s of sections) {
      if (inToc(s.heading)) continue;
      const title = sectionTitle(s) || s.heading;
      bodyMisses.push({
        params: { detail: `正文标题“${title}”没有列入目录` },
        locations: [textLoc(title, s.source, title, { sectionId: s.id, section: title })],
        suggestion: '在目录中补列该标题',
      });
    }
    const compared = (tocHasTables ? doc.tables.length : 0) + sections.length;
    yield* fewOrOneNote(bodyMisses, compared, (n) => mismatch('正文中的报表和标题', n, compared));
  },
});
