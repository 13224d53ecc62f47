import { GongkaiError } from '../model/errors.js';

/** Exit codes of every command (documented in the README and in `gongkai --help`). */
export const EXIT = {
  /** No error-severity finding (or the command did what was asked). */
  clean: 0,
  /** Error-severity findings. */
  findings: 1,
  /** An input could not be read, or an output could not be written. */
  unreadable: 2,
  /** Wrong arguments or options (sysexits EX_USAGE). */
  usage: 64,
  /** A defect in gongkai itself (sysexits EX_SOFTWARE); never expected. */
  internal: 70,
} as const;

/** A wrong argument or option; reported as "参数错误：…" with exit 64. */
export class UsageError extends GongkaiError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

/** Raised from commander's exit hook so that parsing stops with a code instead of process.exit. */
export class CommanderExit extends Error {
  constructor(readonly exitCode: number) {
    super('commander exit');
  }
}

/** The message and exit code for an error that ends a command. */
export function describeError(e: unknown, file?: string): { code: number; message: string } {
  if (e instanceof UsageError) return { code: EXIT.usage, message: `参数错误：${e.message}` };
  if (e instanceof GongkaiError) return { code: EXIT.unreadable, message: e.message };
  const what = file ? `处理“${file}”时` : '';
  const text = String((e as Error)?.message ?? e).split('\n')[0];
  return { code: EXIT.internal, message: `${what}出现内部错误：${text}（这是 gongkai 的缺陷，请把此信息和文件一起报告给开发者）` };
}
