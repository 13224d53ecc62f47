import { Option } from 'commander';
import { PROFILES } from '../profiles/profiles.js';
import { toolVersion } from '../report/version.js';
import { parseJobs, parseProfile, parseRuleIds, parseSeconds, parseYear, refuse } from './args.js';
import { DEFAULT_TIMEOUT_SECONDS } from './batch.js';
import { checkCommand, type CheckCommandOptions } from './check-command.js';
import { CHECK_FORMATS } from './check-options.js';
import { CommanderExit, describeError, EXIT } from './exit.js';
import { processIo, type Io } from './io.js';
import { RENDER_FORMATS, type RenderFormat } from './render-formats.js';
import { Command, localise, subcommand } from './zh.js';

const EXIT_HELP = `
退出码：
  0   未发现错误级问题（或命令已完成）
  1   发现错误级问题
  2   文件无法读取，或输出无法写入
  64  参数错误（未知的命令、选项或取值）
  70  内部错误（gongkai 的缺陷，请报告）`;

const FORMATS_HELP = `
支持的输入格式：
  文本（.txt，UTF-8 或 GBK）、PDF（.pdf）、Excel 工作簿（.xlsx）、Word 文档（.docx）、网页（.html、.htm）；
  按文件内容识别格式，扩展名不对也能读。给出目录时检查其中所有这些格式的文件（含子目录）。
  批量检查（多个文件或目录）：text 输出汇总表；json 输出一个含全部文件全部问题的 JSON；
  html 须用 -o 指定索引页，每个文件另有一份审核意见。pdf、docx 只用于检查单个文件。`;

/** Commander recognises "<name...>" as taking several values only when the name ends in an ASCII letter. */
function variadic(o: Option): Option {
  o.variadic = true;
  return o;
}

/** The command line, speaking Chinese, writing to `io`. Each action returns its exit code through `done`. */
function buildProgram(io: Io, done: (code: number) => void): Command {
  const program = localise(new Command(), io)
    .name('gongkai')
    .usage('<命令> [选项]')
    .description('公开：部门预算/决算公开文件的校验与发布工具')
    .version(toolVersion(), '-V, --version', '显示版本号')
    .addHelpText('after', EXIT_HELP)
    .showHelpAfterError('（运行 gongkai --help 查看用法）')
    .exitOverride((e) => {
      throw new CommanderExit(e.exitCode === 0 ? EXIT.clean : EXIT.usage);
    });

  subcommand(program, 'check', '[选项] <文件或目录...>')
    .description('检查一份或多份预算公开文件，报告表内、表间、说明与报表、绩效目标和文字规范问题')
    .argument('<文件或目录...>', '要检查的公开文件；给出目录或多个文件时批量检查')
    .addOption(new Option('-f, --format <格式>', '报告格式：text 文本、json 数据、html/pdf/docx 可打印的审核意见（pdf、docx 须用 -o）').choices([...CHECK_FORMATS]).default('text'))
    .option('-o, --out <文件>', '把报告写入文件（默认输出到屏幕）；批量检查的 html 报告写成此索引页，每个文件的审核意见放在同一目录')
    .option('--prior <文件>', '上年的公开文件，用于核对“比上年增加/减少”')
    .option('--profile <格式>', `指定公开格式（${Object.keys(PROFILES).join('、')}），默认自动识别`, parseProfile)
    .option('--disable <规则编号>', '不运行的规则编号，逗号分隔（gongkai rules 列出全部编号）', parseRuleIds)
    .addOption(variadic(new Option('--reference <文件...>', '完整的官方科目表（CSV/XLSX），可写作 functional=文件 或 economic-department=文件')))
    .addOption(new Option('--reference-mode <方式>', '官方科目表替换还是补充内置表').choices(['replace', 'extend']).default('extend'))
    .option('-j, --jobs <n>', '批量检查时的并行数（默认为 CPU 核数，不超过 CPU 核数和内存所允许的数目）', parseJobs)
    .option('--timeout <秒>', `批量检查时每份文件的时间上限（默认 ${DEFAULT_TIMEOUT_SECONDS} 秒），超时的文件记为无法读取，其余照常检查`, parseSeconds)
    .option('--xlsx <文件>', '批量检查时另存一份 Excel 工作簿：汇总表和逐条问题清单，可筛选')
    .option('--annotate <文件>', '另存一份标注了问题位置的 PDF 副本（仅限检查单个 PDF 文件）')
    .option('--parts', '把给出的几个文件作为同一份公开文件的几个部分（如 说明.pdf 报表.pdf）合在一起检查，问题位置注明各自的文件和页')
    .addHelpText('after', FORMATS_HELP + '\n' + EXIT_HELP)
    .action(async (inputs: string[], opts: CheckCommandOptions) => done(await checkCommand(inputs, opts, io)));

  subcommand(program, 'render', '[选项] <事实文件> -o <目录>')
    .description('由预算事实文件（YAML/JSON）生成公开文件：HTML、PDF、XLSX、DOCX')
    .argument('<事实文件>', '预算事实文件，格式见 docs/facts-format.md')
    .option('-f, --format <格式>', `输出格式，逗号分隔（可选：${RENDER_FORMATS.join('、')}）`, RENDER_FORMATS.join(','))
    .requiredOption('-o, --out <目录>', '输出目录')
    .option('--draft', '草稿：每页加“仅供内部审核”水印')
    .option('--final', '定稿：不加水印（覆盖事实文件中的 draft）')
    .action(async (facts: string, opts: { format: string; out: string; draft?: boolean; final?: boolean }) => {
      const formats = opts.format.split(',').map((f) => f.trim().toLowerCase()) as RenderFormat[];
      const unknown = formats.filter((f) => !RENDER_FORMATS.includes(f));
      refuse(unknown.length, `不支持的输出格式“${unknown.join('、')}”；可选：${RENDER_FORMATS.join('、')}`);
      refuse(opts.draft && opts.final, '--draft 和 --final 只能选一个');
      // Renderers and workbook code are loaded by the command that needs them: every other run starts faster.
      const { runRender } = await import('./render.js');
      const r = await runRender(facts, formats, opts.out, { draft: opts.draft ? true : opts.final ? false : undefined });
      for (const f of r.files) io.out(`已生成 ${f}\n`);
      if (r.errors) io.err(`注意：生成的文件仍有 ${r.errors} 个错误级问题，请运行 gongkai check 查看\n`);
      done(EXIT.clean);
    });

  subcommand(program, 'template', '[选项]')
    .description('生成一个空白的填报工作簿（XLSX），填好后用 gongkai import 转成预算事实文件')
    .option('--year <年度>', '预算年度（2000–2100）', parseYear, new Date().getFullYear() + 1)
    .option('--profile <格式>', '公开格式（目前只有 shanxi-13 有填报模板）', 'shanxi-13')
    .option('-o, --out <文件>', '输出文件', '预算填报表.xlsx')
    .option('--force', '输出文件已存在时覆盖它')
    .action(async (opts: { year: number; profile: string; out: string; force?: boolean }) => done(await (await import('./workbook.js')).templateCommand(opts, io)));

  subcommand(program, 'import', '[选项] <工作簿>')
    .description('把填好的工作簿转成预算事实文件（YAML），错误会指明工作表、行和列')
    .argument('<工作簿>', '填好的 XLSX 工作簿')
    .option('-o, --out <文件>', '输出的事实文件（默认输出到屏幕）')
    .action(async (workbook: string, opts: { out?: string }) => done(await (await import('./workbook.js')).importCommand(workbook, opts, io)));

  subcommand(program, 'rules', '[选项]')
    .description('列出全部校验规则')
    .addOption(new Option('-f, --format <格式>', '输出格式').choices(['text', 'json']).default('text'))
    .action(async (opts: { format: string }) => {
      const [{ ALL_RULES }, { CATEGORY_NAMES }] = await Promise.all([import('../rules/catalogue.js'), import('../rules/engine/types.js')]);
      if (opts.format === 'json') io.out(JSON.stringify(ALL_RULES.map(({ check: _c, ...meta }) => meta), null, 2) + '\n');
      else {
        for (const r of ALL_RULES) io.out(`${r.id.padEnd(34)} ${r.severity.padEnd(8)} ${CATEGORY_NAMES[r.category]}　${r.title}\n`);
        io.out(`共 ${ALL_RULES.length} 条规则\n`);
      }
      done(EXIT.clean);
    });
  return program;
}

/** Run the command line on `argv` (without node and script); resolves to the exit code. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.clean;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderExit) return e.exitCode;
    const { code: exit, message } = describeError(e);
    io.err(message + '\n');
    return exit;
  }
}
