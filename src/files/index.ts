// Reading inputs through one gate and writing outputs without ever harming a user's file.
export { identifyInput, identityOf, limitByContent, LIMITS, readInput, readInputSync, type InputFile, type ReadOptions, type SizeLimit } from './input.js';
export { planOutput, refuseOverlap, writeOutput, type OutputTarget } from './output.js';
export { scanInputs, type ScanEntry, type ScanOptions } from './scan.js';
export { fsReason } from './reason.js';
