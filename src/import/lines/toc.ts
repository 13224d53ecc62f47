import { normalizeName } from '../../model/names.js';
import type { SourceOf, RawLine } from './line.js';

export interface TocEntry {
  title: string;
  page?: number;
  source: ReturnType<SourceOf>;
}

/** An entry's title without its enumerator or table label, for recognising it in the body. */
const bare = (t: string) => normalizeName(t).replace(/^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[、.．]|(部门)?(预算|决算)?公开\d*表\d*|表[一二三四五六七八九十\d]+)/, '');

const TOC_HEADING = /^目\s*录$/;
/** A page number printed with no space after a title ending in a word or a closing mark (not "公开表1"). */
const GLUED_PAGE = /^(.*[\u4e00-\u9fff”」）)])(?<!表)(\d{1,3})$/;
const PART_ORDINAL = /^第([一二三四五六七八九十]+)部分/;
/** An enumerator that starts an entry: 一、 （一） 1、 第一部分 表一 公开表1. */
const ENUMERATED = /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十]+部分|(部门)?(预算|决算)?公开?表[一二三四五六七八九十\d])/;

/**
 * Is `line` the rest of the entry `prev`, wrapped: `prev` is a numbered item (not a part), `line` a short piece
 * without enumerator that is no table title of its own ("况说明", "总体说明", "算表"; "收支总表" is a title).
 */
function isWrappedTail(prev: string, line: string): boolean {
  const t = line.replace(/\s+/g, '');
  return ENUMERATED.test(prev.trim()) && !PART_ORDINAL.test(prev.trim()) && !ENUMERATED.test(t) && t.length <= 10 && (!/表$/.test(t) || t.length <= 3) && /^[\u4e00-\u9fff]/.test(t);
}
/** "一、收支总表 ……… 8", "收支总表\t8", "第一部分 部门概况 3": an entry with its page number. */
const WITH_PAGE = /^(.*?)[.…·\s]*\t\s*(\d{1,3})$|^(.*?)[.…·]{2,}\s*(\d{1,3})$/;

/**
 * The table of contents: the lines after "目录" up to where the body starts. Entries may carry page numbers or
 * not; without them the contents end where their first entry is printed again (the body starts) or at the first
 * line that reads as prose. Returns the entries and the index of the first line after the contents.
 */
export function readToc(lines: RawLine[], src: SourceOf): { entries: TocEntry[]; end: number } {
  const start = lines.findIndex((l) => TOC_HEADING.test(l.text.trim()));
  if (start < 0 || start > 200) return { entries: [], end: 0 };
  const entries: TocEntry[] = [];
  let i = start + 1;
  for (; i < lines.length && i < start + 120; i++) {
    const l = lines[i];
    const t = l.text.trim();
    // Blank lines and the page's own folio ("-1-", "— 2 —") are not entries.
    if (t === '' || /^[-—–\s]*\d{1,3}[-—–\s]*$/.test(t)) continue;
    const paged = entries.length > 0 && entries.every((e) => e.page !== undefined);
    // In contents with page numbers, one printed right after the title ("…支出表的说明23") is still its page.
    const m = WITH_PAGE.exec(t) ?? (paged ? GLUED_PAGE.exec(t) : null);
    const title = (m ? (m[1] ?? m[3]) : t).replace(/[.…·]+$/, '').replace(/\t/g, ' ').trim();
    const prev = entries[entries.length - 1];
    // An entry wrapped over two lines ("（四）关于…收支预算情况的" / "总体说明"): the tail has no enumerator of its own.
    if (prev && prev.page === undefined && isWrappedTail(prev.title, title)) {
      prev.title += title;
      if (m) prev.page = Number(m[2] ?? m[4]);
      continue;
    }
    // The body starts: an entry printed again, a part printed again ("第一部分" / "部门概况" on the body's first page),
    // a line of prose, or (in contents with page numbers) a line without.
    if (entries.some((e) => bare(e.title) === bare(title))) break;
    const part = PART_ORDINAL.exec(title)?.[1];
    if (part && entries.some((e) => PART_ORDINAL.exec(e.title)?.[1] === part)) break;
    if (!m && (t.length > 40 || /[。；;]$/.test(t) || t.includes('\t'))) break;
    if (!m && entries.length && entries.every((e) => e.page !== undefined)) break;
    // Contents numbered throughout and without page numbers end at the first line without a number: the body's
    // first heading ("上海市审计局（单位）主要职能" after "六、其他相关情况说明").
    if (!m && entries.length >= 3 && entries.every((e) => e.page === undefined && ENUMERATED.test(e.title)) && !ENUMERATED.test(title) && !/^注[:：]/.test(title)) break;
    entries.push({ title, ...(m ? { page: Number(m[2] ?? m[4]) } : {}), source: src(l.line) });
  }
  return { entries, end: i };
}
