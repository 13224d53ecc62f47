import type { BudgetDocument } from '../model/document.js';
import type { Finding, Location, Severity } from '../rules/engine/types.js';
import { CATEGORY_NAMES } from '../rules/engine/types.js';
import { SEVERITY_NAMES, summarize } from './summary.js';

/**
 * "第3页，第87行" for text and PDF; "部门支出总表!F9" for workbooks, whose sources name sheet and cell. With
 * `withFile` (a disclosure checked as several files) the file is named first: "报表.pdf 第3页".
 */
export function position(l: Pick<Location, 'file' | 'page' | 'line'>, withFile = false): string {
  const cell = l.file?.includes('#') ? l.file.slice(l.file.indexOf('#') + 1) : undefined;
  if (cell) return cell;
  const file = withFile && l.file ? (l.file.split(/[\\/]/).pop() ?? '') : '';
  const at = [l.page !== undefined ? `第${l.page}页` : '', l.line !== undefined ? `第${l.line}行` : ''].filter(Boolean).join('，');
  return [file, at].filter(Boolean).join(' ');
}

/** Do the findings point into more than one file (`check --parts`)? Then every place names its file. */
export function severalFiles(findings: readonly Finding[]): boolean {
  return new Set(findings.flatMap((f) => f.locations.map((l) => l.file?.split('#')[0]).filter(Boolean))).size > 1;
}

/** "第3页" once, not "第3页（第3页）": a label that already is (or starts) the position is not repeated. */
export function placeOf(l: Location, withFile = false): string {
  const pos = position(l, withFile);
  const label = l.label.trim();
  if (!label) return pos;
  if (!pos || label === pos || pos.startsWith(label)) return pos || label;
  return `${label}（${pos}）`;
}

const where = placeOf;

/** Human report grouped by severity: rule id, locations, expected/actual/difference, suggestion. */
export function textReport(doc: BudgetDocument, findings: readonly Finding[], opts: { color?: boolean } = {}): string {
  const c = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const colour: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
  const out: string[] = [];
  const files = severalFiles(findings);
  const m = doc.meta;
  out.push(`${m.title ?? m.department ?? '（未命名文件）'}`);
  out.push(`格式：${m.profile}　${m.year ?? ''}年${m.scope}${m.kind}　识别表格 ${doc.tables.length} 张，说明 ${doc.sections.length} 节，绩效目标表 ${doc.forms.length} 张${m.draft ? '　（草稿：仅供内部审核）' : ''}`);
  out.push('');
  for (const sev of ['error', 'warning', 'info'] as Severity[]) {
    const list = findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    out.push(c(colour[sev], `■ ${SEVERITY_NAMES[sev]}（${list.length}）`));
    list.forEach((f, i) => {
      out.push(`${i + 1}. [${f.ruleId}] ${f.message}`);
      out.push(`   类别：${CATEGORY_NAMES[f.category]}；位置：${f.locations.map((l) => where(l, files)).join('；')}`);
      const nums = [f.expected !== undefined ? `应为 ${f.expected}` : '', f.actual !== undefined ? `实为 ${f.actual}` : '', f.difference ? `差额 ${f.difference}` : ''].filter(Boolean);
      if (nums.length) out.push(`   ${nums.join('，')}`);
      const excerpt = f.locations.find((l) => l.excerpt)?.excerpt;
      if (excerpt) out.push(`   原文：${excerpt.length > 80 ? excerpt.slice(0, 80) + '…' : excerpt}`);
      if (f.suggestion) out.push(`   建议：${f.suggestion}`);
    });
    out.push('');
  }
  const s = summarize(findings);
  out.push(findings.length ? `共 ${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 个提示。` : '未发现问题。');
  return out.join('\n');
}
