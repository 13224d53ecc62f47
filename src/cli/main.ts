#!/usr/bin/env node
// The `gongkai` command; everything it does is in program.ts (which tests run in-process).
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2));
