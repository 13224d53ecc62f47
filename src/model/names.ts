/**
 * Normalise a printed name for comparison: full-width/half-width brackets and punctuation, spaces,
 * Kangxi radicals (U+2F00–U+2FDF, produced by some PDF fonts) and CJK compatibility forms.
 */
export function normalizeName(s: string): string {
  let t = normalized.get(s);
  if (t === undefined) {
    // Rules and readers normalise the same names over and over: remembered, within a bound.
    if (normalized.size >= MAX_REMEMBERED) normalized.clear();
    normalized.set(s, (t = normalizeUncached(s)));
  }
  return t;
}

const normalized = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

function normalizeUncached(s: string): string {
  const t = s
    .normalize('NFKC')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[“”"‘’']/g, '')
    .replace(/[\s\u3000]+/g, '');
  return trimEndOf(t, /[、，,.。：:；;]/);
}

/**
 * The text without trailing characters of a set (`chars`, a one-character class such as /[。；，]/). A loop:
 * /[…]+$/ retries from every character of a long run and is quadratic on hostile text.
 */
export function trimEndOf(s: string, chars: RegExp): string {
  let end = s.length;
  while (end > 0 && chars.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Kangxi radicals and CJK radicals supplement to their unified ideographs (NFKC covers U+2F00–2FD5). */
export function normalizeKangxi(s: string): string {
  return s.replace(/[\u2E80-\u2FDF]/g, (c) => c.normalize('NFKC'));
}

/** A string cut to at most `max` UTF-16 units (never inside a surrogate pair), marked with an ellipsis. */
export function capText(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
