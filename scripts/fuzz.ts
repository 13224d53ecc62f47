// npm run fuzz — seeded mutations of real PDF/XLSX/DOCX/text inputs; zero crashes is the target.
// FUZZ_CASES (default 2000) and FUZZ_SEED (default 1) change the run; inputs that crash are kept in fuzz-crashes/.
import { describe, fuzz } from './fuzz/run.js';

const cases = Number(process.env.FUZZ_CASES ?? 2000);
const seed = Number(process.env.FUZZ_SEED ?? 1);
const result = await fuzz({ cases, seed, keepCrashesIn: 'fuzz-crashes' });
console.log(describe(result, seed));
if (result.crashes.length) console.log('引起崩溃的输入已保存在 fuzz-crashes/，可用 gongkai check 逐个重现');
process.exitCode = result.crashes.length ? 1 : 0;
