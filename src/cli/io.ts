import { terminalSafe } from './terminal.js';

/** Where a command writes what the user reads; tests pass their own. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Is the output a terminal (colours, progress bar)? */
  isTTY: boolean;
}

/** The process's own streams; nothing a document contains can reach the terminal as a control sequence. */
export const processIo: Io = {
  out: (s) => void process.stdout.write(terminalSafe(s, true)),
  err: (s) => void process.stderr.write(terminalSafe(s, true)),
  isTTY: !!process.stdout.isTTY && !!process.stderr.isTTY,
};
