import PgBoss from 'pg-boss';
import type { JobHandler, JobName, JobPayloads, JobQueue } from './queue.js';

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

  private async ensure(name: string): Promise<void> {
    if (this.created.has(name)) return;
    await this.boss.createQueue(name);
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
