// Imported first by the command line (main.ts): V8's defaults suit long-running programs; a run of `gongkai`
// is short, and its batch runs one worker per core. Flags are process-wide: the batch's workers and the page
// helper, created later, start with them. The server (long-running) keeps V8's defaults.
import { setFlagsFromString } from 'node:v8';

// Optimise a function after more work than by default. Most of the command's code runs a few times only; by
// default V8 optimises (and after deoptimisation re-optimises) hundreds of functions in every worker, and on a
// two-core machine that compiling competes with the checking: `check DIR --jobs 2` on the shared corpus took
// 12.5 s of CPU with the default and 9.3 s with this budget (7.2 → 5.5 s wall), with the same speed once warm.
setFlagsFromString('--interrupt-budget=2000000');

// Not set here: the GC flags (--single-threaded-gc and what it implies) measured 0.2 s faster on the corpus batch
// from the command line, but changed at run time they crash V8 (a heap already set up for concurrent marking).
