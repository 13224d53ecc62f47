import type { LineRef } from '../model/claims.js';

/**
 * Subject phrases: what a figure is about, as a reader would name it. The text before a figure is cleaned of
 * what carries no subject (enumerators, years, the department's name, "其中", "为"…); a classification path
 * "一般公共服务支出（类）财政事务（款）行政运行（项）" keeps its last name and no level markers.
 */

const ENUMERATOR = /^(?:\(?[一二三四五六七八九十]+[)、.]|\(\d{1,2}\)|\d{1,2}[、.](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]+[条项部分，、])/;

/** Leading words that carry no subject. */
const LEAD =
  /^(?:其中|另外|另|此外|同时|主要包括|包括|主要用于以下方面|主要用于|具体包括|分别为|分别是|按[^，；：]{0,12}分类(?:[^，；：]{0,6}?(?:划分为|为|包括))?|相应安排|相应|安排|共计|合计|总计|共有|共|现有|现保有|保有|完成|因此|所以|从而|以及|主要原因是|主要原因为|原因是|主要支出(?:为|是|有)|主要是|今年|预算中|截至[^，；：]{0,14}(?:日|底|末|月)|截止[^，；：]{0,14}(?:日|底|末|月)|本部门|本单位|本级|我部门|我单位|我局|本局|所属各?预算单位|所属|各单位|拟|已|均|为|是|对|的|[、，：:])+/;

/** Trailing words that carry no subject: "收入预算为", "预算总额", "约". */
const TRAIL = /(?:为|是|达到?|约|共计?|共有|合计为|总计为|达|分别为|均为|各为|的)+$/;

/** An organisation name at the start ("苏州市审计局", "深圳市发展和改革委员会（本级）", "中共上海市普陀区委社会工作部"). */
const ORG = /^(?:(?:中共)?(?:[^，；：、()\d]{1,8}?(?:省|自治区|市|区|县|州|盟|旗))+|国家)[^，；：、()\d]{0,14}(?:局|委员会|总工会|工会|联合会|协会|办公室|办公厅|办|院|中心|部(?!门)|厅|站|所(?!属)|馆|委)(?:\(本级\)|本级)?/;

/** A head that is only an organisation or a filler ("北京市财政局", "本部门"). */
const ORG_ONLY = /^(?:本部门|本单位|我局|本局|我部门)$|(?:局|委员会|办公室|办|院|中心|部|厅|会|委)(?:\(本级\)|本级)?$/;

/** Subjects that name no line: the figure is about the subject of the sentence, item or heading. */
const GENERIC =
  /^(?:\d{4}年)?(?:预算|预算数|预算安排|预算安排数|年初预算数?|全年预算数?|调整预算数?|本年预算|当年预算|支出|支出决算数?|决算数?|执行数|决算支出|本年支出决算数?|金额|资金|预算资金|涉及资金|涉及部门预算资金|涉及预算拨款|预算拨款|涉及金额|涉及项目金额|共计金额|合计金额|项目金额|涉及预算资金|涉及财政性资金|财政性资金|合计|总计|其中|上年|去年|本年|当年|安排|数|总额|规模|实际支出|增加|减少|变化|人数|共计|累计)?$/;

export function isGeneric(s: string): boolean {
  return GENERIC.test(s);
}

/** The code or 类/款/项 path a subject phrase prints, if any. */
export function lineRef(raw: string): LineRef | undefined {
  const s = raw.replace(/[“”"‘’'《》]/g, '');
  const path = [...s.matchAll(/([^()，；：、]+?)\((类|款|项)\)/g)].map((m) => ({
    name: m[1].replace(ENUMERATOR, '').replace(/^\d{3,}-?/, '').replace(/^支出/, ''),
    level: m[2] as '类' | '款' | '项',
  }));
  const code = /(?:^|[^\d])(\d{3}(?:\d{2}){0,2})(?:-|\)|(?=[\u4e00-\u9fff])|$)/.exec(s.replace(/\d{4}年/g, ''))?.[1];
  const ref: LineRef = {};
  if (path.length && path.every((p) => p.name)) ref.path = path;
  if (code) ref.code = code;
  return ref.path || ref.code ? ref : undefined;
}

/** "行政运行（项）支出": the 支出 after a 款/项 name is a filler; a 类 name without 支出 takes it ("一般公共服务（类）支出"). */
function trailing(name: string, marker: string, after: string): string {
  if (!after.startsWith('支出')) return after;
  return /支出$/.test(name) || !marker.includes('类') ? after.slice(2) : after;
}

/** Last name of a classification path, without level markers: "…（款）行政运行（项）" → 行政运行. */
function pathName(s: string): string {
  const levels = [...s.matchAll(/\((?:类|款|项)\)/g)];
  if (!levels.length) return s;
  const last = levels[levels.length - 1];
  const prev = levels[levels.length - 2];
  const name = prev ? s.slice(prev.index + prev[0].length, last.index) : s.slice(0, last.index);
  return name + trailing(name, last[0], s.slice(last.index + last[0].length));
}

export function cleanSubject(raw: string, department?: string): string {
  let s = pathName(raw.replace(/[“”"‘’'《》「」]/g, '')).replace(/\((?:类|款|项)\)/g, '').replace(/支出支出/g, '支出');
  for (let k = 0; k < 6; k++) {
    const before = s;
    s = s.replace(ENUMERATOR, '');
    // A code glued to its name: "2080505-机关事业单位…", "(2010605)" after it, "2014099 其他…".
    s = s.replace(/^\d{3,}-?(?![\d年月日])/, '').replace(/\(\d{3,}\)$/, '');
    // Everything up to the last year ("2026年度", "2025年12月31日") is a time phrase, not the subject.
    const year = [...s.matchAll(/(?<!\()\d{4}年(?:度|底|末|初)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?(?:的)?/g)].pop();
    if (year && year.index + year[0].length < s.length) {
      // "公务用车购置费2026年预算数": the subject stands before the year, only a period word after it.
      const after = s.slice(year.index + year[0].length);
      const head = s.slice(0, year.index);
      s = isGeneric(after.replace(TRAIL, '')) && head && !ORG_ONLY.test(head) ? head : after;
    }
    // "长春市信访局（本级）系统机关运行经费": the level and 系统 after the department's name belong to it.
    if (department && s.startsWith(department)) s = s.slice(department.length).replace(/^(?:\(本级\)|本级)(?:系统)?/, '');
    const org = ORG.exec(s);
    if (org && org[0].length < s.length) s = s.slice(org[0].length);
    s = s.replace(LEAD, '').replace(TRAIL, '').replace(/科目$/, '');
    if (s === before) break;
  }
  // Chongqing's "一般公共预算财政拨款运行经费" is the 机关运行经费 line.
  s = s.replace(/^(?:一般公共预算)?(?:财政拨款)?运行经费$/, '机关运行经费');
  return coreItem(s);
}

/** Items a reader names without the words around them: "财政拨款“三公”经费预算" is the 三公经费 line. */
const ITEM =
  /^(?:(?:一般公共预算|财政拨款|拨款|安排|当年|本年|全年|部门|本部门)的?)*(三公经费|机关运行经费|委托业务费|会议费|培训费|公务接待费|因公出国\(境\)费用?|因公出国\(境\)经费|公务用车购置及运行维护费|公务用车购置和运行维护费|公务用车购置及运行费|公务用车运行维护费|公务用车运行费|公务用车购置费)(?:财政拨款)?(?:预算数?|支出|决算数?|总额|总计|合计|安排|金额)*$/;

function coreItem(s: string): string {
  // "公务用车运行及维护支出", "公务用车购置支出": the 三公 items named without 费.
  const t = s.replace(/公务用车运行及维护/, '公务用车运行维护').replace(/^(.*公务用车(?:购置|运行维护|运行))支出$/, '$1费');
  return ITEM.exec(t)?.[1] ?? s;
}

/** "深圳市发展和改革委员会（本级）预算…": a bare 预算 owned by the organisation is its total. */
export function ownedByOrg(raw: string): boolean {
  const s = raw.replace(/^\d{4}年(?:度)?/, '');
  const org = ORG.exec(s);
  return !!org && /^(?:部门)?(?:预算|预算数)(?:为)?$/.test(s.slice(org[0].length));
}

/**
 * "收、支总计" and "收入、支出预算总计" name two lines; "收入总计、支出总计均为" too. Other subjects name one.
 */
export function expandCompound(s: string, both = false): string[] {
  const shared = /^(.*?)(?:收入|收)、(?:支出|支)(.*)$/.exec(s);
  if (shared) return [`${shared[1]}收入${shared[2]}`, `${shared[1]}支出${shared[2]}`];
  const parts = s.split('、');
  if (both && parts.length === 2 && parts.every((p) => p.length >= 4)) {
    // "财政拨款收入总计、支出总计": the second takes the first one's qualifier.
    const head = /^(.+?)收入(.+)$/.exec(parts[0]);
    if (head && parts[1] === `支出${head[2]}`) return [parts[0], head[1] + parts[1]];
    return parts;
  }
  return [s];
}

/** The subject a heading names: "（二）公务接待费" → 公务接待费, "（二）收入预算情况说明（详见表1-3）" → 收入预算. */
export function headingSubject(heading: string, department?: string): string {
  const h = heading
    .replace(/\s+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\(详见[^)]*\)$/, '')
    .replace(/[。：:，]$/, '');
  return withoutAboutWords(cleanSubject(h.replace(/^关于/, ''), department).replace(/^关于/, ''));
}

/** "…结构情况", "…规模变化情况", "…具体使用情况的说明": what a heading or label says about its subject. */
function withoutAboutWords(t: string): string {
  return t.replace(/(?:的)?(?:总体|具体|结构|规模|增减|变化|变动|执行|使用|安排)*(?:情况|原因)?(?:的)?(?:说明|分析)?$/, '').replace(/(?:规模变化|增减变动原因|增减变化|变动|结构)$/, '');
}

/**
 * A figure-less sentence that labels the item the next sentences talk about: "1.因公出国（境）费用。",
 * "3、一般公共服务支出（类）财政事务（款）信息化建设（项）。".
 */
export function itemLabel(sentence: string, department?: string): string | undefined {
  const s = sentence.replace(/[。：]$/, '');
  if (!ENUMERATOR.test(s) && !/\((?:项|款)\)$/.test(s)) return undefined;
  if (s.length > 60 || /[，；]/.test(s)) return undefined;
  // "2.一般公共预算当年拨款结构情况。" labels the 一般公共预算当年拨款.
  const name = /情况$/.test(cleanSubject(s, department)) ? withoutAboutWords(cleanSubject(s, department)) : cleanSubject(s, department);
  return name && !isGeneric(name) ? name : undefined;
}

const orgCore = (s: string) => s.replace(/\s+/g, '').replace(/[（(](?:本级|汇总|据文件名)[）)]|本级$/g, '');

/**
 * A heading that is only the name of another organisation than the document's ("十三、深圳市社会保险基金管理局龙华分局"
 * in a department's budget): its section speaks of a subordinate unit, whose figures are not the department's tables'.
 */
export function namesOtherUnit(heading: string, department?: string): boolean {
  if (!department) return false;
  const dept = orgCore(department);
  const h = orgCore(heading.replace(/[（]/g, '(').replace(/[）]/g, ')').replace(ENUMERATOR, '').replace(/[。：:]$/, ''));
  const org = ORG.exec(h);
  if (!org || org[0].length !== h.length || !ORG.test(dept)) return false;
  // A sub-unit's name often starts with its department's ("…管理局龙华分局"); a shorter form of the department's is the department.
  return !dept.includes(h);
}
