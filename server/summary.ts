import type { BudgetDocument, Table } from '../src/model/document.js';
import { formatIn } from '../src/money/index.js';
import { SOURCE_NAMES, SOURCES } from '../src/facts/index.js';
import type { DownloadFormat } from './engine.js';

export interface Amounted {
  code?: string;
  key?: string;
  name: string;
  amount: string;
}

/** What the portal charts and sums: read off the derived tables (表二 收入总表, 表三 支出总表). Amounts in 元. */
export interface PublicationSummary {
  unit: string;
  total: string;
  basic: string;
  project: string;
  byClass: Amounted[];
  bySource: Amounted[];
}

const yuanOf = (t: Table, row: Table['rows'][number], key: string): string => {
  const v = row.cells[key]?.value;
  return v ? formatIn(v, '元', 2) : '0.00';
};

export function summarize(doc: BudgetDocument): PublicationSummary {
  const expense = doc.tables.find((t) => t.kind === 'expense-summary');
  const income = doc.tables.find((t) => t.kind === 'income-summary');
  const totalRow = expense?.rows.find((r) => r.role === 'total');
  const incomeTotal = income?.rows.find((r) => r.role === 'total');
  return {
    unit: '元',
    total: expense && totalRow ? yuanOf(expense, totalRow, 'total') : '0.00',
    basic: expense && totalRow ? yuanOf(expense, totalRow, 'basic') : '0.00',
    project: expense && totalRow ? yuanOf(expense, totalRow, 'project') : '0.00',
    byClass: expense ? expense.rows.filter((r) => r.level === '类').map((r) => ({ code: r.code, name: r.name, amount: yuanOf(expense, r, 'total') })) : [],
    bySource:
      income && incomeTotal
        ? [...SOURCES, 'carryover' as const].map((k) => ({ key: k, name: k === 'carryover' ? '上年结转' : SOURCE_NAMES[k], amount: yuanOf(income, incomeTotal, k) })).filter((s) => s.amount !== '0.00')
        : [],
  };
}

/** Add 元 amounts exactly (as 分). */
export function addYuan(a: string, b: string): string {
  const fen = (s: string) => BigInt(s.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1'));
  const t = fen(a) + fen(b);
  const abs = t < 0n ? -t : t;
  return `${t < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Every table cell as CSV rows: 表号, 表名, 单位, 编码, 项目, 栏目, 金额. */
export function tablesCsv(doc: BudgetDocument): string {
  const q = (s: string | undefined) => {
    const v = s ?? '';
    // Quote, and defuse spreadsheet formulas (=, +, -, @ at the start).
    return `"${(/^[=+\-@]/.test(v) && !/^-?\d/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`;
  };
  const lines = ['表号,表名,单位,编码,项目,栏目,金额'];
  for (const t of doc.tables) {
    for (const r of t.rows) {
      for (const col of t.columns) {
        const cell = r.cells[col.key];
        if (!cell?.value) continue;
        lines.push([t.number, t.title, t.unit, r.code, r.name, col.label, formatIn(cell.value, t.unit, Math.max(cell.value.decimals, t.unit === '元' ? 0 : 2))].map(q).join(','));
      }
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const PUBLIC_FORMATS: (DownloadFormat | 'json' | 'csv')[] = ['pdf', 'xlsx', 'docx', 'html', 'json', 'csv'];
