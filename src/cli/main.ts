#!/usr/bin/env node
import { Command, Option } from 'commander';
import { GongkaiError } from '../model/errors.js';
import { ALL_RULES } from '../rules/catalogue.js';
import { CATEGORY_NAMES } from '../rules/engine/types.js';
import { toolVersion } from '../report/json.js';
import { writeFile } from 'node:fs/promises';
import { checkAnnotateTarget, runCheck, type CheckCliOptions } from './check.js';
import { runRender, type RenderFormat } from './render.js';
import { expandInputs, runBatch } from './batch.js';
import { batchJson, batchText, batchXlsx } from '../report/batch.js';

const program = new Command();
program.name('gongkai').description('公开：部门预算/决算公开文件的校验与发布工具').version(toolVersion());

program
  .command('check')
  .description('检查一份或多份预算公开文件，报告表内、表间、说明与报表、绩效目标和文字规范问题')
  .argument('<files...>', '文本（UTF-8 或 GBK）或 PDF 文件；也可以是目录（批量检查其中全部文件）')
  .addOption(new Option('-f, --format <format>', '输出格式').choices(['text', 'json', 'html']).default('text'))
  .option('-o, --out <file>', '把报告写入文件（默认输出到屏幕）')
  .option('--prior <file>', '上年的公开文件，用于核对“比上年增加/减少”')
  .option('--profile <id>', '指定格式（shanxi-13、national-9、national-9-final），默认自动识别')
  .option('--disable <ids>', '不运行的规则编号，逗号分隔', (v: string) => v.split(','))
  .option('--reference <file...>', '完整的官方科目表（CSV/XLSX），可写作 functional=文件 或 economic-department=文件')
  .addOption(new Option('--reference-mode <mode>', '官方科目表替换还是补充内置表').choices(['replace', 'extend']).default('extend'))
  .option('-j, --jobs <n>', '批量检查时的并行数（默认为 CPU 核数）', (v: string) => Number(v))
  .option('--xlsx <file>', '批量检查时另存一份可筛选的 Excel 汇总表')
  .option('--annotate <file>', '另存一份标注了问题位置的 PDF 副本（仅限检查单个 PDF 文件）')
  .action(async (inputs: string[], opts: CheckCliOptions & { jobs?: number; xlsx?: string }) => {
    const files = await expandInputs(inputs);
    const single = files.length === 1 && inputs.length === 1 && files[0] === inputs[0];
    if (opts.annotate && !single) throw new GongkaiError('annotate-single', '--annotate 只能用于检查单个 PDF 文件，不能用于多个文件或目录的批量检查');
    if (opts.annotate) await checkAnnotateTarget(files[0], opts.annotate);
    if (single) {
      try {
        const r = await runCheck(files[0], { ...opts, color: process.stdout.isTTY && !process.env.NO_COLOR });
        if (!opts.out) process.stdout.write(r.output + '\n');
        if (r.annotateError) process.stderr.write(`未能生成标注 PDF：${r.annotateError}\n`);
        else if (opts.annotate) process.stderr.write(`已生成标注 PDF ${opts.annotate}\n`);
        process.exitCode = r.code;
      } catch (e) {
        process.stderr.write(e instanceof GongkaiError ? `无法读取：${e.message}\n` : `读取“${files[0]}”时出现内部错误：${(e as Error).message}\n`);
        process.exitCode = 2;
      }
      return;
    }
    if (!files.length) throw new GongkaiError('no-input', `在 ${inputs.join('、')} 中没有找到可检查的文件（.txt、.pdf、.xlsx、.docx、.html）`);
    const rows = await runBatch(files, { jobs: opts.jobs, progress: process.stderr.isTTY });
    const output = opts.format === 'json' ? batchJson(rows) : batchText(rows);
    if (opts.out) await writeFile(opts.out, output);
    else process.stdout.write(output + '\n');
    if (opts.xlsx) await batchXlsx(rows, opts.xlsx);
    process.exitCode = rows.some((r) => r.status === 'unreadable') ? 2 : rows.some((r) => (r.errors ?? 0) > 0) ? 1 : 0;
  });

program
  .command('render')
  .description('由预算事实文件（YAML/JSON）生成公开文件：HTML、PDF、XLSX、DOCX')
  .argument('<facts>', '预算事实文件，格式见 docs/facts-format.md')
  .option('-f, --format <formats>', '输出格式，逗号分隔', 'html,pdf,xlsx,docx')
  .requiredOption('-o, --out <dir>', '输出目录')
  .option('--draft', '草稿：每页加“仅供内部审核”水印')
  .option('--final', '定稿：不加水印（覆盖事实文件中的 draft）')
  .action(async (facts: string, opts: { format: string; out: string; draft?: boolean; final?: boolean }) => {
    const formats = opts.format.split(',').map((f) => f.trim().toLowerCase()) as RenderFormat[];
    const draft = opts.draft ? true : opts.final ? false : undefined;
    const r = await runRender(facts, formats, opts.out, { draft });
    for (const f of r.files) process.stdout.write(`已生成 ${f}\n`);
    if (r.errors) process.stderr.write(`注意：生成的文件仍有 ${r.errors} 个错误级问题，请运行 gongkai check 查看\n`);
  });

program
  .command('template')
  .description('生成一个空白的填报工作簿（XLSX），填好后用 gongkai import 转成预算事实文件')
  .option('--year <year>', '预算年度', (v: string) => Number(v), new Date().getFullYear() + 1)
  .option('--profile <id>', '公开格式', 'shanxi-13')
  .option('-o, --out <file>', '输出文件', '预算填报表.xlsx')
  .action(async (opts: { year: number; profile: string; out: string }) => {
    const { writeTemplate } = await import('../template/index.js');
    await writeFile(opts.out, await writeTemplate({ year: opts.year, profile: opts.profile as 'shanxi-13' }));
    process.stdout.write(`已生成填报工作簿 ${opts.out}\n`);
  });

program
  .command('import')
  .description('把填好的工作簿转成预算事实文件（YAML），错误会指明工作表、行和列')
  .argument('<workbook>', '填好的 XLSX 工作簿')
  .option('-o, --out <file>', '输出的事实文件（默认输出到屏幕）')
  .action(async (workbook: string, opts: { out?: string }) => {
    const { importWorkbook } = await import('../template/index.js');
    const { factsToYaml } = await import('../facts/index.js');
    const yaml = factsToYaml(await importWorkbook(workbook, { file: workbook }));
    if (opts.out) {
      await writeFile(opts.out, yaml);
      process.stdout.write(`已生成预算事实文件 ${opts.out}\n`);
    } else process.stdout.write(yaml);
  });

program
  .command('rules')
  .description('列出全部校验规则')
  .addOption(new Option('-f, --format <format>', '输出格式').choices(['text', 'json']).default('text'))
  .action((opts: { format: string }) => {
    if (opts.format === 'json') {
      process.stdout.write(JSON.stringify(ALL_RULES.map(({ check: _c, ...meta }) => meta), null, 2) + '\n');
      return;
    }
    for (const r of ALL_RULES) process.stdout.write(`${r.id.padEnd(34)} ${r.severity.padEnd(8)} ${CATEGORY_NAMES[r.category]}　${r.title}\n`);
    process.stdout.write(`共 ${ALL_RULES.length} 条规则\n`);
  });

program.parseAsync().catch((e: unknown) => {
  const known = e instanceof GongkaiError || (e as Error).name === 'FactsError';
  process.stderr.write(`${known ? (e as Error).message : `内部错误：${(e as Error).message}`}\n`);
  process.exitCode = 2;
});
