import type { JobHandler, JobName, JobPayloads, JobQueue } from './queue.js';

interface Pending {
  name: JobName;
  data: unknown;
}

/** In-process queue for SQLite: jobs run one at a time, in order, between requests. */
export class MemoryQueue implements JobQueue {
  readonly kind = 'memory';
  private readonly pending: Pending[] = [];
  private readonly handlers = new Map<JobName, (data: unknown) => Promise<void>>();
  private running = false;
  private stopped = false;
  private waiters: (() => void)[] = [];

  async send<N extends JobName>(name: N, data: JobPayloads[N]): Promise<void> {
    this.pending.push({ name, data });
    this.kick();
  }

  async work<N extends JobName>(name: N, handler: JobHandler<N>): Promise<void> {
    this.handlers.set(name, handler as (data: unknown) => Promise<void>);
    this.kick();
  }

  idle(): Promise<void> {
    if (!this.running && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle().catch(() => undefined);
  }

  private kick(): void {
    if (this.running || this.stopped) return;
    const i = this.pending.findIndex((p) => this.handlers.has(p.name));
    if (i < 0) return this.settle();
    const [job] = this.pending.splice(i, 1);
    this.running = true;
    // setImmediate: let waiting requests through between jobs.
    setImmediate(() => {
      this.handlers
        .get(job.name)!(job.data)
        .catch((e: unknown) => console.error(`后台任务 ${job.name} 失败：`, e))
        .finally(() => {
          this.running = false;
          this.kick();
        });
    });
  }

  private settle(): void {
    if (this.running || this.pending.some((p) => this.handlers.has(p.name))) return;
    const w = this.waiters;
    this.waiters = [];
    for (const resolve of w) resolve();
  }
}
