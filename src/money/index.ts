export * from './units.js';
export * from './money.js';
export * from './parse.js';
export * from './percent.js';
export * from './tolerance.js';
export * from './spreadsheet.js';
