import type { BudgetDocument, GlossaryEntry, Section, SourceRef, Unplaced } from '../../model/document.js';
import { normalizeKangxi } from '../../model/names.js';
import { GongkaiError } from '../../model/errors.js';
import { builtinReference, type ReferenceSet } from '../../reference/index.js';
import { chooseProfile } from '../../profiles/profiles.js';
import { topicOfHeading } from '../../profiles/sections.js';
import { tableKindOfTitle } from '../../profiles/table-kinds.js';
import { claimsOnDemand } from '../../claims/extract.js';
import { parseAmount } from '../../money/index.js';
import { fieldOf } from '../forms/form-labels.js';
import { FORM_TITLE, parseFormBlock } from '../forms/forms.js';
import { parseTable, type TableInput } from '../tables/index.js';
import { isTableLabel, type RawLine, type SourceOf, soleCell } from './line.js';
import { PART_HEADING, readMeta } from './meta.js';
import { collectTable, continuation, joinRepeated } from './table-block.js';
import { readToc } from './toc.js';
import { declaredEmpty, noteDeclaredEmpty } from './declared-empty.js';

export interface LineImportOptions {
  file?: string;
  ref?: ReferenceSet;
}

/** A line that is only a draft mark, possibly bracketed: 仅供内部审核, （草稿，仅供内部审核）, 征求意见稿 … */
const WATERMARK = /^[（(【[]?(?:草稿[，,、\s]*)?(仅供内部审核|内部资料|征求意见稿|草稿|送审稿)[)）】\]]?$/;
const SECTION_HEADING = /^([一二三四五六七八九十]+)、\s*(.+)$/;
const SUB_HEADING = /^[（(]([一二三四五六七八九十]+)[)）]\s*(.+)$/;
const NUM_HEADING = /^(\d{1,2})[、.．]\s*(.+)$/;

/**
 * How much text a document may bring to the line reader. The largest real disclosures read as about 4,000 lines
 * (a 262-page PDF) and 160,000 characters; the reader, claims and rules cost about 0.15 ms a line and 6 µs a
 * character of CPU, so a document at these limits is checked in a few seconds. More is not one disclosure (many
 * joined together, a generated table, a runaway paragraph) and is refused before any work, not read for minutes.
 */
export const MAX_LINES = 20_000;
export const MAX_CHARS = 800_000;

function refuseOversized(input: RawLine[], file: string | undefined): void {
  let lines = 0;
  let chars = 0;
  for (const l of input) {
    const text = l.text.trim();
    if (text === '' && !l.cells?.length) continue;
    lines++;
    chars += text.length;
  }
  const where = file ? `文件“${file}”` : '输入文本';
  const advice = '不像一份公开文件，拒绝读取；如是多份文件合在一起，请分开检查';
  if (lines > MAX_LINES) throw new GongkaiError('too-much-text', `${where}有 ${lines} 行文字，超过 ${MAX_LINES} 行的上限（最大的真实公开文件约 4000 行），${advice}`, file);
  if (chars > MAX_CHARS) throw new GongkaiError('too-much-text', `${where}有 ${chars} 个字符的文字，超过 ${MAX_CHARS} 个的上限（最大的真实公开文件约 16 万个），${advice}`, file);
}

/**
 * Build the document model from lines whose table cells are tab-separated (or given as cells). The text
 * importer feeds lines of a file; positioned importers (PDF) feed reconstructed lines that carry page and boxes.
 * This is the one layout-neutral reader every importer ends in.
 */
export function importLines(input: RawLine[], opts: LineImportOptions = {}): BudgetDocument {
  const ref = opts.ref ?? builtinReference();
  const file = opts.file;
  refuseOversized(input, file);
  const byLine = new Map(input.map((l) => [l.line, l]));
  const src: SourceOf = (line, cell) => {
    const l = byLine.get(line);
    const box = cell !== undefined ? (l?.cells?.[cell]?.box ?? l?.cellBoxes?.[cell] ?? l?.box) : l?.box;
    // Built key by key (not spread from optional parts): one is made for every cell of every table.
    const ref: SourceRef = { file: l?.file ?? file, line };
    if (l?.page !== undefined) ref.page = l.page;
    if (box) ref.box = box;
    if (cell !== undefined) ref.cell = cell;
    return ref;
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
  const toc = readToc(lines, src);
  doc.toc = toc.entries;
  let i = toc.end;

  let part: string | undefined;
  let partNumber: string | undefined;
  let section: Section | undefined;
  let pendingNumber: string | undefined;
  let glossaryTerm: GlossaryEntry | undefined;
  const blocks: TableInput[] = [];
  /** The table just read, while nothing but page furniture has followed it (its continuation may come). */
  let lastTable: TableInput | undefined;
  const newSection = (heading: string, number: string | undefined, line: number) => {
    section = { id: `s${doc.sections.length + 1}`, number, heading, topic: topicOfHeading(heading), part, ...(partNumber ? { partNumber } : {}), paragraphs: [], source: src(line) };
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
    if (!hasTab && isTableLabel(t)) {
      pendingNumber = t;
      i++;
      continue;
    }
    // A title printed in the first cell of the table's grid (the grid drawn around the whole page) is a title.
    const sole = hasTab ? soleCell(l) : undefined;
    const kind = (!hasTab || sole) && l.title !== false ? tableKindOfTitle(sole ?? t) : undefined;
    if (kind) {
      if (sole) lines[i] = { ...l, text: sole, cells: undefined };
      const got = collectTable(lines, i, kind, pendingNumber);
      pendingNumber = undefined;
      blocks.push(got.input);
      for (const n of got.notes) unplaced.push({ text: n.text.trim(), reason: '表注（未解析）', source: src(n.line) });
      lastTable = got.input;
      i = got.next;
      continue;
    }
    if (hasTab && lastTable) {
      const more = continuation(lastTable, lines, i);
      if (more) {
        lastTable.rows.push(...more.rows);
        i = more.next;
        continue;
      }
    }
    lastTable = undefined;
    if (!hasTab && FORM_TITLE.test(t)) {
      i++;
      // One title may head several forms: a page of forms, or one form a page whose repeated title was dropped as
      // the running header (Yantai, Xi'an). Each 项目名称 row opens the next project's form.
      do {
        const body: RawLine[] = [];
        let named = false;
        for (; i < lines.length; i++) {
          const x = lines[i].text.trim();
          // A form is its title, a "(2026年度)" line and tab-separated rows; any other Chinese line ends it.
          if (x !== '' && !lines[i].text.includes('\t') && /[\u4e00-\u9fff]/.test(x) && !/^[（(]\d{4}/.test(x)) break;
          if (opensProjectForm(lines[i])) {
            if (named) break;
            named = true;
          }
          body.push(lines[i]);
        }
        doc.forms.push(parseFormBlock(l, body, { src, unplaced }));
      } while (i < lines.length && opensProjectForm(lines[i]));
      continue;
    }
    const pm = PART_HEADING.exec(t);
    if (pm && !hasTab) {
      part = pm[1].replace(/^[:：\s]+/, "").trim();
      partNumber = /^第([一二三四五六七八九十]+)部分/.exec(t)?.[1];
      // A part heading printed over two lines ("第一部分" / "部门概况"): its name is the next line.
      const next = lines[i + 1]?.text.trim() ?? '';
      if (!part && next && next.length <= 30 && !next.includes('\t') && !headingOf(next) && !PART_HEADING.test(next) && !/^[\d\s\-—]+$/.test(next)) {
        part = next;
        i++;
      }
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
      if (part === undefined && doc.sections.length === 0 && !doc.toc.length) {
        // Cover and front matter before the first heading: title lines already read into meta.
        i++;
        continue;
      }
      newSection(part ?? '', undefined, l.line);
    }
    section!.paragraphs.push({ text: t, source: src(l.line), claims: [] });
    if (hasTab) unplaced.push({ text: t, reason: '说明文字中出现了表格行', source: src(l.line) });
    i++;
  }

  for (const b of joinRepeated(blocks, byLine)) {
    const table = parseTable(b, { src, department: meta.department, year: meta.year, ref, unplaced });
    table.id = `t${doc.tables.length + 1}`;
    doc.tables.push(table);
  }
  resolveUnits(doc, blocks, src);
  noteDeclaredEmpty(doc.tables, declaredEmpty(lines));
  for (const s of doc.sections) for (const p of s.paragraphs) claimsOnDemand(p, meta);
  const chosen = chooseProfile(doc);
  doc.meta.profile = chosen.profile.id;
  doc.meta.profileReason = chosen.reason;
  return doc;
}

/** A form's 项目名称 row ("项目名称 | 公车统管费用"): the first row of a project's form. */
function opensProjectForm(l: RawLine): boolean {
  const first = l.text.split('\t').find((c) => c.trim() !== '');
  return first !== undefined && fieldOf(first) === '项目名称';
}

function headingOf(t: string): { number: string; text: string } | undefined {
  if (t.length > 40 || /[。；;]/.test(t)) return undefined;
  for (const re of [SECTION_HEADING, SUB_HEADING, NUM_HEADING]) {
    const m = re.exec(t);
    if (m && !/\d+(\.\d+)?\s*(万元|元)/.test(m[2])) return { number: re === SUB_HEADING ? `（${m[1]}）` : m[1], text: m[2].replace(/[：:]$/, '').trim() };
  }
  return undefined;
}


/**
 * Tables that state no unit take the unit most other tables of the document state (a reader does the same);
 * with none stated anywhere they stay in 元 and say so.
 */
function resolveUnits(doc: BudgetDocument, blocks: TableInput[], src: SourceOf): void {
  const stated = blocks.filter((b) => b.unit);
  const counts = new Map<string, number>();
  for (const b of stated) counts.set(b.unit!, (counts.get(b.unit!) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as BudgetDocument['meta']['unit'] | undefined;
  if (usual) doc.meta.unit = usual;
  doc.tables.forEach((t, k) => {
    if (blocks[k].unit) return;
    if (usual) {
      rescale(t, usual);
      t.unitSource = 'document';
      doc.unplaced.push({ text: t.title, reason: `表格未标明金额单位，按本文件其他表所用的“${usual}”处理`, source: src(blocks[k].titleLine) });
    } else doc.unplaced.push({ text: t.title, reason: '表格未标明金额单位，按“元”处理', source: src(blocks[k].titleLine) });
  });
}

/** Re-read a table's printed amounts in another unit (the printed digits stay what they were). */
function rescale(t: BudgetDocument['tables'][number], unit: BudgetDocument['meta']['unit']): void {
  t.unit = unit;
  for (const r of t.rows)
    for (const c of Object.values(r.cells)) {
      if (!c.value) continue;
      const p = parseAmount(c.raw.replace(/[\s,，]/g, ''), unit);
      c.value = p.kind === 'amount' ? p.money : c.value;
    }
}
