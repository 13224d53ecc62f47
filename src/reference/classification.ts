import { normalizeName } from '../model/names.js';

export type ClassificationKind = 'functional' | 'economic-department' | 'economic-government';
export type CodeLevel = '类' | '款' | '项';

export interface CodeEntry {
  code: string;
  name: string;
  level: CodeLevel;
  parent?: string;
  /** Other names this code was printed with (older years, bracket variants). */
  formerNames: string[];
  /**
   * The years each name (current and former) is known to have been printed in, from the documents the built-in
   * list was verified against: `from` the first such year, `to` the last (absent for the current name: still in use).
   */
  nameYears?: { name: string; from: number; to?: number }[];
}

export type CodeLookup =
  | { status: 'ok'; entry: CodeEntry }
  | { status: 'former-name'; entry: CodeEntry }
  | { status: 'name-mismatch'; entry: CodeEntry }
  /** The name differs from the list, but the list has no names for the document's year: not checked (未核对). */
  | { status: 'unverified'; entry: CodeEntry; from: number }
  | { status: 'unknown' };

/** Level of a code from its length: functional 3/5/7 digits, economic 3/5. */
export function levelOfCode(code: string): CodeLevel | undefined {
  if (/^\d{3}$/.test(code)) return '类';
  if (/^\d{5}$/.test(code)) return '款';
  if (/^\d{7}$/.test(code)) return '项';
  return undefined;
}

export function parentOfCode(code: string): string | undefined {
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return undefined;
}

/** One classification (e.g. 支出功能分类) as a lookup table. A code absent from it is "unknown", not wrong. */
export class Classification {
  private readonly byCode = new Map<string, CodeEntry>();
  private readonly byName = new Map<string, CodeEntry[]>();

  constructor(
    readonly kind: ClassificationKind,
    entries: Iterable<CodeEntry>,
    /** True when loaded from a complete official list: then an unknown code is an error. */
    readonly complete = false,
  ) {
    for (const e of entries) this.put(e);
  }

  put(e: CodeEntry): void {
    const prev = this.byCode.get(e.code);
    if (prev) {
      for (const n of [prev.name, ...prev.formerNames]) if (n !== e.name && !e.formerNames.includes(n)) e.formerNames.push(n);
    }
    this.byCode.set(e.code, e);
    for (const n of [e.name, ...e.formerNames]) {
      const k = normalizeName(n);
      const list = this.byName.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      this.byName.set(k, list);
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  get(code: string): CodeEntry | undefined {
    return this.byCode.get(code);
  }

  entries(): IterableIterator<CodeEntry> {
    return this.byCode.values();
  }

  /** Entries printed with this name (any level); names are compared after normalisation. */
  findByName(name: string): CodeEntry[] {
    return this.byName.get(normalizeName(name)) ?? [];
  }

  hasName(name: string): boolean {
    return this.findByName(name).length > 0;
  }

  /**
   * Check a printed (code, name) pair, in the document's `year` when known: a former name still printed in that
   * year is right for it; a name the list cannot judge for that year (its names start later) is 'unverified'.
   */
  lookup(code: string, name: string, year?: number): CodeLookup {
    const entry = this.byCode.get(code);
    if (!entry) return { status: 'unknown' };
    const n = normalizeName(name);
    if (normalizeName(entry.name) === n) return { status: 'ok', entry };
    const years = year === undefined ? undefined : entry.nameYears;
    const current = years?.find((y) => normalizeName(y.name) === normalizeName(entry.name));
    const former = entry.formerNames.some((f) => normalizeName(f) === n);
    if (years && year !== undefined) {
      const span = years.find((y) => normalizeName(y.name) === n);
      if (former && span?.to !== undefined && year <= span.to) return { status: 'ok', entry };
      if (current && year < current.from) return { status: 'unverified', entry, from: current.from };
    }
    return former ? { status: 'former-name', entry } : { status: 'name-mismatch', entry };
  }
}
