import { show, money } from '../money/index.js';
import type { Facts } from './schema.js';

export type UnitFacts = NonNullable<Facts['units']>[number];

/** The department's units; a department without a units list is one 行政单位 of its own name. */
export function unitsOf(f: Pick<Facts, 'units' | 'department'>): UnitFacts[] {
  return f.units ?? [{ name: f.department.name, type: '行政单位', overallTarget: false }];
}

/** The unit a line or project belongs to (the first unit when not stated). */
export function unitName(f: Pick<Facts, 'units' | 'department'>, unit: string | undefined): string {
  return unit ?? unitsOf(f)[0].name;
}

/** An amount in 分 shown in 元 with two decimals, for messages. */
export function yuanText(fen: bigint): string {
  return show(money(fen, '元', 2), '元', 2);
}
