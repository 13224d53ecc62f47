import type { Table } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import type { RawLine } from './line.js';

/** A table a 报表目录 declares empty: its label (表9), its title and the reason given. */
interface Declared {
  label: string;
  title: string;
  reason: string;
}

const EMPTY_COLUMN = /^是否(为)?空表$/;

/**
 * Tables that a contents table declares empty (报表 | 报表名称 | 是否空表 | 理由 → "表9 | … | 是 | 不涉及", Xi'an): the
 * only place some documents say so, the table itself being printed with its header alone.
 */
export function declaredEmpty(lines: RawLine[]): Declared[] {
  const out: Declared[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].text.includes('空')) continue; // no 是否空表 column (most lines): not split
    const head = lines[i].text.split('\t').map((c) => c.replace(/\s+/g, ''));
    const at = head.findIndex((c) => EMPTY_COLUMN.test(c));
    if (at < 2) continue;
    for (let j = i + 1; j < lines.length && lines[j].text.includes('\t'); j++) {
      const cells = lines[j].text.split('\t').map((c) => c.trim());
      if (cells[at]?.replace(/\s+/g, '') !== '是') continue;
      out.push({ label: cells[0].replace(/\s+/g, ''), title: cells[1] ?? '', reason: cells[at + 1] ?? '' });
    }
  }
  return out;
}

/** A table read without rows or note that the contents declare empty takes that declaration as its note. */
export function noteDeclaredEmpty(tables: Table[], declared: Declared[]): void {
  const bare = (t: string) => normalizeName(t).replace(/[（(][^（()）]*[）)]$/, '');
  for (const t of tables) {
    if (t.rows.length || t.emptyNote) continue;
    const d = declared.find((x) => (t.number && x.label === t.number.replace(/\s+/g, '')) || (x.title && bare(x.title) === bare(t.title)));
    if (d) t.emptyNote = `目录注明为空表${d.reason ? `：${d.reason}` : ''}`;
  }
}
