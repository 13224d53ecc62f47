import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const inFlight = new Map<string, Promise<Buffer>>();

/**
 * Renders of a revision never change (revisions are immutable), so each is made once: kept under dataDir/renders,
 * and simultaneous requests for the same one wait for a single render.
 */
export async function cachedRender(dataDir: string, key: string, produce: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(dataDir, 'renders', key.replace(/[^\w.-]/g, '_'));
  if (existsSync(file)) return readFile(file);
  const running = inFlight.get(file);
  if (running) return running;
  const job = (async () => {
    const bytes = await produce();
    await mkdir(join(dataDir, 'renders'), { recursive: true });
    await writeFile(`${file}.tmp`, bytes);
    await rename(`${file}.tmp`, file);
    return bytes;
  })().finally(() => inFlight.delete(file));
  inFlight.set(file, job);
  return job;
}
