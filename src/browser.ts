// The engine entry for browsers: validation, derivation and the rule engine, with no file access. Reference lists
// come in as CSV text (provideBuiltinReference) before first use; node:fs in modules below is never reached then.
export { parseFacts, parseFactsText, FactsError, type FactsIssue } from './facts/load.js';
export { factsToPlain } from './facts/write.js';
export { SOURCES, SOURCE_NAMES, FISCAL_SOURCES } from './facts/amount.js';
export type { Facts, FactsInput } from './facts/schema.js';
export { deriveDocument } from './derive/index.js';
export { checkDocument } from './rules/engine/run.js';
export { CATEGORY_NAMES, type Finding, type Location, type Severity } from './rules/engine/types.js';
export { referenceFromCsv, type ReferenceCsv } from './reference/from-csv.js';
export { builtinReference, provideBuiltinReference, type ReferenceSet } from './reference/index.js';
export { GongkaiError } from './model/errors.js';
