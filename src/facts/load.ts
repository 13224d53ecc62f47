import { parse, YAMLParseError, type Tags } from 'yaml';
import { LIMITS, readInputSync } from '../files/index.js';
import { GongkaiError } from '../model/errors.js';
import { textIssues } from './text-issues.js';
import { chineseError, formatPath, itemHint } from './messages.js';
import { FactsSchema, type Facts } from './schema.js';

export interface FactsIssue {
  /** Path of the offending field, e.g. "projects[2].form.funds". */
  path: string;
  message: string;
}

/** Invalid facts: every problem with the path of its field, in Chinese. */
export class FactsError extends GongkaiError {
  constructor(
    readonly issues: FactsIssue[],
    where = '事实文件',
  ) {
    super('invalid-facts', `${where}有${issues.length}处错误：\n${issues.map((i) => `  - ${i.path}：${i.message}`).join('\n')}`, where);
    this.name = 'FactsError';
  }
}

const FLOAT = 'tag:yaml.org,2002:float';
const INT = 'tag:yaml.org,2002:int';

/**
 * YAML tags that never turn a written number into a float: decimals stay as their text ("6502400.00"), and
 * integers beyond the safe range stay text too, so amounts are read exactly.
 */
function exactNumbers(tags: Tags): Tags {
  return tags.map((t) => {
    if (typeof t !== 'object' || !('tag' in t)) return t;
    if (t.tag === FLOAT) return { ...t, resolve: (s: string) => s } as typeof t;
    if (t.tag === INT && !t.format)
      return { ...t, resolve: (s: string) => (Number.isSafeInteger(Number(s)) ? Number(s) : s) } as typeof t;
    return t;
  }) as Tags;
}

/** Validate already-parsed data (from YAML, JSON or code). Throws FactsError. */
export function parseFacts(input: unknown, where = '事实文件'): Facts {
  const r = FactsSchema.safeParse(input, { error: chineseError });
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: formatPath(i.path) + itemHint(i.path, input), message: i.message }));
  throw new FactsError(issues, where);
}

/** Parse YAML or JSON text (JSON is read as YAML 1.2, so numbers are kept exact in both). */
export function parseFactsText(text: string, file?: string): Facts {
  const where = file ? `事实文件“${file}”` : '事实文件';
  let data: unknown;
  try {
    data = parse(text.replace(/^\uFEFF/, ''), { customTags: exactNumbers, prettyErrors: true });
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const at = e.linePos?.[0];
      throw new FactsError([{ path: at ? `第${at.line}行第${at.col}列` : '（文件）', message: `YAML 语法错误：${e.message.split('\n')[0]}` }], where);
    }
    // The YAML library stops alias bombs and the stack stops absurd nesting; both are the file's fault.
    if (/alias/i.test((e as Error).message)) throw new FactsError([{ path: '（文件）', message: 'YAML 别名（&锚点、*引用）展开后过大，疑似“别名炸弹”，已拒绝读取' }], where);
    if (e instanceof RangeError) throw new FactsError([{ path: '（文件）', message: '嵌套层级过深，不是事实文件的结构，已拒绝读取' }], where);
    throw e;
  }
  const odd = textIssues(data);
  if (odd.length) throw new FactsError(odd, where);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new FactsError([{ path: '（文件顶层）', message: '应为键值表（department、expenditure 等字段）' }], where);
  return parseFacts(data, where);
}

/** Read a facts file (.yaml, .yml or .json) through the input gate. */
export function loadFacts(path: string): Facts {
  const bytes = readInputSync(path, { what: '事实文件', limit: LIMITS.facts }).bytes;
  return parseFactsText(bytes.toString('utf8'), path);
}
