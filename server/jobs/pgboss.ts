import PgBoss from 'pg-boss';
import type { JobHandler, JobName, JobPayloads, JobQueue } from './queue.js';

/** deadlock_detected, unique_violation, duplicate_table: what concurrent creation of one queue gives the losers. */
const CREATE_RACE = new Set(['40P01', '23505', '42P07']);
const CREATE_ATTEMPTS = 5;

/** pg-boss on PostgreSQL: any number of processes (npm run worker) take jobs from one queue, each job once. */
export class PgBossQueue implements JobQueue {
  readonly kind = 'pg-boss';
  private readonly created = new Set<string>();

  private constructor(private readonly boss: PgBoss) {}

  static async start(connectionString: string): Promise<PgBossQueue> {
    const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 4 });
    boss.on('error', (e) => console.error('任务队列错误：', e.message));
    await boss.start();
    return new PgBossQueue(boss);
  }

  /**
   * Create the queue once. Worker processes starting together race to create it: PostgreSQL then reports a
   * deadlock or a duplicate to all but one, and the loser simply finds the queue made on its next try.
   */
  private async ensure(name: string): Promise<void> {
    if (this.created.has(name)) return;
    for (let attempt = 1; ; attempt++) {
      try {
        if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name);
        break;
      } catch (e) {
        if (attempt >= CREATE_ATTEMPTS || !CREATE_RACE.has((e as { code?: string }).code ?? '')) throw e;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
    this.created.add(name);
  }

  async send<N extends JobName>(name: N, data: JobPayloads[N]): Promise<void> {
    await this.ensure(name);
    await this.boss.send(name, data, { retryLimit: 1, expireInSeconds: 15 * 60 });
  }

  async work<N extends JobName>(name: N, handler: JobHandler<N>): Promise<void> {
    await this.ensure(name);
    await this.boss.work<JobPayloads[N]>(name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }

  async idle(): Promise<void> {}

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
