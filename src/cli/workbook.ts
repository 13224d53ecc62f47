import { planOutput, refuseOverlap, writeOutput } from '../files/index.js';
import { GongkaiError } from '../model/errors.js';
import { refuse } from './args.js';
import { EXIT } from './exit.js';
import type { Io } from './io.js';

/** Profiles that have a fill-in workbook (the others are refused here, not after the workbook is filled in). */
const TEMPLATE_PROFILES = ['shanxi-13'];

/** `gongkai template`: a blank fill-in workbook; never over a file that exists (it may be a filled-in copy). */
export async function templateCommand(opts: { year: number; profile: string; out: string; force?: boolean }, io: Io): Promise<number> {
  refuse(!TEMPLATE_PROFILES.includes(opts.profile), `格式“${opts.profile}”还没有填报模板；目前可选：${TEMPLATE_PROFILES.join('、')}`);
  const target = planOutput(opts.out, '填报工作簿');
  if (target.existing && !target.existing.special && !opts.force) {
    throw new GongkaiError('output-exists', `文件“${opts.out}”已存在，可能是已填写的工作簿，没有覆盖它。请用 -o 另取文件名，或加 --force 覆盖`, opts.out);
  }
  const { writeTemplate } = await import('../template/index.js');
  writeOutput(target, await writeTemplate({ year: opts.year, profile: opts.profile as 'shanxi-13' }));
  io.out(`已生成填报工作簿 ${opts.out}\n`);
  return EXIT.clean;
}

/** `gongkai import`: a filled workbook to a facts file (YAML); the workbook itself is never written. */
export async function importCommand(workbook: string, opts: { out?: string }, io: Io): Promise<number> {
  const target = opts.out ? planOutput(opts.out, '事实文件') : undefined;
  if (target) refuseOverlap([target], [workbook]);
  const { importWorkbook } = await import('../template/index.js');
  const { factsToYaml } = await import('../facts/index.js');
  const yaml = factsToYaml(await importWorkbook(workbook, { file: workbook }));
  if (!target) {
    io.out(yaml);
    return EXIT.clean;
  }
  writeOutput(target, yaml);
  io.out(`已生成预算事实文件 ${opts.out}\n`);
  return EXIT.clean;
}

