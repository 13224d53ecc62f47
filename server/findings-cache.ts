// The findings of a revision, computed once. Revisions are immutable and the engine does not change while the
// server runs, so a revision's findings never change; recomputing them on every request made the findings
// endpoint the platform's slowest under load (every rule on every call: p99 8.7 s at 50 clients on two cores).
import type { Finding } from '../src/rules/engine/types.js';
import { analyse } from './engine.js';

/** What the findings endpoint answers for one revision. */
export interface RevisionFindings {
  findings: Finding[];
  tables: { id: string; number?: string; title: string }[];
}

/** A map of at most `max` entries that forgets the one used least recently. */
export class RecentlyUsed<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) {
      this.entries.delete(key); // re-inserted: the Map's order is the order of last use
      this.entries.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** Revisions kept per server: a few MB at most. */
const MAX_REVISIONS = 256;

/** One cache per server (its services object): two servers in one process (tests) never share revision ids. */
const caches = new WeakMap<object, RecentlyUsed<number, RevisionFindings>>();

/** The findings of revision `revisionId` as a draft, from its facts (`facts()` is called the first time only). */
export function revisionFindings(server: object, revisionId: number, facts: () => Record<string, unknown>): RevisionFindings {
  let cache = caches.get(server);
  if (!cache) caches.set(server, (cache = new RecentlyUsed(MAX_REVISIONS)));
  const hit = cache.get(revisionId);
  if (hit) return hit;
  const a = analyse(facts(), true);
  const made: RevisionFindings = { findings: a.findings, tables: a.doc.tables.map((t) => ({ id: t.id, number: t.number, title: t.title })) };
  cache.set(revisionId, made);
  return made;
}
