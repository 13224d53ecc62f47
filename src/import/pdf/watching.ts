// Whether this thread reads PDFs on a watched worker (see watched.ts); a module of its own so that the
// command line can turn it on without loading PDFium.
export let watching = false;

/** Read PDFs on a watched worker from now on (the command line turns this on for its own thread). */
export function watchPdfReads(on = true): void {
  watching = on;
}
