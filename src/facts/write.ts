import { stringify } from 'yaml';
import { formatIn, type Money } from '../money/index.js';
import type { Facts } from './schema.js';

function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && typeof (v as Money).fen === 'bigint';
}

/** Plain data of validated facts: every Money back to its 元 text, so the file loads to the same facts. */
export function factsToPlain(value: unknown): unknown {
  if (isMoney(value)) return formatIn(value, '元', 2);
  if (Array.isArray(value)) return value.map(factsToPlain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = factsToPlain(v);
    return out;
  }
  return value;
}

/** A facts file (YAML) of validated facts. */
export function factsToYaml(facts: Facts): string {
  return `# gongkai 预算事实文件（格式见 docs/facts-format.md）\n${stringify(factsToPlain(facts), { lineWidth: 0 })}`;
}
