import type { Claim } from '../../model/claims.js';
import type { Cell } from '../../model/document.js';

/**
 * What the rules actually compared: table cells that took part in a checked identity and narrative claims
 * that were checked against a table figure. The corpus runner reports these as coverage; they never change
 * findings.
 *
 * A module-level sink, set only for the duration of one synchronous `checkDocument` call: comparison helpers
 * deep inside rules can record what they compared without every rule threading a context through.
 */
export class Coverage {
  readonly cells = new Set<Cell>();
  readonly claims = new Set<Claim>();
  /**
   * Claims a rule could check only against another document: a change stated without a rate whose subject the
   * tables print for this year but not for the last ("比上年减少3万元"): last year's figure is in `--prior`'s document.
   */
  readonly priorOnly = new Set<Claim>();
}

let sink: Coverage | undefined;

/** Run `fn` with `cov` collecting what the rules compare. */
export function withCoverage<T>(cov: Coverage | undefined, fn: () => T): T {
  const prev = sink;
  sink = cov;
  try {
    return fn();
  } finally {
    sink = prev;
  }
}

/** Record cells that took part in a checked identity (whatever its outcome). */
export function coverCells(...cells: (Cell | undefined)[]): void {
  if (!sink) return;
  for (const c of cells) if (c) sink.cells.add(c);
}

/** Record a claim that was checked against a figure. */
export function coverClaim(claim: Claim): void {
  sink?.claims.add(claim);
}

/** Record a claim that only the prior year's document can check (see `Coverage.priorOnly`). */
export function needsPrior(claim: Claim): void {
  sink?.priorOnly.add(claim);
}
