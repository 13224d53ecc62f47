// Stands in for node:fs, node:path, node:url and node:module in the browser build of the engine. The browser path
// (validation, derivation, rules) never reads files; if something ever tries, it fails loudly.
const unavailable = (name: string) => () => {
  throw new Error(`${name} 在浏览器中不可用`);
};
export const readFileSync = unavailable('readFileSync');
export const writeFileSync = unavailable('writeFileSync');
export const existsSync = (): boolean => false;
export const readFile = unavailable('readFile');
export const stat = unavailable('stat');
export const open = unavailable('open');
export const openSync = unavailable('openSync');
export const closeSync = unavailable('closeSync');
export const readSync = unavailable('readSync');
export const fstatSync = unavailable('fstatSync');
export const lstatSync = unavailable('lstatSync');
export const statSync = unavailable('statSync');
export const realpathSync = unavailable('realpathSync');
export const constants = {};
export const fchmodSync = unavailable('fchmodSync');
export const fchownSync = unavailable('fchownSync');
export const fsyncSync = unavailable('fsyncSync');
export const renameSync = unavailable('renameSync');
export const unlinkSync = unavailable('unlinkSync');
export const writeSync = unavailable('writeSync');
export const readdirSync = unavailable('readdirSync');
export const mkdirSync = unavailable('mkdirSync');
export const linkSync = unavailable('linkSync');
export const rmSync = unavailable('rmSync');
export const fileURLToPath = unavailable('fileURLToPath');
export const createRequire = unavailable('createRequire');
export const join = (...parts: string[]): string => parts.join('/');
export const resolve = join;
export const dirname = (p: string): string => p.replace(/\/[^/]*$/, '');
export const basename = (p: string): string => p.replace(/^.*[\\/]/, '');
export const extname = (p: string): string => /\.[^./\\]*$/.exec(p)?.[0] ?? '';
export default { readFileSync, writeFileSync, existsSync, readFile, stat, open, openSync, closeSync, readSync, fstatSync, lstatSync, statSync, realpathSync, constants, fchmodSync, fchownSync, fsyncSync, renameSync, unlinkSync, writeSync, readdirSync, mkdirSync, linkSync, rmSync, fileURLToPath, createRequire, join, resolve, dirname, basename, extname };
