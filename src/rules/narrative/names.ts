/** Levenshtein distance on code points, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  return distanceBelow([...a], [...b], Infinity);
}

/**
 * The edit distance of x and y when it is below `limit`, else `limit`: a row of the table whose smallest entry
 * reaches the limit bounds every later row, so the rest is not computed.
 */
function distanceBelow(x: string[], y: string[], limit: number): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let least = i;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (cur[j] < least) least = cur[j];
    }
    if (least >= limit) return limit;
    prev = cur;
  }
  return Math.min(prev[y.length], limit);
}

export function closest(name: string, candidates: Iterable<string>): { name: string; distance: number } | undefined {
  let best: { name: string; distance: number } | undefined;
  const x = [...name];
  for (const c of candidates) {
    // Only a candidate nearer than the best so far replaces it: its distance is not needed beyond that.
    const d = distanceBelow(x, [...c], best ? best.distance : Infinity);
    if (!best || d < best.distance) best = { name: c, distance: d };
  }
  return best;
}
