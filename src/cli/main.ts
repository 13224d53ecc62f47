#!/usr/bin/env node
import { Command, Option } from 'commander';
import { GongkaiError } from '../model/errors.js';
import { ALL_RULES } from '../rules/catalogue.js';
import { CATEGORY_NAMES } from '../rules/engine/types.js';
import { toolVersion } from '../report/json.js';
import { runCheck, type CheckCliOptions } from './check.js';

const program = new Command();
program.name('gongkai').description('公开：部门预算/决算公开文件的校验与发布工具').version(toolVersion());

program
  .command('check')
  .description('检查一份或多份预算公开文件，报告表内、表间、说明与报表、绩效目标和文字规范问题')
  .argument('<files...>', '文本（UTF-8 或 GBK）或 PDF 文件')
  .addOption(new Option('-f, --format <format>', '输出格式').choices(['text', 'json', 'html']).default('text'))
  .option('-o, --out <file>', '把报告写入文件（默认输出到屏幕）')
  .option('--prior <file>', '上年的公开文件，用于核对“比上年增加/减少”')
  .option('--profile <id>', '指定格式（shanxi-13、national-9、national-9-final），默认自动识别')
  .option('--disable <ids>', '不运行的规则编号，逗号分隔', (v: string) => v.split(','))
  .option('--reference <file...>', '完整的官方科目表（CSV/XLSX），可写作 functional=文件 或 economic-department=文件')
  .addOption(new Option('--reference-mode <mode>', '官方科目表替换还是补充内置表').choices(['replace', 'extend']).default('extend'))
  .action(async (files: string[], opts: CheckCliOptions) => {
    let code = 0;
    for (const file of files) {
      try {
        const r = await runCheck(file, { ...opts, out: files.length > 1 ? undefined : opts.out, color: process.stdout.isTTY && !process.env.NO_COLOR });
        if (!opts.out || files.length > 1) process.stdout.write(r.output + '\n');
        code = Math.max(code, r.code);
      } catch (e) {
        code = 2;
        if (e instanceof GongkaiError) process.stderr.write(`无法读取：${e.message}\n`);
        else process.stderr.write(`读取“${file}”时出现内部错误：${(e as Error).message}\n`);
      }
    }
    process.exitCode = code;
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
  process.stderr.write(`${e instanceof GongkaiError ? e.message : `内部错误：${(e as Error).message}`}\n`);
  process.exitCode = 2;
});
