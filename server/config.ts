import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Folder for the SQLite database, uploads cache and page images. */
  dataDir: string;
  /** postgres://… to run on PostgreSQL; SQLite under dataDir otherwise. */
  databaseUrl?: string;
  /** Run job workers inside the web process (always on SQLite; on PostgreSQL unless WORKERS=0). */
  inProcessWorkers: boolean;
  /** Largest single upload accepted. */
  maxUploadBytes: number;
  /** Cookies marked Secure (behind HTTPS). */
  secureCookies: boolean;
  /** Keep rendered documents of a revision (RENDER_CACHE=0 renders every time). */
  renderCache?: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT) || 3000,
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || 'data/platform'),
    databaseUrl: env.DATABASE_URL || undefined,
    inProcessWorkers: env.WORKERS !== '0',
    maxUploadBytes: (Number(env.MAX_UPLOAD_MB) || 30) * 1024 * 1024,
    secureCookies: env.SECURE_COOKIES === '1',
    renderCache: env.RENDER_CACHE !== '0',
  };
}
