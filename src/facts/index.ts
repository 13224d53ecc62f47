export { FactsSchema, FactsObject, type Facts, type FactsInput } from './schema.js';
export { loadFacts, parseFacts, parseFactsText, FactsError, type FactsIssue } from './load.js';
export { factsJsonSchema, factsJsonSchemaText } from './json-schema.js';
export { SOURCES, FISCAL_SOURCES, SOURCE_NAMES, yuan, fenOf, type SourceKey, type FiscalKey } from './amount.js';
export { profileProblem, DERIVABLE_PROFILES } from './checks.js';
export { unitsOf, unitName } from './helpers.js';
export { functionalNames, resolveEconomic } from './classify.js';
export { factsToYaml, factsToPlain } from './write.js';
