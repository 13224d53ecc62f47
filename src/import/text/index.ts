import type { BudgetDocument, DocumentMeta, GlossaryEntry, Section, Unplaced } from '../../model/document.js';
import { normalizeKangxi } from '../../model/names.js';
import { GongkaiError } from '../../model/errors.js';
import { builtinReference, type ReferenceSet } from '../../reference/index.js';
import { detectProfile } from '../../profiles/profiles.js';
import { topicOfHeading } from '../../profiles/sections.js';
import { tableKindOfTitle } from '../../profiles/table-kinds.js';
import { extractClaims } from '../../claims/extract.js';
import { decodeText } from './decode.js';
import { metaLine, parseTableBlock, type RawLine, type SourceOf, type TableBlock } from './tables.js';
import { FORM_TITLE, parseFormBlock } from './forms.js';

export interface TextImportOptions {
  file?: string;
  ref?: ReferenceSet;
}

/** A line that is only a draft mark, possibly bracketed: 仅供内部审核, （草稿，仅供内部审核）, 征求意见稿 … */
const WATERMARK = /^[（(【[]?(?:草稿[，,、\s]*)?(仅供内部审核|内部资料|征求意见稿|草稿|送审稿)[)）】\]]?$/;
const PART_HEADING = /^第[一二三四五六七八九十]+部分\s*(.*)$/;
const SECTION_HEADING = /^([一二三四五六七八九十]+)、\s*(.+)$/;
const SUB_HEADING = /^[（(]([一二三四五六七八九十]+)[)）]\s*(.+)$/;
const NUM_HEADING = /^(\d{1,2})[、.．]\s*(.+)$/;

/** Read a disclosure from bytes of text (UTF-8 or GBK; tables as tab-separated lines). */
export function importTextBuffer(buf: Uint8Array, opts: TextImportOptions = {}): BudgetDocument {
  const { text } = decodeText(buf, opts.file ? `文件“${opts.file}”` : '输入文本');
  return importText(text, opts);
}

/** Drop trailing spaces (not tabs: they mark empty cells); a loop, since /[ ]+$/ is quadratic on long runs. */
function trimSpacesEnd(t: string): string {
  let end = t.length;
  while (end > 0 && (t[end - 1] === ' ' || t[end - 1] === '\u3000')) end--;
  return end === t.length ? t : t.slice(0, end);
}

export function importText(text: string, opts: TextImportOptions = {}): BudgetDocument {
  const lines: RawLine[] = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t, i) => ({ text: trimSpacesEnd(t), line: i + 1 }));
  return importLines(lines, opts);
}

/**
 * Build the document model from lines whose table cells are tab-separated. The text importer feeds lines
 * of a file; positioned importers (PDF) feed reconstructed lines that carry page and boxes.
 */
export function importLines(input: RawLine[], opts: TextImportOptions = {}): BudgetDocument {
  const ref = opts.ref ?? builtinReference();
  const file = opts.file;
  const byLine = new Map(input.map((l) => [l.line, l]));
  const src: SourceOf = (line, cell) => {
    const l = byLine.get(line);
    const box = cell !== undefined ? (l?.cellBoxes?.[cell] ?? l?.box) : l?.box;
    return { file, line, ...(l?.page !== undefined ? { page: l.page } : {}), ...(box ? { box } : {}) };
  };
  const unplaced: Unplaced[] = [];
  const all: RawLine[] = input.map((l) => ({ ...l, text: normalizeKangxi(l.text) }));
  let draft = false;
  let draftLine: number | undefined;
  const lines = all.filter((l) => {
    if (WATERMARK.test(l.text.trim())) {
      draft = true;
      draftLine ??= l.line;
      return false;
    }
    return true;
  });
  if (!lines.some((l) => /预算|决算/.test(l.text))) {
    throw new GongkaiError('not-a-budget', `${file ? `文件“${file}”` : '输入文本'}中没有“预算”或“决算”字样，不像预算/决算公开文件`);
  }

  const meta = readMeta(lines, draft, src);
  if (draftLine !== undefined) meta.draftSource = src(draftLine);
  const doc: BudgetDocument = { meta, tables: [], sections: [], forms: [], glossary: [], toc: [], unplaced };
  let i = 0;
  // Table of contents: from "目录" to the first part heading without a page number.
  const tocStart = lines.findIndex((l) => /^目\s*录$/.test(l.text.trim()));
  if (tocStart >= 0) {
    i = tocStart + 1;
    for (; i < lines.length; i++) {
      const t = lines[i].text.trim();
      if (t === '') continue;
      const entry = tocEntry(lines[i].text);
      if (!entry) break;
      doc.toc.push({ ...entry, source: src(lines[i].line) });
    }
  }

  let part: string | undefined;
  let section: Section | undefined;
  let pendingNumber: string | undefined;
  let glossaryTerm: GlossaryEntry | undefined;
  const newSection = (heading: string, number: string | undefined, line: number) => {
    section = { id: `s${doc.sections.length + 1}`, number, heading, topic: topicOfHeading(heading), part, paragraphs: [], source: src(line) };
    doc.sections.push(section);
  };

  while (i < lines.length) {
    const l = lines[i];
    const t = l.text.trim();
    if (t === '') {
      i++;
      continue;
    }
    const hasTab = l.text.includes('\t');
    if (!hasTab && /^预算公开表\s*\d+$|^表[一二三四五六七八九十\d]+$/.test(t)) {
      pendingNumber = t;
      i++;
      continue;
    }
    const kind = !hasTab && l.title !== false ? tableKindOfTitle(t) : undefined;
    if (kind) {
      const block: TableBlock = { kind, title: t, number: pendingNumber, titleLine: l.line, lines: [] };
      pendingNumber = undefined;
      i++;
      for (; i < lines.length; i++) {
        const x = lines[i].text.trim();
        if (x === '' || lines[i].text.includes('\t') || metaLine(x) || /^(注|说明)\d*[:：]/.test(x)) block.lines.push(lines[i]);
        else break;
      }
      const table = parseTableBlock(block, { src, department: meta.department, ref, unplaced });
      table.id = `t${doc.tables.length + 1}`;
      doc.tables.push(table);
      continue;
    }
    if (!hasTab && FORM_TITLE.test(t)) {
      const body: RawLine[] = [];
      i++;
      for (; i < lines.length; i++) {
        const x = lines[i].text.trim();
        // A form is its title, a "(2026年度)" line and tab-separated rows; any other Chinese line ends it.
        if (x !== '' && !lines[i].text.includes('\t') && /[\u4e00-\u9fff]/.test(x) && !/^[（(]\d{4}/.test(x)) break;
        body.push(lines[i]);
      }
      doc.forms.push(parseFormBlock(l, body, { src, unplaced }));
      continue;
    }
    const pm = PART_HEADING.exec(t);
    if (pm && !hasTab) {
      part = pm[1].trim();
      section = undefined;
      if (/名词解释/.test(part)) newSection(part, undefined, l.line);
      i++;
      continue;
    }
    const inGlossary = part !== undefined && /名词解释/.test(part);
    if (inGlossary) {
      const gm = /^[一二三四五六七八九十]+、\s*([^：:]{1,30})[：:]\s*(.*)$/.exec(t);
      if (gm) {
        glossaryTerm = { term: gm[1].trim(), definition: gm[2].trim(), source: src(l.line) };
        doc.glossary.push(glossaryTerm);
      } else if (glossaryTerm) glossaryTerm.definition += (glossaryTerm.definition ? '' : '') + t;
      else unplaced.push({ text: t, reason: '名词解释中无法识别的行', source: src(l.line) });
      section?.paragraphs.push({ text: t, source: src(l.line), claims: [] });
      i++;
      continue;
    }
    const heading = !hasTab ? headingOf(t) : undefined;
    if (heading) {
      newSection(heading.text, heading.number, l.line);
      i++;
      continue;
    }
    if (!section) {
      if (part === undefined && doc.sections.length === 0) {
        // Cover and front matter: title lines already read into meta.
        i++;
        continue;
      }
      newSection(part ?? '', undefined, l.line);
    }
    section!.paragraphs.push({ text: t, source: src(l.line), claims: [] });
    if (hasTab) unplaced.push({ text: t, reason: '说明文字中出现了表格行', source: src(l.line) });
    i++;
  }

  doc.meta.profile = detectProfile(doc.tables.map((t) => t.kind), meta.kind).id;
  for (const s of doc.sections) for (const p of s.paragraphs) p.claims = extractClaims(p.text, p.source, meta);
  return doc;
}

/** "标题……\t3" → title and page, read from the last tab (a regular expression here is quadratic on long leader runs). */
function tocEntry(text: string): { title: string; page: number } | undefined {
  const tab = text.lastIndexOf('\t');
  const page = tab >= 0 ? /^\s*(\d+)$/.exec(text.slice(tab + 1)) : null;
  if (!page) return undefined;
  let end = tab;
  while (end > 0 && /[.…·\s]/.test(text[end - 1])) end--;
  return { title: text.slice(0, end).trim(), page: Number(page[1]) };
}

function headingOf(t: string): { number: string; text: string } | undefined {
  if (t.length > 40 || /[。；;]/.test(t)) return undefined;
  for (const re of [SECTION_HEADING, SUB_HEADING, NUM_HEADING]) {
    const m = re.exec(t);
    if (m && !/\d+(\.\d+)?\s*(万元|元)/.test(m[2])) return { number: re === SUB_HEADING ? `（${m[1]}）` : m[1], text: m[2].replace(/[：:]$/, '').trim() };
  }
  return undefined;
}

function readMeta(lines: RawLine[], draft: boolean, src: SourceOf): DocumentMeta {
  const head = lines.slice(0, 40).map((l) => l.text.trim()).filter((t) => t !== '');
  // The document title: a year with 部门/单位 预算/决算 (a part heading such as "第二部分 …报表" is not it).
  const isTitle = (t: string) => /\d{4}\s*年度?.{0,10}(预算|决算)/.test(t) && !/\t/.test(t) && !PART_HEADING.test(t);
  const preferred = head.findIndex((t) => isTitle(t) && /(部门|单位)(预算|决算)(公开)?$/.test(t));
  const titleIdx = preferred >= 0 ? preferred : head.findIndex(isTitle);
  const title = titleIdx >= 0 ? head[titleIdx] : head[0];
  let department = lines.map((l) => metaLine(l.text)?.department).find((d) => d !== undefined);
  if (!department && titleIdx > 0) department = head[titleIdx - 1];
  if (!department && title) department = /^(.*?)\d{4}/.exec(title)?.[1]?.trim() || undefined;
  const year = Number(/(\d{4})\s*年/.exec(title ?? '')?.[1]) || undefined;
  const kind = /决算/.test(title ?? '') ? '决算' : '预算';
  const scope = /单位(预算|决算)/.test(title ?? '') ? '单位' : '部门';
  const unitCounts = { 元: 0, 万元: 0, 亿元: 0 } as Record<'元' | '万元' | '亿元', number>;
  for (const l of lines) {
    const u = metaLine(l.text)?.unit;
    if (u) unitCounts[u]++;
  }
  const unit = (Object.entries(unitCounts).sort((a, b) => b[1] - a[1])[0]?.[1] ? Object.entries(unitCounts).sort((a, b) => b[1] - a[1])[0][0] : '万元') as '元' | '万元';
  return {
    title: (department && title && !title.includes(department) ? `${department} ${title}` : (title ?? department)) || undefined,
    department,
    year,
    kind,
    scope,
    adminLevel: adminLevelOf(department),
    unit,
    profile: '',
    draft,
    source: src(lines[0]?.line ?? 1),
  };
}

export function adminLevelOf(name?: string): DocumentMeta['adminLevel'] {
  if (!name) return undefined;
  if (/^(中共)?(北京|上海|天津|重庆)市(?!.{0,6}[区县])/.test(name)) return 'province';
  if (/(街道|镇|乡)/.test(name)) return 'township';
  if (/(县|旗|区)/.test(name.replace(/自治区|地区/g, ''))) return 'county';
  if (/市|地区|自治州|盟/.test(name)) return 'city';
  if (/省|自治区/.test(name)) return 'province';
  return undefined;
}
