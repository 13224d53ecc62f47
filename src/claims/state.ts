import type { AmountClaim, AmountPeriod, ChangeClaim, Claim, CountClaim, LineRef } from '../model/claims.js';
import type { BudgetKind, SourceRef } from '../model/document.js';
import type { Money } from '../money/index.js';
import type { ReadSentence, Slot } from './sentence.js';
import { printedSpan, type Normalised } from './text.js';

export type Via = NonNullable<Claim['via']>;

/** A subject with the figure the text gives it, and where in the sentence it stands. */
export interface Named {
  subject: string;
  line?: LineRef;
  /** The amount claim read for it, when it is one. */
  claim?: AmountClaim;
  value?: Money;
  period?: AmountPeriod;
  via: Via;
  /** Offset in the sentence (-1: from context). */
  at: number;
  depth: number;
  part: number;
}

/** What one sentence hands to the next within a section: its subject, the whole it listed parts of, its base. */
export interface Carry {
  heading?: string;
  /** The enumerated item being described, until the next one. */
  item?: Named;
  topic?: Named;
  whole?: Named;
  base?: string;
  /** Lists opened so far in the section: each list of parts gets its own number. */
  lists?: number;
  /**
   * "（四）项目支出1,264,602.38万元，具体包括：" then "1.…809.82万元，…" "2.…": a sentence ending in a list marker
   * opens a list whose items are the enumerated paragraphs after it (one enumerator style, until another style).
   */
  items?: { whole: AmountClaim; complete: boolean; id?: string; style?: string };
  /** The last stated amount and change of the sentence before: what a sentence opening with "其中" breaks down. */
  last?: { amount?: Named; change?: ChangeClaim; amounts?: Named[] };
}

export interface Placed<T> {
  claim: T;
  at: number;
  depth: number;
  part: number;
}

/** The grammar's working state over one sentence. */
export class SentenceState {
  readonly amounts: Named[] = [];
  readonly counts: Placed<CountClaim>[] = [];
  readonly changes: Placed<ChangeClaim>[] = [];
  /** Offsets of list markers (其中, 包括, 主要用于以下方面…) and the amount each one breaks down. */
  /** List markers with the depth they stand at: a list inside an aside does not end the list around it. */
  /** `end`: where a list that closes before the sentence does ends ("总额X：A、B、C；…"). */
  readonly wholes: { marker: number; depth: number; whole?: Named; complete?: boolean; id?: string; end?: number }[] = [];
  readonly out: Claim[] = [];
  base?: string;
  /** Subject named by a figure-less clause ("项目支出增加，较上一度增加1133.95万元"). */
  pending?: { subject: string; at: number; line?: LineRef };
  /** Offset where a reason clause ("主要原因是…") starts, until the next "；". */
  reasonFrom?: number;
  shareGroup?: number;
  /** The change the sentence is breaking down into parts, once a list marker follows it. */
  changeList?: { whole: ChangeClaim; complete: boolean; depth: number; list: string };

  constructor(
    /** The printed paragraph. */
    readonly raw: string,
    readonly r: ReadSentence,
    readonly n: Normalised,
    /** Offset of the sentence in the normalised paragraph. */
    readonly offset: number,
    readonly source: SourceRef,
    readonly kind: BudgetKind,
    readonly carry: Carry,
    readonly department?: string,
    /** The document's year: "2025年预算数" before it is last year's figure. */
    readonly year?: number,
  ) {}

  /** The printed sentence, for excerpts. */
  get printed(): string {
    const [a, b] = printedSpan(this.n, this.offset, this.offset + this.r.text.length);
    return this.raw.slice(a, b);
  }

  /** Source of a claim covering sentence offsets [start, end). */
  at(start: number, end: number): SourceRef {
    return { ...this.source, span: printedSpan(this.n, this.offset + start, this.offset + end) };
  }

  slotSource(...slots: Slot[]): SourceRef {
    return this.at(Math.min(...slots.map((s) => s.fig.start)), Math.max(...slots.map((s) => s.fig.end)));
  }

  /** The sentence's first subject (its topic), else the context's. */
  topic(): Named | undefined {
    return this.amounts.find((a) => !a.period) ?? this.amounts[0];
  }

  /** A new list of parts, numbered within the section. */
  newList(): string {
    this.carry.lists = (this.carry.lists ?? 0) + 1;
    return `L${this.carry.lists}`;
  }

  inReason(at: number): boolean {
    return this.reasonFrom !== undefined && at > this.reasonFrom;
  }

  /** Whole of the list the figure at `at` is part of: the amount before the last list marker ahead of it. */
  wholeAt(at: number, depth: number): Named | undefined {
    return this.listAt(at, depth)?.whole;
  }

  listAt(at: number, depth: number): SentenceState['wholes'][number] | undefined {
    return [...this.wholes].reverse().find((x) => x.marker < at && (x.end === undefined || at < x.end) && x.depth <= depth && (!x.whole || x.whole.depth <= depth));
  }

  lastMarker(at: number, part: number): number | undefined {
    return [...this.wholes].reverse().find((x) => x.marker < at && x.marker >= part && x.depth === (this.r.depthAt[at] ?? 0))?.marker;
  }
}
