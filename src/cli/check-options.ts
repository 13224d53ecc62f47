// The check command's formats and options: what the command line parses before any checking code is loaded.

export const CHECK_FORMATS = ['text', 'json', 'html', 'pdf', 'docx'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
/** Formats that are files, not text for a terminal. */
export const BINARY_FORMATS: readonly CheckFormat[] = ['pdf', 'docx'];

export interface CheckCliOptions {
  format: CheckFormat;
  prior?: string;
  profile?: string;
  disable?: string[];
  reference?: string[];
  referenceMode?: 'replace' | 'extend';
  color?: boolean;
  /** Also make a copy of the input PDF with the findings highlighted and annotated. */
  annotate?: boolean;
}

export const REFERENCE_SPEC = /^(functional|economic-department|economic-government)=(.+)$/;

/** The files named by --reference ("functional=科目.xlsx" or a bare file), for the input list. */
export function referenceFiles(specs: readonly string[] = []): string[] {
  return specs.map((s) => REFERENCE_SPEC.exec(s)?.[2] ?? s);
}
