/**
 * `Array.prototype.push` as the engine provides it, captured before pdfjs-dist loads (./pdfjs.ts imports
 * this module first). The legacy pdfjs build replaces it process-wide with a core-js polyfill on Node 20
 * (whose push fails two spec edge cases nobody relies on); the polyfill is several times slower.
 */
export const enginePush = Array.prototype.push;
