import { SGR, stripControl } from '../model/control.js';

/** Text safe to print on a terminal or to save as a text report; `keepColour` keeps SGR colour codes. */
export function terminalSafe(s: string, keepColour = false): string {
  if (!keepColour) return stripControl(s);
  const codes = s.match(SGR) ?? [];
  return s
    .split(SGR)
    .map((p, i) => stripControl(p) + (codes[i] ?? ''))
    .join('');
}
