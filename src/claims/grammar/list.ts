import { parseAmount } from '../../money/index.js';
import type { SentenceState } from '../state.js';
import { cleanSubject } from '../subjects.js';

/**
 * An enumeration of what an amount consists of, without amounts: "人员经费315.61万元，主要包括：基本工资、
 * 津贴补贴、奖金等". The list rule compares it with the economic classification table.
 */
export function readLists(st: SentenceState): void {
  for (const part of st.r.text.split('；')) {
    if (!part.includes('主要')) continue; // what the pattern below needs (it is slow to fail on long text)
    const m = /([^，；。：]{0,20}?)(\d[\d,]*(?:\.\d+)?(?:万元|元))?[，]?主要(?:包括|用于|有)[：]([^；。]+)/.exec(part);
    if (!m || /\d(?:亿元|万元|元)/.test(m[3])) continue;
    const body = m[3].trim();
    const open = /等$/.test(body);
    const items = body
      .replace(/等$/, '')
      .split(/[、，]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length < 2) continue;
    const at = st.r.text.indexOf(m[0]);
    const p = m[2] ? parseAmount(m[2]) : undefined;
    st.out.push({ type: 'list', text: m[0], source: st.at(at, at + m[0].length), subject: cleanSubject(m[1], st.department), items, open, ...(p?.kind === 'amount' ? { value: p.money } : {}) });
  }
}
