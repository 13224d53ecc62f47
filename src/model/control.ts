/*
 * Control characters never belong in a disclosure's text, a file name we print, or XML we write: C0 controls
 * other than tab and line feed (NUL, ESC…), DEL, C1 controls, and the bidirectional overrides that can make a
 * name read backwards on screen. Printed as they are, an escape sequence from a crafted document could clear
 * or rewrite the reviewer's terminal; in XML they corrupt the file.
 */
/* eslint-disable no-control-regex -- matching control characters is the point of this module */
export const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Colour sequences gongkai writes itself (SGR: ESC [ digits m). */
export const SGR = /\u001b\[[0-9;]*m/g;
/* eslint-enable no-control-regex */

/** The text without control characters (tab and line feed kept). */
export function stripControl(s: string): string {
  return s.replace(CONTROL_CHARS, '');
}

/** Does the text hold a control character (other than tab, CR and LF, which a multi-line text may have)? */
export function hasControl(s: string): boolean {
  return stripControl(s.replace(/\r/g, '')) !== s.replace(/\r/g, '');
}
