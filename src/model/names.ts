/**
 * Normalise a printed name for comparison: full-width/half-width brackets and punctuation, spaces,
 * Kangxi radicals (U+2F00–U+2FDF, produced by some PDF fonts) and CJK compatibility forms.
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[“”"‘’']/g, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[、，,.。：:；;]+$/g, '');
}

/** Kangxi radicals and CJK radicals supplement to their unified ideographs (NFKC covers U+2F00–2FD5). */
export function normalizeKangxi(s: string): string {
  return s.replace(/[\u2E80-\u2FDF]/g, (c) => c.normalize('NFKC'));
}
