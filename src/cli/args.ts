import { InvalidArgumentError } from 'commander';
import { PROFILES } from '../profiles/profiles.js';
import { UsageError } from './exit.js';

/** A whole number within [min, max], or a Chinese refusal that commander reports as a usage error. */
export function integerIn(min: number, max: number, what: string): (v: string) => number {
  return (v: string) => {
    const n = Number(v.trim());
    if (!/^\s*\d+\s*$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${what}应为 ${min} 到 ${max} 之间的整数`);
    return n;
  };
}

export const parseJobs = integerIn(1, 256, '并行数');
export const parseYear = integerIn(2000, 2100, '年度');
export const parseSeconds = integerIn(1, 3600, '秒数');

/** Comma-separated rule ids; accumulates over repeated --disable (each is checked by `refuseUnknownRules`). */
export function parseRuleIds(v: string, previous: string[] = []): string[] {
  const ids = v
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [...previous, ...ids];
}

/**
 * Refuse rule ids the catalogue does not have, as a usage error. Checked when the command runs, not while the
 * options are parsed: the catalogue loads the rules, which most commands never need.
 */
export async function refuseUnknownRules(ids: readonly string[] | undefined): Promise<void> {
  if (!ids?.length) return;
  const { ALL_RULES } = await import('../rules/catalogue.js');
  const known = new Set(ALL_RULES.map((r) => r.id));
  const unknown = ids.filter((id) => !known.has(id));
  refuse(unknown.length, `没有编号为 ${unknown.map((u) => `“${u}”`).join('、')} 的规则。可用的规则编号：\n${[...known].join('、')}\n（运行 gongkai rules 可查看每条规则的说明）`);
}

/** A known disclosure profile id. */
export function parseProfile(v: string): string {
  if (!PROFILES[v]) throw new InvalidArgumentError(`没有名为“${v}”的格式；可选：${Object.keys(PROFILES).join('、')}`);
  return v;
}

/** Refuse an option combination that makes no sense, as a usage error (exit 64). */
export function refuse(condition: unknown, message: string): void {
  if (condition) throw new UsageError(message);
}
