import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { LIMITS, readInputSync } from '../files/index.js';
import { checkOfficeZip } from '../import/xlsx/guard.js';
import { GongkaiError } from '../model/errors.js';
import { FactsError, type FactsIssue } from '../facts/load.js';
import { chineseError, formatPath } from '../facts/messages.js';
import { FactsObject, FactsSchema, type Facts } from '../facts/schema.js';
import { oddTexts } from '../facts/text-issues.js';
import { expenditureInto, incomeInto, kvInto, rowObjects, unitsInto, type Ctx } from './assemble.js';
import { equipmentInto, namesInto, overallInto, projectsInto, threePublicAndProcurement } from './assemble-more.js';
import { Locator, readSheet, sheetWhere, type ReadSheet } from './read.js';
import { ALL_SHEETS } from './spec-more.js';

/** Sheets a workbook must have; the others may be deleted when the department has nothing to put in them. */
const REQUIRED_SHEETS = ['单位信息', '支出明细', '说明文字'];

async function load(input: Buffer | Uint8Array | string, where: string): Promise<ExcelJS.Workbook> {
  const buf = typeof input === 'string' ? readInputSync(input, { what: '工作簿', limit: LIMITS.office }).bytes : Buffer.from(input);
  const corrupt = (why: string) => new FactsError([{ path: '（整个文件）', message: `无法打开：${why}。请用 Excel 或 WPS 另存为“Excel 工作簿（*.xlsx）”后再导入` }], where);
  if (buf.length < 4 || buf[0] !== 0x50 || buf[1] !== 0x4b) throw corrupt(buf.subarray(0, 8).toString('latin1').startsWith('\xd0\xcf\x11\xe0') ? '这是旧版 .xls 格式或加密的文件，不是 .xlsx 工作簿' : '文件已损坏或不是 .xlsx 工作簿');
  try {
    // The same zip checks as `check`: no bombs, no encrypted parts, bounded cells, before ExcelJS unpacks it.
    checkOfficeZip(buf, 'xlsx', where);
  } catch (e) {
    if (e instanceof GongkaiError && e.code === 'corrupt-zip') throw corrupt(`文件已损坏或不是 .xlsx 工作簿（${e.message.replace(where, '')}）`);
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw corrupt(`文件已损坏或不是 .xlsx 工作簿（${(e as Error).message.split('\n')[0].slice(0, 80)}）`);
  }
  return wb;
}

/** A zod issue's message with the field named: "缺少部门职责（必填）", "金额：…". */
function issueMessage(message: string, label: string | undefined): string {
  if (!label) return message;
  if (message === '缺少必填项' || message.endsWith('实际是空缺')) return `缺少${label}（必填）`;
  // Generic schema messages ("应为…", "不能为空") get the field's name; the facts checks' own messages say it.
  return /^(应为|不能|格式不正确|至少|最多|有未知的字段|“)/.test(message) ? `${label}：${message}` : message;
}

/**
 * Read a filled fill-in workbook (see writeTemplate) into validated facts. Every problem is collected — cell
 * values that cannot be read, missing columns or sheets, and the facts checks (sums, names) — and thrown
 * together as one FactsError, each with its sheet, row and column, in Chinese.
 */
export async function importWorkbook(input: Buffer | Uint8Array | string, opts: { file?: string } = {}): Promise<Facts> {
  const file = opts.file ?? (typeof input === 'string' ? basename(input) : undefined);
  const where = file ? `工作簿“${file}”` : '工作簿';
  const wb = await load(input, where);
  const issues: FactsIssue[] = [];
  const sheets: Record<string, ReadSheet | undefined> = {};
  for (const spec of ALL_SHEETS) {
    const ws = wb.getWorksheet(spec.name);
    if (!ws) {
      if (REQUIRED_SHEETS.includes(spec.name)) issues.push({ path: sheetWhere(spec.name), message: `缺少「${spec.name}」工作表（请使用 gongkai 生成的录入模板，不要改工作表名称）` });
      continue;
    }
    sheets[spec.name] = readSheet(ws, spec, issues);
  }
  const c: Ctx = { input: {}, loc: new Locator(), issues, sheets };
  for (const s of ['单位信息', '资产', '上年数', '说明文字']) kvInto(c, s);
  unitsInto(c);
  incomeInto(c);
  expenditureInto(c);
  const econ = sheets['基本支出经济分类'];
  c.loc.set(['basicEconomic'], sheetWhere('基本支出经济分类'));
  if (econ) c.input.basicEconomic = rowObjects(c, '基本支出经济分类', econ.rows, ['basicEconomic']);
  threePublicAndProcurement(c);
  equipmentInto(c);
  projectsInto(c);
  overallInto(c);
  namesInto(c);

  for (const t of oddTexts(c.input)) issues.push({ path: c.loc.find(t.path)?.where ?? formatPath(t.path), message: t.message });
  // Sums and cross-references are only checked once every cell could be read: with a value missing they
  // would report differences that are not there.
  const r = (issues.length ? FactsObject : FactsSchema).safeParse(c.input, { error: chineseError });
  const failed = new Set(issues.map((i) => i.path));
  if (!r.success)
    for (const i of r.error.issues) {
      const at = c.loc.find(i.path);
      const path = at?.where ?? formatPath(i.path);
      if (failed.has(path)) continue;
      const message = issueMessage(i.message, at?.label);
      if (!issues.some((x) => x.path === path && x.message === message)) issues.push({ path, message });
    }
  if (issues.length || !r.success) throw new FactsError(issues, where);
  return r.data;
}
