import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, hostname } from 'node:os';
import { extname, join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { PDFDocument } from 'pdf-lib';
import { importFile } from '../../src/import/index.js';
import { GongkaiError } from '../../src/model/errors.js';
import { htmlReport } from '../../src/report/html.js';
import { jsonReport } from '../../src/report/json.js';
import { checkDocument } from '../../src/rules/engine/run.js';
import { now } from '../db/connect.js';
import type { DB } from '../db/schema.js';

export const WORKER_ID = `${hostname()}:${process.pid}`;

async function pageCount(bytes: Uint8Array): Promise<number | null> {
  try {
    return (await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })).getPageCount();
  } catch {
    return null;
  }
}

/**
 * Audit one uploaded file: the engine reads it (its own format and size checks) and runs every rule. The
 * outcome, good or bad, is stored on the file's row; one bad file never stops the others.
 */
export async function auditFileJob(db: Kysely<DB>, fileId: number): Promise<void> {
  // Every delivery counts, so a job taken twice would show (runs > 1); only the first claim does the work.
  await db.updateTable('audit_files').set({ runs: sql`runs + 1` }).where('id', '=', fileId).execute();
  const claimed = await db.updateTable('audit_files').set({ status: 'running', worker: WORKER_ID }).where('id', '=', fileId).where('status', '=', 'queued').executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return;
  const row = await db.selectFrom('audit_files').select(['file_name']).where('id', '=', fileId).executeTakeFirstOrThrow();
  const blob = await db.selectFrom('blobs').select('bytes').where('owner', '=', `audit-file:${fileId}`).executeTakeFirst();
  const dir = await mkdtemp(join(tmpdir(), 'gk-audit-'));
  try {
    if (!blob) throw new GongkaiError('missing', '上传的文件内容已丢失');
    const bytes = new Uint8Array(blob.bytes);
    // The engine reads files by path: a neutral name with the original extension (user names never touch the disk).
    const path = join(dir, `upload${extname(row.file_name).toLowerCase().replace(/[^.\w]/g, '')}`);
    await writeFile(path, bytes);
    const doc = await importFile(path);
    doc.meta.source.file = row.file_name;
    const findings = checkDocument(doc);
    const report = jsonReport(doc, findings);
    const isPdf = Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
    await db
      .updateTable('audit_files')
      .set({
        status: 'done',
        report_json: JSON.stringify(report),
        report_html: htmlReport(doc, findings),
        errors: report.summary.errors,
        warnings: report.summary.warnings,
        pages: isPdf ? await pageCount(bytes) : null,
        finished_at: now(),
      })
      .where('id', '=', fileId)
      .execute();
  } catch (e) {
    const message = e instanceof GongkaiError ? e.message.replace(/upload\.\w+/g, row.file_name) : `无法读取：${(e as Error).message}`;
    await db.updateTable('audit_files').set({ status: 'failed', error: message, finished_at: now() }).where('id', '=', fileId).execute();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
