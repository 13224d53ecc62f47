import { capText } from '../../model/names.js';
import type { Finding, Location } from './types.js';

/**
 * Findings kept per rule and in all: the largest real document in the corpus gives 1,791 from one rule
 * (completeness-unplaced); more than this means a hostile or broken input, and the report must stay readable.
 */
export const MAX_FINDINGS_PER_RULE = 2_000;
export const MAX_FINDINGS = 10_000;
/** Work units (cheap comparisons) a rule may spend: the most a corpus document needs is about 5 million. */
export const MAX_WORK_PER_RULE = 50_000_000;
const MAX_MESSAGE = 400;
const MAX_FIELD = 300;
const MAX_LABEL = 200;

/** Thrown by ctx.work() when a rule has used its budget; caught by the engine. */
export class WorkLimit extends Error {}

export function workCounter(limit = MAX_WORK_PER_RULE): { work: (units?: number) => void; reset: () => void } {
  let used = 0;
  return {
    work: (units = 1) => {
      used += units;
      if (used > limit) throw new WorkLimit();
    },
    reset: () => {
      used = 0;
    },
  };
}


const cap = (s: string | undefined, max: number) => (s === undefined ? s : capText(s, max));

function capLocation(l: Location): Location {
  const out: Location = { ...l, label: capText(l.label, MAX_LABEL) };
  for (const k of ['tableTitle', 'row', 'column', 'section', 'form', 'field', 'excerpt'] as const) if (out[k] !== undefined) out[k] = cap(out[k], MAX_LABEL);
  return out;
}

/** Every text a finding carries, cut to a length a report can show (excerpts of a 19 MB line stay short). */
export function capFinding(f: Finding): Finding {
  return {
    ...f,
    message: capText(f.message, MAX_MESSAGE),
    locations: f.locations.slice(0, 20).map(capLocation),
    expected: cap(f.expected, MAX_FIELD),
    actual: cap(f.actual, MAX_FIELD),
    difference: cap(f.difference, MAX_FIELD),
    suggestion: cap(f.suggestion, MAX_FIELD),
  };
}
