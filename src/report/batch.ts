import { basename, extname } from 'node:path';
import type { BatchRow } from '../cli/batch-job.js';
import { stripControl } from '../model/control.js';
import { esc } from './html.js';
import { toolVersion } from './version.js';
import { SEVERITY_NAMES } from './summary.js';
import { placeOf } from './review.js';

export const BATCH_SCHEMA_VERSION = '2.0.0';

/** Plain-text summary table of a batch. */
export function batchText(rows: readonly BatchRow[]): string {
  const out = ['文件\t格式\t表格\t错误\t警告\t提示\t说明'];
  for (const r of rows)
    out.push(r.status === 'ok' ? `${r.file}\t${r.profile}\t${r.tables}\t${r.errors}\t${r.warnings}\t${r.infos}\t${department(r)} ${r.year ?? ''}${r.kind ?? ''}` : `${r.file}\t-\t-\t-\t-\t-\t无法读取：${r.message}`);
  out.push('');
  out.push(totalsLine(rows));
  const joined = pairedLines(rows);
  if (joined.length) out.push('', '自动合并检查的文件（说明在前，报表在后；每个问题仍标明所在文件和页码）：', ...joined.map((l) => `  ${l}`));
  return out.join('\n');
}

/** One line per disclosure checked from several files: which files, and why they were put together. */
export function pairedLines(rows: readonly BatchRow[]): string[] {
  return rows.filter((r) => r.parts).map((r) => `${r.parts!.join(' ＋ ')}：${r.pairedBecause ?? '合为一份公开文件检查'}`);
}

const department = (r: BatchRow) => r.department?.trim() || '（未识别部门）';

function totalsLine(rows: readonly BatchRow[]): string {
  const ok = rows.filter((r) => r.status === 'ok');
  const sum = (k: 'errors' | 'warnings' | 'infos') => ok.reduce((s, r) => s + (r[k] ?? 0), 0);
  const pairs = rows.filter((r) => r.parts).length;
  const joined = pairs ? `（其中 ${pairs} 份由说明和报表两个文件合并检查）` : '';
  return `共 ${rows.length} 份${joined}：可读 ${ok.length} 份，无法读取 ${rows.length - ok.length} 份；错误 ${sum('errors')} 个，警告 ${sum('warnings')} 个，提示 ${sum('infos')} 个。`;
}

/** One JSON document with every file's row and every finding (see docs/json-output.md). */
export function batchJson(rows: readonly BatchRow[]): string {
  const documents = rows.map(({ review: _r, ...row }) => row);
  const ok = rows.filter((r) => r.status === 'ok');
  const sum = (k: 'errors' | 'warnings' | 'infos') => ok.reduce((s, r) => s + (r[k] ?? 0), 0);
  const files = rows.reduce((n, r) => n + (r.parts?.length ?? 1), 0);
  const paired = rows.filter((r) => r.parts).map((r) => ({ files: r.parts, reason: r.pairedBecause }));
  const summary = { files, documents: rows.length, readable: ok.length, unreadable: rows.length - ok.length, errors: sum('errors'), warnings: sum('warnings'), infos: sum('infos'), paired };
  return JSON.stringify({ schemaVersion: BATCH_SCHEMA_VERSION, tool: { name: 'gongkai', version: toolVersion() }, summary, documents }, null, 2);
}

/** A file name for the report of the `i`-th file next to an index `indexStem`: no path, no characters a system refuses. */
export function reportFileName(indexStem: string, i: number, file: string): string {
  const stem = basename(file, extname(file))
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .slice(0, 80);
  return `${indexStem}-${String(i + 1).padStart(3, '0')}-${stem}.html`;
}

const INDEX_CSS = `body{font-family:"Noto Serif SC","Noto Serif CJK SC","SimSun",serif;margin:0 auto;padding:1.5em 2em;max-width:1280px;color:#222;line-height:1.5}
h1{font-size:1.5em}table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left;overflow-wrap:anywhere;word-break:break-word}
th{background:#f3f3f3}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;width:4.5em}
.bad{color:#b00020}@media print{body{padding:0;max-width:none}tr{break-inside:avoid}}`;

/** The batch index page: one row per file, linking the file's own review report (`links[i]`, relative). */
export function batchHtmlIndex(rows: readonly BatchRow[], links: readonly (string | undefined)[], date = new Date()): string {
  const body = rows
    .map((r, i) => {
      const name = r.parts ? r.parts.map(esc).join('<br>＋ ') : esc(r.file);
      const file = links[i] ? `<a href="${esc(encodeURI(links[i]!))}">${name}</a>` : name;
      if (r.status !== 'ok') return `<tr><td>${file}</td><td colspan="7" class="bad">无法读取：${esc(r.message)}</td></tr>`;
      return `<tr><td>${file}</td><td>${esc(department(r))}</td><td class="num">${esc(r.year)}</td><td>${esc(r.kind)}</td><td>${esc(r.profile)}</td><td class="num">${r.errors}</td><td class="num">${r.warnings}</td><td class="num">${r.infos}</td></tr>`;
    })
    .join('\n');
  const d = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>批量审核汇总</title><style>${INDEX_CSS}</style></head><body>
<h1>批量审核汇总</h1><p>${esc(totalsLine(rows))}　审核日期 ${d}，gongkai ${esc(toolVersion())}</p>
<table><colgroup><col style="width:30%"><col style="width:22%"><col style="width:5em"><col style="width:7em"><col><col style="width:4.5em"><col style="width:4.5em"><col style="width:4.5em"></colgroup>
<thead><tr><th>文件</th><th>部门</th><th class="num">年度</th><th>类型</th><th>格式</th><th class="num">错误</th><th class="num">警告</th><th class="num">提示</th></tr></thead><tbody>
${body}</tbody></table><p>点击文件名查看该文件的审核意见。</p>${pairedHtml(rows)}</body></html>`;
}

function pairedHtml(rows: readonly BatchRow[]): string {
  const lines = pairedLines(rows);
  return lines.length ? `<h2>自动合并检查的文件</h2><p>说明在前，报表在后；每个问题仍标明所在文件和页码。</p><ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : '';
}

/** Control characters are not allowed in XML (a file name carrying one would corrupt the workbook). */
const xmlSafe = (v: unknown) => (typeof v === 'string' ? stripControl(v) : v);

/** A workbook a 预算股 can sort and filter: a summary sheet (one row per file) and a findings sheet (one row per finding). */
export async function batchXlsx(rows: readonly BatchRow[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const sum = wb.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  sum.columns = [
    { header: '文件', key: 'file', width: 48 },
    { header: '部门', key: 'department', width: 28 },
    { header: '年度', key: 'year', width: 8 },
    { header: '类型', key: 'kind', width: 10 },
    { header: '格式', key: 'profile', width: 16 },
    { header: '状态', key: 'status', width: 10 },
    { header: '读出的表', key: 'tables', width: 10 },
    { header: '绩效目标表', key: 'forms', width: 10 },
    { header: '错误', key: 'errors', width: 8 },
    { header: '警告', key: 'warnings', width: 8 },
    { header: '提示', key: 'infos', width: 8 },
    { header: '说明', key: 'message', width: 40 },
    { header: '合并检查的文件', key: 'pairedFiles', width: 60 },
  ];
  for (const r of rows) {
    const ok = r.status === 'ok';
    sum.addRow(
      Object.fromEntries(
        Object.entries({ ...r, department: ok ? department(r) : r.department, status: ok ? '已检查' : '无法读取', findings: undefined, review: undefined, rules: undefined, parts: undefined, pairedFiles: r.parts?.join(' ＋ '), message: r.message ?? r.pairedBecause }).map(([k, v]) => [k, xmlSafe(v)]),
      ),
    );
  }
  const found = wb.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  found.columns = [
    { header: '文件', key: 'file', width: 36 },
    { header: '严重程度', key: 'severity', width: 9 },
    { header: '规则', key: 'title', width: 28 },
    { header: '规则编号', key: 'ruleId', width: 28 },
    { header: '问题', key: 'message', width: 60 },
    { header: '位置', key: 'place', width: 40 },
    { header: '应为', key: 'expected', width: 16 },
    { header: '实为', key: 'actual', width: 16 },
    { header: '差额', key: 'difference', width: 14 },
    { header: '建议', key: 'suggestion', width: 50 },
  ];
  for (const r of rows)
    for (const f of r.findings ?? [])
      found.addRow(
        Object.fromEntries(
          Object.entries({ file: f.locations.find((l) => l.file)?.file ?? r.file, severity: SEVERITY_NAMES[f.severity], title: f.title, ruleId: f.ruleId, message: f.message, place: f.locations.map((l) => placeOf(l)).filter(Boolean).join('；'), expected: f.expected, actual: f.actual, difference: f.difference, suggestion: f.suggestion }).map(([k, v]) => [k, xmlSafe(v)]),
        ),
      );
  for (const ws of [sum, found]) {
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };
  }
  found.getColumn('message').alignment = { wrapText: true, vertical: 'top' };
  found.getColumn('suggestion').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
