// Vitest global setup: a PostgreSQL for the platform tests. DATABASE_URL (CI exports it) is used as is; otherwise,
// when Debian's PostgreSQL is installed, a throwaway cluster is started in a temp folder. Without either, the
// PostgreSQL tests skip and say why.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
    pgSkipReason: string;
  }
}

function pgBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

let stopCluster: (() => void) | undefined;

export default function setup(project: TestProject): () => void {
  if (process.env.DATABASE_URL) {
    project.provide('pgUrl', process.env.DATABASE_URL);
    project.provide('pgSkipReason', '');
    return () => undefined;
  }
  const bin = pgBin();
  const reason = !bin ? '未安装 PostgreSQL（apt-get install postgresql），也未设置 DATABASE_URL' : '';
  if (!bin) {
    project.provide('pgUrl', '');
    project.provide('pgSkipReason', reason);
    return () => undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'gk-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { encoding: 'utf8' }) : spawnSync(join(bin, cmd), args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  const port = 55000 + (process.pid % 4000);
  try {
    run('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
    run('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -h 127.0.0.1 -F`, 'start']);
  } catch (e) {
    project.provide('pgUrl', '');
    project.provide('pgSkipReason', `无法启动临时 PostgreSQL：${(e as Error).message.slice(0, 200)}`);
    return () => rmSync(dir, { recursive: true, force: true });
  }
  stopCluster = () => {
    try {
      run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  };
  project.provide('pgUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  project.provide('pgSkipReason', '');
  return () => stopCluster?.();
}

