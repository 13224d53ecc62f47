#!/usr/bin/env node
// The `gongkai` command; everything it does is in program.ts (which tests run in-process).
import './v8-tuning.js';
import { watchPdfReads } from '../import/pdf/watching.js';
import { run } from './program.js';

// A reader library can leave a promise rejected after it has already failed (seen on some damaged
// PDFs: the failure is reported, then a second rejection nobody awaits arrives). The command's outcome is
// decided by run(); a stray rejection must not turn it into a stack trace and exit code 1.
process.on('unhandledRejection', () => {});

// One file read here has no batch worker to stop it: PDFs are read on a worker stopped when a page overruns.
watchPdfReads();
process.exitCode = await run(process.argv.slice(2));
