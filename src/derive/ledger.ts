import { SOURCES, type SourceKey } from '../facts/amount.js';
import type { Facts } from '../facts/schema.js';

export type Period = 'cur' | 'car';
export type Kind = 'basic' | 'project';

export interface Sel {
  period?: readonly Period[];
  kind?: readonly Kind[];
  sources?: readonly SourceKey[];
}

const ALL_PERIODS: Period[] = ['cur', 'car'];
const ALL_KINDS: Kind[] = ['basic', 'project'];

/**
 * Expenditure by functional code at every level (类 = 3 digits, 款 = 5, 项 = 7; '' is the grand total), split by
 * period (本年 / 上年结转), kind (基本 / 项目) and funding source. Every table figure is a sum over this.
 */
export class Ledger {
  private readonly data = new Map<string, Map<string, bigint>>();

  constructor(f: Facts) {
    for (const l of f.expenditure) {
      const parts: [Period, Kind, Partial<Record<SourceKey, { fen: bigint }>> | undefined][] = [
        ['cur', 'basic', l.basic],
        ['cur', 'project', l.project],
        ['car', 'basic', l.carryover?.basic],
        ['car', 'project', l.carryover?.project],
      ];
      for (const [period, kind, amounts] of parts)
        for (const s of SOURCES) {
          const fen = amounts?.[s]?.fen ?? 0n;
          if (fen !== 0n) this.add(l.code, `${period}.${kind}.${s}`, fen);
        }
    }
  }

  private add(code: string, key: string, fen: bigint): void {
    for (const c of ['', code.slice(0, 3), code.slice(0, 5), code]) {
      const m = this.data.get(c) ?? new Map<string, bigint>();
      m.set(key, (m.get(key) ?? 0n) + fen);
      this.data.set(c, m);
    }
  }

  /** Amount of one code ('' for all) over a selection. */
  get(code: string, sel: Sel = {}): bigint {
    const m = this.data.get(code);
    if (!m) return 0n;
    let t = 0n;
    for (const p of sel.period ?? ALL_PERIODS) for (const k of sel.kind ?? ALL_KINDS) for (const s of sel.sources ?? SOURCES) t += m.get(`${p}.${k}.${s}`) ?? 0n;
    return t;
  }

  total(sel: Sel = {}): bigint {
    return this.get('', sel);
  }

  /** Codes of every level with a non-zero amount under the selection, in 类 → 款 → 项 order. */
  codes(sel: Sel = {}): string[] {
    return [...this.data.keys()].filter((c) => c !== '' && this.get(c, sel) !== 0n).sort();
  }
}
