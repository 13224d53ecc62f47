export { writeTemplate, factsToWorkbook, factsData, type TemplateOptions } from './fill.js';
export { importWorkbook } from './import.js';
export { ALL_SHEETS } from './spec-more.js';
export type { Field, SheetSpec, TableSpec } from './spec.js';
