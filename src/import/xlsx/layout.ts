/** Line conventions shared by the XLSX and HTML/DOCX importers: what the text importer expects to see. */

/** "表一", "预算公开表1", "附表3" standing on their own line above a title. */
export const NUMBER_LINE = /^(预算公开)?表\s*[一二三四五六七八九十\d]+$|^附表\s*\d+$/;
/** "单位：万元" (also "金额单位：万元", "单位:元"). */
export const UNIT = /^(金额)?单位[:：]\s*(亿元|万元|元)\s*$/;
/** "编制部门：XX局", "预算单位：", "部门名称：XX". */
export const DEPT = /^(编制|预算|填报)?(主管)?(部门|单位)(名称)?[:：]\s*(.*)$/;
export const NOTE = /^(注|说明)\d*[:：]/;

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Join pieces of one cell or paragraph: nothing between Chinese characters, a space elsewhere; no tabs. */
export function joinPieces(pieces: string[]): string {
  return pieces
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .reduce((acc, p) => (acc === '' ? p : CJK_END.test(acc) && CJK_START.test(p) ? acc + p : `${acc} ${p}`), '')
    .replace(/\t/g, ' ');
}

/** Join the lines of a cell broken with Alt+Enter. */
export function joinBroken(text: string): string {
  return joinPieces(text.split(/\r?\n/));
}

/** Split long text on its own line breaks and before numbered items that follow a sentence end. */
export function splitNarrative(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((p) => p.split(/(?<=[。；;！？])\s*(?=[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.、．](?!\d))/))
    .map((p) => p.trim()) // JS trim covers \s and U+3000, in linear time
    .filter((p) => p !== '');
}

/**
 * The lines the text importer expects for a table's department / unit cells: "部门名称：X" (or 单位名称)
 * and "单位：万元". Undefined when the texts are not all such cells.
 */
export function metaLines(texts: string[]): { dept?: string; unit?: '元' | '万元' | '亿元'; other: string[] } | undefined {
  const unitIdx = texts.findIndex((t) => UNIT.test(t.trim()));
  const rest = texts.filter((_, k) => k !== unitIdx).join('').trim();
  const dept = DEPT.exec(rest);
  if (unitIdx < 0 && !dept) return undefined;
  return {
    ...(dept ? { dept: `${/单位/.test(dept[3]) ? '单位' : '部门'}名称：${dept[5].trim()}` } : {}),
    ...(unitIdx >= 0 ? { unit: UNIT.exec(texts[unitIdx].trim())![2] as '元' } : {}),
    other: !dept && rest !== '' ? [rest] : [],
  };
}
