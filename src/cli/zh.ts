import { Command, type Help, type Option } from 'commander';
import { SGR } from '../model/control.js';

/** Headings commander prints in help, in Chinese. */
const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

const quote = (s: string) => `“${s}”`;

/** Columns a string takes on a terminal: CJK characters and full-width forms take two (commander counts one). */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(SGR, '')) {
    const c = ch.codePointAt(0)!;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}

/** "--format <format>" description with its choices and default, in Chinese. */
function optionDescription(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`可选：${option.argChoices.join('、')}`);
  if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(`默认：${option.defaultValueDescription ?? String(option.defaultValue)}`);
  return extra.length ? `${option.description}（${extra.join('；')}）` : option.description;
}

/** Wrap at a display width, between any two CJK characters or at spaces (commander breaks at spaces only). */
function boxWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const tokens = line.match(/[\x21-\x7e]+|\s+|./gu) ?? [];
      const out: string[] = [];
      let cur = '';
      for (const t of tokens) {
        // Closing punctuation never starts a line (it may stick out by one character instead).
        if (cur && displayWidth(cur + t) > width && !/^\s+$/.test(t) && !/^[，。、；：）」』”！？]$/.test(t)) {
          out.push(cur.trimEnd());
          cur = '';
        }
        if (!(cur === '' && /^\s+$/.test(t))) cur += t;
      }
      out.push(cur.trimEnd());
      return out.join('\n');
    })
    .join('\n');
}

/**
 * Commander's error texts in Chinese. Commander 14 builds them in English from fixed templates (see
 * command.js: unknownOption, missingArgument…); each is matched here and said again in Chinese.
 */
export function translateError(message: string): string {
  const s = message.replace(/^error: /, '').trimEnd();
  const did = /\n\(Did you mean (?:one of )?(.+)\?\)$/.exec(s);
  const hint = did ? `（是否要输入 ${did[1].split(', ').join('、')}？）` : '';
  const body = did ? s.slice(0, did.index) : s;
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^unknown option '(.+)'$/, (o) => `未知的选项 ${quote(o)}`],
    [/^unknown command '(.+)'$/, (c) => `未知的命令 ${quote(c)}`],
    [/^missing required argument '(.+)'$/, (a) => `缺少必需的参数 ${quote(a)}`],
    [/^option '(.+)' argument missing$/, (o) => `选项 ${quote(o)} 缺少取值`],
    [/^required option '(.+)' not specified$/, (o) => `缺少必需的选项 ${quote(o)}`],
    [/^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/s, (o, v, c) => `选项 ${quote(o)} 的取值 ${quote(v)} 无效；可选：${c.split(', ').join('、')}`],
    [/^option '(.+)' argument '(.*)' is invalid\. (.+)$/s, (o, v, why) => `选项 ${quote(o)} 的取值 ${quote(v)} 无效：${why}`],
    [/^command-argument value '(.*)' is invalid for argument '(.+)'\. (.+)$/s, (v, a, why) => `参数 ${quote(a)} 的取值 ${quote(v)} 无效：${why}`],
    [/^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (c, n, m) => `${c ? `命令 ${c} ` : ''}参数过多：应有 ${n} 个，实际给了 ${m} 个`],
    [/^too many arguments$/, () => '参数过多'],
    [/^(?:option|environment variable) '(.+)' cannot be used with (?:option|environment variable) '(.+)'$/, (a, b) => `选项 ${quote(a)} 不能与 ${quote(b)} 同时使用`],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(body);
    if (m) return `参数错误：${say(...m.slice(1))}${hint}`;
  }
  return `参数错误：${body}${hint}`;
}

export interface CliWriters {
  out(s: string): void;
  err(s: string): void;
}

/**
 * Make a program speak Chinese: help headings, option descriptions, help/version options and the help
 * command, error texts; output goes to the given writers. Call before adding commands (they inherit it).
 */
export function localise(program: Command, io: CliWriters): Command {
  return program
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(`${translateError(s)}\n`),
    })
    .configureHelp({
      styleTitle: (s: string) => TITLES[s] ?? s,
      optionDescription,
      displayWidth,
      boxWrap,
      subcommandTerm: (cmd: Command) => `${cmd.name()} ${cmd.usage()}`.trim(),
      sortSubcommands: false,
    } as Partial<Help>)
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .showSuggestionAfterError(true);
}

/** A subcommand with Chinese usage and a pointer to its help after any usage error. */
export function subcommand(program: Command, name: string, usage: string): Command {
  return program.command(name).usage(usage).showHelpAfterError(`（运行 gongkai ${name} --help 查看用法）`);
}

export { Command };
