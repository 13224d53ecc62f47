import type { Generated } from 'kysely';

export type Role = 'admin' | 'preparer' | 'reviewer';
export type Status = 'draft' | 'submitted' | 'returned' | 'approved' | 'published';

export interface RegionTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}
export interface DepartmentTable {
  id: Generated<number>;
  region_id: number;
  name: string;
  code: string | null;
  created_at: string;
}
export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  department_id: number | null;
  region_id: number | null;
  disabled: number;
  created_at: string;
}
export interface SessionTable {
  token_hash: string;
  user_id: number;
  csrf: string;
  expires_at: string;
  created_at: string;
}
export interface DisclosureTable {
  id: Generated<number>;
  department_id: number;
  year: number;
  kind: string;
  title: string;
  status: Status;
  /** Optimistic concurrency: bumped on every change; a save names the version it started from. */
  version: number;
  current_revision_id: number | null;
  published_revision_id: number | null;
  errors: number;
  warnings: number;
  created_at: string;
  updated_at: string;
}
export interface RevisionTable {
  id: Generated<number>;
  disclosure_id: number;
  number: number;
  facts_json: string;
  author_id: number;
  note: string | null;
  created_at: string;
}
export interface CommentTable {
  id: Generated<number>;
  disclosure_id: number;
  revision_id: number | null;
  author_id: number;
  /** What it is about: "table:t3", "row:t3:2012901", "finding:<rule>:<n>", "general". */
  target: string;
  body: string;
  created_at: string;
}
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: number | null;
  detail: string | null;
}
export interface PublicationTable {
  id: Generated<number>;
  disclosure_id: number;
  revision_id: number;
  department_id: number;
  region_id: number;
  year: number;
  kind: string;
  title: string;
  department_name: string;
  region_name: string;
  /** Totals and spending structure for charts and the region overview (JSON, amounts in 元 text). */
  summary_json: string;
  search_text: string;
  published_at: string;
  /** Set when a newer version replaces it; kept, never deleted. */
  superseded_at: string | null;
}
export interface AuditBatchTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  created_at: string;
}
export interface AuditFileTable {
  id: Generated<number>;
  batch_id: number;
  file_name: string;
  size: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  /** How many times a worker started it (the job test asserts exactly once). */
  runs: number;
  worker: string | null;
  error: string | null;
  errors: number;
  warnings: number;
  pages: number | null;
  report_json: string | null;
  report_html: string | null;
  created_at: string;
  finished_at: string | null;
}
export interface BlobTable {
  id: Generated<number>;
  /** audit-file:<id> */
  owner: string;
  bytes: Uint8Array;
}

export interface DB {
  regions: RegionTable;
  departments: DepartmentTable;
  users: UserTable;
  sessions: SessionTable;
  disclosures: DisclosureTable;
  revisions: RevisionTable;
  comments: CommentTable;
  audit_log: AuditLogTable;
  publications: PublicationTable;
  audit_batches: AuditBatchTable;
  audit_files: AuditFileTable;
  blobs: BlobTable;
}
