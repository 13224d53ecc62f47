import type { BatchRow } from '../cli/batch-job.js';
import { stripControl } from '../model/control.js';

/** Plain-text summary table of a batch. */
export function batchText(rows: readonly BatchRow[]): string {
  const out = ['文件\t格式\t表格\t错误\t警告\t提示\t说明'];
  for (const r of rows)
    out.push(r.status === 'ok' ? `${r.file}\t${r.profile}\t${r.tables}\t${r.errors}\t${r.warnings}\t${r.infos}\t${r.department ?? ''} ${r.year ?? ''}${r.kind ?? ''}` : `${r.file}\t-\t-\t-\t-\t-\t无法读取：${r.message}`);
  const ok = rows.filter((r) => r.status === 'ok');
  out.push('');
  out.push(`共 ${rows.length} 份：可读 ${ok.length} 份，无法读取 ${rows.length - ok.length} 份；错误 ${ok.reduce((s, r) => s + (r.errors ?? 0), 0)} 个，警告 ${ok.reduce((s, r) => s + (r.warnings ?? 0), 0)} 个。`);
  return out.join('\n');
}

export function batchJson(rows: readonly BatchRow[]): string {
  return JSON.stringify({ schemaVersion: '1.0.0', documents: rows }, null, 2);
}

/** Control characters are not allowed in XML (a file name carrying one would corrupt the workbook). */
const xmlSafe = (v: unknown) => (typeof v === 'string' ? stripControl(v) : v);

/** A workbook a 预算股 can sort and filter: one row per document, one column per rule. */
export async function batchXlsx(rows: readonly BatchRow[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('检查汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  const ruleIds = [...new Set(rows.flatMap((r) => Object.keys(r.rules ?? {})))].sort();
  ws.columns = [
    { header: '文件', key: 'file', width: 48 },
    { header: '部门', key: 'department', width: 28 },
    { header: '年度', key: 'year', width: 8 },
    { header: '类型', key: 'kind', width: 10 },
    { header: '格式', key: 'profile', width: 16 },
    { header: '状态', key: 'status', width: 10 },
    { header: '表格数', key: 'tables', width: 8 },
    { header: '错误', key: 'errors', width: 8 },
    { header: '警告', key: 'warnings', width: 8 },
    { header: '提示', key: 'infos', width: 8 },
    { header: '说明', key: 'message', width: 40 },
    ...ruleIds.map((id) => ({ header: id, key: `r:${id}`, width: 12 })),
  ];
  for (const r of rows) {
    const row: Record<string, unknown> = Object.fromEntries(Object.entries({ ...r, status: r.status === 'ok' ? '已检查' : '无法读取' }).map(([k, v]) => [k, xmlSafe(v)]));
    for (const id of ruleIds) row[`r:${id}`] = r.rules?.[id] ?? 0;
    ws.addRow(row);
  }
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
