// Reading ahead for a batch: one worker only captures PDFs with PDFium (the first half of reading a page), the
// checking workers lay them out and check them, and read files themselves when none is waiting. The checking
// code then warms up in fewer threads (on two cores: 0.3–0.6 s less CPU for the corpus), and PDFium keeps
// running while the rules do. Anything that goes wrong while capturing only gives the file back: a checking
// worker reads it as if nothing had been captured, and says what is wrong with it.
import type { Worker } from 'node:worker_threads';
import type { CapturedPdf } from '../import/pdf/load.js';
import type { CaptureReply } from './capture-worker.js';

/** The files of a batch not yet started, in the order to check them. */
export class BatchQueue {
  private taken: boolean[];
  constructor(private readonly order: readonly number[]) {
    this.taken = order.map(() => false);
  }
  /** The next file to start (an index into the batch), first in order among those `accept`s. */
  take(accept: (i: number) => boolean = () => true): number | undefined {
    const k = this.order.findIndex((i, k) => !this.taken[k] && accept(i));
    if (k < 0) return undefined;
    this.taken[k] = true;
    return this.order[k];
  }
}

/** The buffers of a captured PDF, to transfer rather than copy it to another thread. */
export const capturedBuffers = (c: CapturedPdf): ArrayBuffer[] =>
  c.pages.flatMap(({ glyphs: g, segments }) => [g.code.buffer, g.geo.buffer, g.dir.buffer, ...(segments instanceof Float64Array ? [segments.buffer] : [])] as ArrayBuffer[]);

/** What a checking worker does next: a file to read, or one already captured. */
export interface Next {
  i: number;
  captured?: CapturedPdf;
}

/**
 * Bytes of captured glyphs held at most before the reading worker waits (about 60 bytes a glyph: some 3,000
 * pages); it stops only when far ahead, since the checking worker also reads files itself when none is waiting.
 */
const AHEAD_BYTES = 192 * 1024 * 1024;
/** Capture workers that may fail (crash, memory, a file over its time) before the batch stops capturing. */
const MAX_FAILURES = 3;

export interface CaptureOptions {
  queue: BatchQueue;
  isPdf: (i: number) => boolean;
  path: (i: number) => string;
  timeoutMs: number;
  start: () => Promise<Worker | undefined>;
  /** A file whose capture ran over its time: it is done (the row says so), not given back. */
  overTime: (i: number) => void;
}

/** The reading worker and what it has captured, shared by the checking workers (see runBatch). */
export class Capturer {
  private ready: Next[] = [];
  private busy = false;
  private failures = 0;
  private worker: Worker | undefined;
  private wake: (() => void)[] = [];

  constructor(private readonly o: CaptureOptions) {}

  /** Capture PDFs in order until none is left; resolves when done (the worker is stopped). */
  async run(): Promise<void> {
    try {
      while (this.failures < MAX_FAILURES) {
        while (this.heldBytes() >= AHEAD_BYTES) await this.changed();
        const i = this.o.queue.take(this.o.isPdf);
        if (i === undefined) break;
        this.busy = true;
        const got = await this.capture(i);
        this.busy = false;
        if (got !== 'over-time') this.ready.push({ i, captured: got });
        this.notify();
      }
    } finally {
      this.busy = false;
      await this.worker?.terminate();
      this.notify();
    }
  }

  /**
   * For a checking worker: a captured file (or one given back) when there is one, else undefined when nothing
   * is being captured either, else waits until something is.
   */
  async next(fallback: () => number | undefined): Promise<Next | undefined> {
    for (;;) {
      const got = this.ready.shift();
      if (got) {
        this.notify();
        return got;
      }
      const i = fallback();
      if (i !== undefined) return { i };
      if (!this.busy) return undefined; // nothing queued, nothing being captured: the batch is done
      await this.changed();
    }
  }

  private heldBytes(): number {
    return this.ready.reduce((sum, { captured }) => sum + (captured ? capturedBuffers(captured).reduce((a, b) => a + b.byteLength, 0) : 0), 0);
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.wake.push(resolve));
  }

  private notify(): void {
    for (const w of this.wake.splice(0)) w();
  }

  /** One file captured, or undefined (given back), or over its time (the worker is stopped). */
  private async capture(i: number): Promise<CapturedPdf | undefined | 'over-time'> {
    this.worker ??= await this.o.start();
    const w = this.worker;
    if (!w) {
      this.failures = MAX_FAILURES;
      return undefined;
    }
    const reply = await new Promise<CaptureReply | 'failed' | 'over-time'>((resolve) => {
      const done = (r: CaptureReply | 'failed' | 'over-time') => {
        clearTimeout(timer);
        w.off('message', done);
        w.off('error', failed);
        w.off('exit', failed);
        resolve(r);
      };
      const failed = () => done('failed');
      const timer = setTimeout(() => done('over-time'), this.o.timeoutMs);
      w.on('message', done);
      w.on('error', failed);
      w.on('exit', failed);
      w.postMessage({ capture: this.o.path(i) });
    });
    if (reply === 'over-time' || reply === 'failed') {
      this.failures++;
      this.worker = undefined;
      await w.terminate();
      if (reply === 'over-time') this.o.overTime(i);
      return reply === 'over-time' ? 'over-time' : undefined;
    }
    return 'captured' in reply ? reply.captured : undefined;
  }
}
