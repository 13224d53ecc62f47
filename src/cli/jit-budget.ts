// Imported first by the command line (main.ts): a run of the `gongkai` command is short, and most of its code
// runs a few times only. V8 by default optimises a function after a small amount of work; in a batch check that
// is hundreds of functions optimised (and re-optimised after deoptimisation) by every worker thread, and on a
// two-core machine that compiling competes with the checking itself: measured on the shared corpus, `check DIR
// --jobs 2` spent 12.5 s of CPU with the default and 9.3 s with a budget 15 times larger (7.2 s → 5.5 s wall),
// with the same speed once warm; a single 262-page PDF 2.3 s → 2.1 s. Flags are process-wide: the batch's
// workers and the page helper, created later, start with it. The server (long-running) keeps V8's default.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--interrupt-budget=2000000');
