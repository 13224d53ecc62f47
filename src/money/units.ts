/** Money units seen in disclosures, and their size in 分 (0.01 元), the project's minor unit. */
export type MoneyUnit = '元' | '万元' | '亿元';

export const FEN_PER_UNIT: Record<MoneyUnit, bigint> = {
  元: 100n,
  万元: 1_000_000n,
  亿元: 10_000_000_000n,
};

export function isMoneyUnit(s: string): s is MoneyUnit {
  return s === '元' || s === '万元' || s === '亿元';
}
