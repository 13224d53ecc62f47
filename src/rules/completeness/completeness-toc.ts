import type { BudgetDocument, Section } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import { tableKindOfTitle } from '../../profiles/table-kinds.js';
import { sectionTitle, tableLoc, textLoc } from '../engine/locate.js';
import { fewOrOneNote } from '../engine/aggregate.js';
import { defineRule, type FindingDraft } from '../engine/types.js';


/** A title reduced to its words: numbering (第一部分, 表一, 一、, （一）, 1、) and years removed. */
export function tocKey(s: string): string {
  let k = tocKeys.get(s);
  if (k === undefined) {
    // Every section is compared with every entry: each title's key is made once.
    if (tocKeys.size >= 20_000) tocKeys.clear();
    tocKeys.set(s, (k = tocKeyUncached(s)));
  }
  return k;
}

const tocKeys = new Map<string, string>();

function tocKeyUncached(s: string): string {
  return normalizeName(s)
    .replace(/^第[一二三四五六七八九十]+部分[:：]?/, '')
    .replace(/^(预算公开|(部门)?(预算|决算)(公开)?)?\d{0,2}表(?!格)[一二三四五六七八九十\d]*[:：]?(?=.)/, '')
    .replace(/\((部门)?(预算|决算)?(公开)?表[一二三四五六七八九十\d-]+\)$/, '')
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
function matcher(targets: string[], work: (units?: number) => void, key = tocKey): (title: string) => boolean {
  const keys = targets.map(key).filter(Boolean);
  const exact = new Set(keys);
  return (title: string) => {
    const a = key(title);
    if (!a) return false;
    if (exact.has(a)) return true;
    work(keys.length);
    return keys.some((b) => keysMatch(a, b));
  };
}

const isPart = (t: string) => /^第[一二三四五六七八九十]+部分/.test(t.trim());
const isKnownKind = (k: string | undefined) => k !== undefined && k !== 'unknown';

/**
 * Does the contents list the headings of a body part? Not when its entry for that part has no entries under it
 * but tables: the contents then stop at the part ("第三部分 2026年度部门预算情况说明"), and the part's 一、二、三…
 * are not expected there. A body part is found by its words in the part's entry (names differ: "部门预算情况").
 */
function partListed(doc: BudgetDocument, part: string | undefined): boolean {
  if (!part) return true;
  const key = tocKey(part).replace(/说明$/, '');
  const at = doc.toc.findIndex((e) => isPart(e.title) && key.length >= 2 && tocKey(e.title).includes(key));
  if (at < 0) return true;
  const next = doc.toc.findIndex((e, i) => i > at && isPart(e.title));
  const under = doc.toc.slice(at + 1, next < 0 ? undefined : next);
  return under.some((e) => !/表$/.test(tocKey(e.title)));
}

/** Titles reduced to their words, also without the department's own name and a leading 关于. */
function ownKey(department: string | undefined): (s: string) => string {
  const own = department ? normalizeName(department) : '';
  return (s: string) => {
    const k = tocKey(s);
    const bare = (own.length >= 3 ? k.split(own).join('') : k)
      .replace(/^关于/, '')
      .replace(/^\(?(部门|单位)\)?/, '');
    return bare || k;
  };
}

/** A title for all the tables together: 表格部分, 预算公开表, 部门综合预算公开报表, 单位预算表 — no one table's kind. */
function isTablesGroup(title: string): boolean {
  const k = tocKey(title);
  return /(表格部分|报表|公开表|(预算|决算)表|算表)$/.test(k) && !isKnownKind(tableKindOfTitle(k));
}

/** Do two titles share most of their words (two-character pieces of the shorter one)? */
function alike(a: string, b: string): boolean {
  const [x, y] = [tocKey(a), tocKey(b)].sort((p, q) => p.length - q.length);
  const pieces = Array.from({ length: Math.max(0, x.length - 1) }, (_, i) => x.slice(i, i + 2));
  return pieces.length > 0 && pieces.filter((p) => y.includes(p)).length >= pieces.length / 2;
}

const enumerator = (t: string) => /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/.exec(t.trim())?.[1];

/**
 * A contents entry and a body heading with the same number ("七、…‘三公’经费支出情况说明" in the contents,
 * "七、…‘三公’经费情况说明" in the body), each found nowhere else: one finding saying the wording differs. The
 * paired drafts are taken out of both lists.
 */
function pairReworded(tocMisses: FindingDraft[], headingMisses: FindingDraft[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const h of [...headingMisses]) {
    const n = enumerator(String(h.actual ?? ''));
    const t = n === undefined ? -1 : tocMisses.findIndex((e) => enumerator(String(e.actual)) === n && alike(String(e.actual), String(h.actual)));
    if (t < 0) continue;
    const [entry] = tocMisses.splice(t, 1);
    headingMisses.splice(headingMisses.indexOf(h), 1);
    out.push({
      params: { detail: `目录中的“${entry.actual}”在正文中的标题为“${h.actual}”，措辞不同` },
      locations: [...entry.locations, ...h.locations],
      expected: String(entry.actual),
      actual: String(h.actual),
      suggestion: '统一目录与正文的标题',
    });
  }
  return out;
}

/** Three or more headings worded differently in the contents and the body: one finding listing the pairs, each place kept. */
function oneReworded(pairs: FindingDraft[]): FindingDraft[] {
  if (pairs.length < 3) return pairs;
  const list = pairs.map((p) => `“${String(p.expected)}”（正文为“${String(p.actual)}”）`).join('、');
  return [{ params: { detail: `目录中有 ${pairs.length} 个标题与正文措辞不同：${list}` }, locations: pairs.flatMap((p) => p.locations), actual: list, suggestion: '统一目录与正文的标题' }];
}

/** Several entries of one document that disagree the same way: one finding listing them, each place kept. */
function oneList(misses: FindingDraft[], compared: number, what: string, how: string): FindingDraft[] {
  // Past fewOrOneNote's share the misses become its one note (another level of contents), not this list.
  if (misses.length < 3 || misses.length > Math.max(2, compared * 0.4)) return misses;
  const names = misses.map((m) => `“${String(m.actual)}”`).join('');
  return [{ params: { detail: `${what}${names}${how}（共 ${misses.length} 项）` }, locations: misses.flatMap((m) => m.locations), actual: names, suggestion: misses[0].suggestion }];
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

比较时忽略编号（第一部分、表一、一、（一）、1、、预算01表、（预算表1））、年份、空格、括号样式、部门自己的名称和“关于”；
同一类报表（如目录“部门收支总表”与正文“2026年部门收支总体情况表”）视为同一张表；目录中代表全部报表的条目（“表格部分”
“预算公开报表”）在有报表时视为已找到。目录只列到某一部分（如“第三部分 部门预算情况说明”而不列其下的一、二、三……）时，
不要求该部分的标题列入目录。同一编号的目录条目与正文标题措辞不同的，合为一条报告。只有说明、没有报表的文件（报表另成文件）
不检查目录中的报表和绩效目标表。文件没有目录时不检查。目录中 gongkai 不认识的报表（如“财政拨款政府购买服务明细表”）正文中
找不到时只作提示：这类表未被读取，不能断定正文缺表。

示例：目录有“表十三 2026年项目支出预算表（上年结转）”，正文中没有这张表。`,
  *check({ doc, work = () => {} }) {
    if (!doc.toc.length) return;
    const parts = [...new Set(doc.sections.map((s) => s.part).filter((p): p is string => !!p))];
    const partNumbers = new Set(doc.sections.map((s) => s.partNumber).filter((n): n is string => !!n));
    // A group entry ("四、2026年某局预算公开表") does not list the tables one by one: only entries naming a kind do.
    const tocHasTables = doc.toc.some((e) => !isPart(e.title) && isKnownKind(tableKindOfTitle(tocKey(e.title))));
    const tocKinds = new Set(doc.toc.filter((e) => !isPart(e.title)).map((e) => tableKindOfTitle(tocKey(e.title))));
    const tocHasSections = doc.toc.some((e) => /^([一二三四五六七八九十]+、)/.test(e.title.trim()));
    // The department's own name is no difference: "2026年某局预算公开表" in the contents, "2026年预算公开表" in the body.
    const key = ownKey(doc.meta.department);
    // A heading the reader took for a line of text ("上海市审计局（单位）主要职能", printed without a number) is still there.
    const shortLines = doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text.trim())).filter((t) => t.length <= 30 && !/[。；;，,：:]$/.test(t) && !/\d/.test(t.replace(/(?:19|20)\d{2}年度?/g, '')));
    const inBody = matcher([...doc.tables.map((t) => t.title), ...doc.forms.map((f) => f.title), ...doc.sections.map((s) => s.heading), ...parts, ...shortLines], work, key);
    // A part's entry ("第三部分 2026年度部门预算情况说明") is found only by its own words, never inside a heading.
    const tocParts = new Set(doc.toc.filter((e) => isPart(e.title)).map((e) => key(e.title)));
    const tocItems = matcher(doc.toc.filter((e) => !isPart(e.title)).map((e) => e.title), work, key);
    const inToc = (title: string) => tocParts.has(key(title)) || tocItems(title);
    const tocMisses: FindingDraft[] = [];
    const notRead: FindingDraft[] = [];
    for (const e of doc.toc) {
      if (/^注[:：]/.test(e.title.trim())) continue; // a note printed with the contents
      const isPart = /^第[一二三四五六七八九十]+部分/.test(e.title.trim());
      if (isPart && /表/.test(e.title) && doc.tables.length) continue;
      const kind = tableKindOfTitle(tocKey(e.title));
      // A file without tables is the narrative part of a disclosure whose tables (and forms) come in another file.
      if ((isKnownKind(kind) || /表$/.test(tocKey(e.title))) && !doc.tables.length) continue;
      // A part is found by its ordinal (目录 "第一部分 部门概况", 正文 "第一部分 长沙市某局概况").
      const ordinal = /^第([一二三四五六七八九十]+)部分/.exec(e.title.trim())?.[1];
      const partFound = ordinal !== undefined && (partNumbers.has(ordinal) || parts.some((p) => p.replace(/\s+/g, '').startsWith(`第${ordinal}部分`)));
      // An entry for the tables as a whole ("二、表格部分", "某局2022年部门综合预算公开报表") is their heading.
      const tablesPart = isTablesGroup(e.title) && doc.tables.length > 0;
      const found = tablesPart || partFound || (kind !== undefined && kind !== 'unknown' && doc.tables.some((t) => t.kind === kind)) || inBody(e.title);
      if (found) continue;
      // A table of a kind gongkai does not read ("财政拨款政府购买服务明细表") may well be printed: not read, not missing.
      if (!isPart && !isKnownKind(kind) && /表$/.test(tocKey(e.title)) && doc.tables.length) {
        notRead.push({
          severity: 'info',
          params: { detail: `目录中的“${e.title}”是 gongkai 不认识的报表，未核对正文中是否有这张表` },
          locations: [textLoc(`目录 › ${e.title}`, e.source, e.title)],
          actual: e.title,
          suggestion: '对照正文人工核对这张表',
        });
        continue;
      }
      tocMisses.push({
        params: { detail: `目录中的“${e.title}”在正文中找不到对应的报表或标题` },
        locations: [textLoc(`目录 › ${e.title}`, e.source, e.title)],
        actual: e.title,
        suggestion: '补上正文中缺少的内容，或按正文更新目录',
      });
    }
    const bodyMisses: FindingDraft[] = [];
    if (tocHasTables)
      for (const t of doc.tables) {
        // Listed under its own words, or as the same kind of table ("部门收支总表" for "2026年部门收支总体情况表").
        if (inToc(t.title) || (isKnownKind(t.kind) && tocKinds.has(t.kind))) continue;
        bodyMisses.push({
          params: { detail: `报表“${t.title}”没有列入目录` },
          locations: [tableLoc(t)],
          suggestion: '在目录中补列该表',
        });
      }
    yield* fewOrOneNote(bodyMisses, tocHasTables ? doc.tables.length : 0, (n) => mismatch('正文中的报表', n, doc.tables.length));
    const headingMisses: FindingDraft[] = [];
    const sections = tocHasSections ? topLevelSections(doc).filter((s) => s.heading.trim() !== '' && partListed(doc, s.part) && !(isTablesGroup(s.heading) && tocHasTables)) : [];
    for (const s of sections) {
      if (inToc(s.heading)) continue;
      const title = sectionTitle(s) || s.heading;
      headingMisses.push({
        actual: title,
        params: { detail: `正文标题“${title}”没有列入目录` },
        locations: [textLoc(title, s.source, title, { sectionId: s.id, section: title })],
        suggestion: '在目录中补列该标题',
      });
    }
    // The same item worded differently in the contents and the body is one disagreement, not two.
    const reworded = pairReworded(tocMisses, headingMisses);
    yield* oneReworded(reworded);
    yield* fewOrOneNote(oneList(tocMisses, doc.toc.length, '目录中的条目', '在正文中找不到对应的报表或标题'), doc.toc.length, (n) => mismatch('目录中的条目', n, doc.toc.length));
    yield* notRead;
    yield* fewOrOneNote(oneList(headingMisses, sections.length, '正文标题', '没有列入目录'), sections.length, (n) => mismatch('正文中的一级标题', n, sections.length));
  },
});
