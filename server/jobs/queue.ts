/** The jobs the platform runs in the background. */
export interface JobPayloads {
  'audit-file': { fileId: number };
  'render-publication': { revisionId: number };
}
export type JobName = keyof JobPayloads;
export type JobHandler<N extends JobName> = (data: JobPayloads[N]) => Promise<void>;

/**
 * One interface for background work: in-process on SQLite, pg-boss on PostgreSQL (several worker processes on
 * several machines share one queue). Handlers must record their own outcome; a throwing handler is logged.
 */
export interface JobQueue {
  readonly kind: 'memory' | 'pg-boss';
  send<N extends JobName>(name: N, data: JobPayloads[N]): Promise<void>;
  work<N extends JobName>(name: N, handler: JobHandler<N>): Promise<void>;
  /** Resolves when nothing is queued or running (in-process queue; pg-boss resolves at once). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}
