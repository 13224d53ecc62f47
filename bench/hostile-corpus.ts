// The hostile-input corpus: every probe of issue 9 (a hostile or careless user) as a case with the exit code
// and message it must give. Generated into a folder on demand (nothing large is committed). `full` makes the
// cases at their real size for `npm run bench:hostile`; `test` makes small ones for the test suite.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { MAX_CHARS, MAX_LINES } from '../src/import/lines/index.js';
import { makeZip } from '../src/import/xlsx/testing.js';
import { mutate, rng } from '../scripts/fuzz/mutate.js';
import { ENCRYPTED_PDF, filledWorkbook, pdfPages, rezip, SEED_FACTS, SEED_PDF, SEED_TEXT, seedDocx, seedXlsx } from './hostile-seeds.js';

export type Scale = 'test' | 'full';

export interface HostileCase {
  name: string;
  /** What a user did, in Chinese. */
  what: string;
  argv: string[];
  /** Allowed exit codes (70, an internal error, is never allowed). */
  codes: number[];
  /** Must appear in stderr. */
  err?: RegExp;
  /** Must appear in stdout. */
  out?: RegExp;
  /** Largest stdout accepted, in bytes (reports of huge inputs stay small). */
  maxOut?: number;
  /** stdout must carry no escape character. */
  noEscapes?: boolean;
  /** Only as a separate process (the bench): the case leaves a stray promise rejection the test runner would report. */
  processOnly?: boolean;
}

const MB = 1024 * 1024;
const seedText = () => readFileSync(SEED_TEXT, 'utf8');
const HEAD = '泽州县总工会\n2026年度部门预算公开\n一、收支预算总体情况说明\n';
const PAGE = '<html><head><meta charset="utf-8"></head><body><p>泽州县总工会</p><p>2026年度部门预算公开</p>';

/** A text of about `bytes` bytes: `unit` repeated after a disclosure's first lines. */
function repeatTo(unit: string, bytes: number, head = HEAD): string {
  return head + unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
}

/** `unit` repeated after a disclosure's first lines to about `chars` characters of text (the line reader's measure). */
function repeatChars(unit: string, chars: number, head = HEAD): string {
  return head + unit.repeat(Math.max(1, Math.floor((chars - head.length) / unit.length)));
}

/** The seed text repeated to about `lines` lines with text. */
function seedRepeated(lines: number): string {
  const withText = seedText().split('\n').filter((l) => l.trim() !== '').length;
  return seedText().repeat(Math.max(1, Math.floor(lines / withText)));
}

const SHOW = 'BT /F1 12 Tf 72 720 Td (2026) Tj ET ';

/** A one-page PDF whose (compressed) content stream is `content`. */
async function contentPdf(content: string, size: [number, number] = [595, 842]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage(size);
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(content)));
  return Buffer.from(await doc.save());
}

/** A one-page PDF whose content stream nests `depth` graphics states (q … Q). */
const nestedPdf = (depth: number) => contentPdf(`${'q '.repeat(depth)}${SHOW}${'Q '.repeat(depth)}`);

/** Form XObjects `depth` deep, each drawing the one below twice: 2^depth objects once expanded. */
async function formBomb(depth: number, pages = 1): Promise<Buffer> {
  const doc = await PDFDocument.create();
  let below = doc.context.register(doc.context.flateStream(`0 0 m 100 0 l S ${SHOW}`, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 595, 842] }));
  for (let d = 1; d < depth; d++) {
    const form = doc.context.flateStream('/X Do /X Do', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 595, 842] });
    form.dict.set(PDFName.of('Resources'), doc.context.obj({ XObject: { X: below } }));
    below = doc.context.register(form);
  }
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([595, 842]);
    page.node.set(PDFName.of('Resources'), doc.context.obj({ XObject: { X: below } }));
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream('/X Do')));
  }
  return Buffer.from(await doc.save());
}

/** `n` pages sharing one small content stream. */
async function manyPages(n: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const content = doc.context.register(doc.context.flateStream(SHOW));
  for (let i = 0; i < n; i++) doc.addPage([595, 842]).node.set(PDFName.of('Contents'), content);
  return Buffer.from(await doc.save());
}

/** The largest page PDF allows (14,400 units a side) at the largest /UserUnit a viewer would take. */
async function hugePage(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([14_400, 14_400]);
  page.node.set(PDFName.of('UserUnit'), doc.context.obj(75_000));
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(`0 0 m 14400 14400 l S ${SHOW}`)));
  return Buffer.from(await doc.save());
}

/**
 * An XLSX whose one sheet inflates to 110 MB while its header declares a few bytes (a zip bomb). The small
 * version only declares 110 MB (refused from the header; the lying header is caught by the full one).
 */
function zipBomb(full: boolean): Buffer {
  const sheet = full ? Buffer.alloc(110 * MB, 0x20) : '<worksheet/>';
  return makeZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'xl/workbook.xml', data: '<workbook/>' },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: full ? 1000 : 110 * MB },
  ]);
}

/** An XLSX of `rows` rows written as raw sheet XML (ExcelJS would take minutes to write a million). */
function manyRows(rows: number, col = 'A'): Buffer {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) body.push(`<row r="${r}"><c r="${col}${r}"><v>${r}</v></c></row>`);
  const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join('')}</sheetData></worksheet>`;
  return makeZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'xl/workbook.xml', data: '<workbook/>' },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}

const LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lolololololololololol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;

/** Build the corpus in `dir`; returns the cases, each with absolute paths. */
export async function makeCorpus(dir: string, scale: Scale): Promise<HostileCase[]> {
  const full = scale === 'full';
  const p = (...parts: string[]) => join(dir, ...parts);
  const put = (name: string, data: string | Uint8Array) => (writeFileSync(p(name), data), p(name));
  for (const d of ['out', 'batch', 'loops/sub', 'badlinks', 'slow', 'render-out']) mkdirSync(p(d), { recursive: true });

  const seed = put('seed.txt', seedText());
  const pdf = put('in.pdf', full ? readFileSync(SEED_PDF) : await pdfPages(SEED_PDF, 2));
  const workbook = put('filled.xlsx', await filledWorkbook());
  const facts = put('facts.yaml', readFileSync(SEED_FACTS));
  const factsText = readFileSync(SEED_FACTS, 'utf8');
  copyFileSync(seed, p('batch', 'a.txt'));
  copyFileSync(pdf, p('batch', 'b.pdf'));
  symlinkSync(pdf, p('to-in.pdf'));
  linkSync(pdf, p('hard-in.pdf'));
  symlinkSync(workbook, p('to-filled.xlsx'));
  symlinkSync('/dev/zero', p('zero.csv'));
  symlinkSync('/dev/zero', p('zero.xlsx'));
  execFileSync('mkfifo', [p('pipe.txt')]);
  // Folders: links back to themselves and their parent; a dangling link and a link loop among good files.
  copyFileSync(seed, p('loops', 'sub', 'x.txt'));
  symlinkSync('..', p('loops', 'sub', 'up'));
  symlinkSync('../sub', p('loops', 'sub', 'again'));
  symlinkSync('.', p('loops', 'self'));
  symlinkSync('.', p('loops', 'self2'));
  copyFileSync(seed, p('badlinks', 'a.txt'));
  symlinkSync('nowhere.pdf', p('badlinks', 'dangling.pdf'));
  symlinkSync('loop2.pdf', p('badlinks', 'loop1.pdf'));
  symlinkSync('loop1.pdf', p('badlinks', 'loop2.pdf'));
  // render's output name for the example facts, pointing back at the facts file
  symlinkSync(facts, p('render-out', '泽州县总工会-2026年部门预算.html'));

  const bomb = put('bomb.xlsx', zipBomb(full));
  put('nested.pdf', await nestedPdf(full ? 100_000 : 2_000));
  // 100 MB of operators in a 100 KB file: PDFium parses a page's content in one call that cannot be stopped.
  put('content-bomb.pdf', await contentPdf(`${'q Q '.repeat(full ? 25_000_000 : 250_000)}${SHOW}`));
  copyFileSync(p('content-bomb.pdf'), p('slow', 'content-bomb.pdf'));
  copyFileSync(seed, p('slow', 'a.txt'));
  const docx = await seedDocx(true);
  const xlsx = await seedXlsx(true);
  put('laughs.docx', rezip(docx, { 'word/document.xml': `${LAUGHS}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>` }));
  put('laughs.xlsx', rezip(xlsx, { 'xl/sharedStrings.xml': `${LAUGHS}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>` }));
  const seedLines = seedText().split('\n');
  const text = (name: string, content: string) => put(name, content);

  const overLines = new RegExp(`有 \\d+ 行文字，超过 ${MAX_LINES} 行的上限`);
  const overChars = new RegExp(`有 \\d+ 个字符的文字，超过 ${MAX_CHARS} 个的上限`);
  const cases: HostileCase[] = [
    // —— never destroy a user's file
    { name: 'out-is-input', what: '报告输出到被检查的 PDF 本身', argv: ['check', pdf, '--format', 'json', '-o', pdf], codes: [2], err: /就是输入文件/ },
    { name: 'batch-out-is-input', what: '批量检查的报告输出到目录中的一个输入文件', argv: ['check', p('batch'), '-o', p('batch', 'a.txt')], codes: [2], err: /就是输入文件/ },
    { name: 'batch-xlsx-is-input', what: '批量检查的 Excel 汇总表输出到一个输入文件', argv: ['check', p('batch'), '--xlsx', p('batch', 'b.pdf')], codes: [2], err: /就是输入文件/ },
    { name: 'annotate-symlink', what: '--annotate 输出到指向原 PDF 的符号链接', argv: ['check', pdf, '--annotate', p('to-in.pdf')], codes: [2], err: /经符号链接指向输入文件/ },
    { name: 'annotate-hardlink', what: '--annotate 输出到原 PDF 的硬链接', argv: ['check', pdf, '--annotate', p('hard-in.pdf')], codes: [2], err: /硬链接/ },
    { name: 'import-onto-workbook', what: 'import 的输出就是工作簿本身', argv: ['import', workbook, '-o', workbook], codes: [2], err: /就是输入文件/ },
    { name: 'import-onto-link', what: 'import 输出到指向工作簿的符号链接', argv: ['import', workbook, '-o', p('to-filled.xlsx')], codes: [2], err: /经符号链接指向输入文件/ },
    { name: 'prior-is-out', what: '报告输出到 --prior 的上年文件', argv: ['check', seed, '--prior', p('batch', 'a.txt'), '-o', p('batch', 'a.txt')], codes: [2], err: /就是输入文件/ },
    { name: 'reference-is-out', what: '报告输出到 --reference 的科目表', argv: ['check', seed, '--reference', `functional=${p('zero.csv')}`, '-o', p('zero.csv')], codes: [2], err: /输入文件/ },
    { name: 'render-onto-facts', what: 'render 的输出文件名恰是指向事实文件的链接', argv: ['render', facts, '-o', p('render-out'), '--format', 'html'], codes: [2], err: /经符号链接指向输入文件/ },
    { name: 'template-over-filled', what: 'template 输出到已填好的工作簿', argv: ['template', '-o', workbook], codes: [2], err: /已存在/ },
    { name: 'disk-full', what: '报告写到已满的磁盘（/dev/full）', argv: ['check', seed, '-o', '/dev/full'], codes: [2], err: /写入报告“\/dev\/full”失败：磁盘空间不足/ },
    // —— one input gate
    { name: 'check-dev-zero', what: '检查 /dev/zero', argv: ['check', '/dev/zero'], codes: [2], err: /设备文件，不是普通文件/ },
    { name: 'render-dev-zero', what: 'render /dev/zero', argv: ['render', '/dev/zero', '-o', p('out')], codes: [2], err: /设备文件/ },
    { name: 'import-dev-zero', what: 'import /dev/zero', argv: ['import', '/dev/zero'], codes: [2], err: /设备文件/ },
    { name: 'reference-dev-zero', what: '--reference 指向 /dev/zero 的链接（CSV）', argv: ['check', seed, '--reference', `functional=${p('zero.csv')}`], codes: [2], err: /参考科目表.*设备文件/ },
    { name: 'reference-xlsx-dev-zero', what: '--reference 指向 /dev/zero 的链接（XLSX）', argv: ['check', seed, '--reference', p('zero.xlsx')], codes: [2], err: /参考科目表.*设备文件/ },
    { name: 'prior-dev-zero', what: '--prior /dev/zero', argv: ['check', seed, '--prior', '/dev/zero'], codes: [2], err: /上年文件“\/dev\/zero”是设备文件/ },
    { name: 'fifo', what: '检查命名管道', argv: ['check', p('pipe.txt')], codes: [2], err: /命名管道/ },
    { name: 'folder-loops', what: '目录中有两个指向自身的目录链接', argv: ['check', p('loops')], codes: [1], out: /共 1 份：可读 1 份/ },
    { name: 'folder-bad-links', what: '目录中有断开的链接和循环链接', argv: ['check', p('badlinks')], codes: [2], out: /断开的符号链接[\s\S]*形成了循环[\s\S]*共 4 份：可读 1 份，无法读取 3 份/ },
    { name: 'zip-bomb-check', what: '检查压缩炸弹 XLSX', argv: ['check', bomb], codes: [2], err: /压缩炸弹/ },
    { name: 'zip-bomb-import', what: 'import 压缩炸弹', argv: ['import', bomb], codes: [2], err: /压缩炸弹/ },
    { name: 'zip-bomb-reference', what: '--reference 压缩炸弹', argv: ['check', seed, '--reference', bomb], codes: [2], err: /压缩炸弹/ },
    { name: 'xml-laughs-docx', what: 'DOCX 中的 XML 实体炸弹', argv: ['check', p('laughs.docx')], codes: [1, 2] },
    { name: 'xml-laughs-xlsx', what: 'XLSX 中的 XML 实体炸弹', argv: ['check', p('laughs.xlsx')], codes: [1, 2] },
    { name: 'xlsx-million-rows', what: '一百万行的 XLSX', argv: ['check', put('rows.xlsx', manyRows(full ? 1_000_000 : 200_001))], codes: [2], err: /单元格，超过 200000 个的上限/ },
    { name: 'xlsx-wide', what: '从 A 列到 XFD 列的表格', argv: ['check', put('wide.xlsx', rezip(xlsx, { 'xl/worksheets/sheet2.xml': manyRowsSheet(full ? 1000 : 50) }))], codes: [1, 2] },
    { name: 'text-over-limit', what: '超过 20 MB 的文本', argv: ['check', text('huge.txt', 'a'.repeat(21 * MB))], codes: [2], err: /超过文本公开文件 20 MB 的上限/ },
    // On a loaded machine the engine's 6 s wall-clock stop may come before the object count or the page is read:
    // both are clear refusals (pdf-many-objects, pdf-long-path below).
    // The line reader takes at most MAX_LINES lines and MAX_CHARS characters: each case is just over (refused at
    // once) or just under (read in full, within the bench's bounds; small in the test suite).
    { name: 'text-repeated', what: `有效文本重复到 ${full ? '20 MB' : `${MAX_LINES} 多行`}`, argv: ['check', text('repeated.txt', full ? seedText().repeat(Math.floor((19.9 * MB) / Buffer.byteLength(seedText()))) : seedRepeated(MAX_LINES + 500))], codes: [2], err: overLines },
    { name: 'text-repeated-at-limit', what: `有效文本重复到${full ? `将近 ${MAX_LINES} 行` : '几份'}`, argv: ['check', text('repeated-limit.txt', seedRepeated(full ? MAX_LINES - 500 : 1_500))], codes: [1], maxOut: 4 * MB },
    { name: 'text-single-line', what: `${full ? 19 : 2.4} MB 的单行文本`, argv: ['check', text('line.txt', repeatTo('收入预算1.00万元，比上年增加0.50万元，主要用于人员经费。', full ? 19 * MB : 3 * MAX_CHARS, HEAD.replace(/\n$/, '')))], codes: [2], err: overChars },
    { name: 'text-long-paragraph', what: `${full ? '将近 80 万' : '2 万'}字的一段说明（一行）`, argv: ['check', text('paragraph.txt', repeatChars('收入预算1.00万元，比上年增加0.50万元，主要用于人员经费。', full ? MAX_CHARS - 1_000 : 20_000))], codes: [0, 1], maxOut: 2 * MB },
    { name: 'text-title-line', what: '整份文件是一行，且像标题', argv: ['check', text('title-line.txt', repeatChars('收入预算1.00万元，比上年增加0.50万元。', full ? MAX_CHARS - 1_000 : 20_000, '泽州县总工会2026年度部门预算公开'))], codes: [0, 1], maxOut: 200_000 },
    { name: 'text-title-line-html', what: '同上，HTML 报告', argv: ['check', p('title-line.txt'), '--format', 'html'], codes: [0, 1], maxOut: 200_000 },
    { name: 'text-digits', what: '一段极长的数字', argv: ['check', text('digits.txt', repeatChars('1', full ? MAX_CHARS - 1_000 : 200_000))], codes: [0, 1] },
    { name: 'text-spaces', what: '一段极长的空格', argv: ['check', text('spaces.txt', repeatTo(' ', (full ? 4 : 0.2) * MB) + 'x\n')], codes: [0, 1] },
    { name: 'text-han-run', what: '一段没有标点的极长汉字', argv: ['check', text('han.txt', repeatChars('长', full ? MAX_CHARS - 1_000 : 70_000))], codes: [0, 1] },
    { name: 'text-open-quotes', what: '只有左引号的长文本', argv: ['check', text('quotes.txt', repeatChars('“科目', full ? MAX_CHARS - 1_000 : 70_000))], codes: [0, 1] },
    { name: 'text-too-many-chars', what: `超过 ${MAX_CHARS} 个字符的文本（4 MB 的汉字）`, argv: ['check', text('han-over.txt', repeatChars('长', full ? (4 * MB) / 3 : MAX_CHARS + 1_000))], codes: [2], err: overChars },
    { name: 'text-huge-table', what: `一张 ${full ? '30 万' : MAX_LINES + 100} 行的文本表格`, argv: ['check', text('table.txt', `${HEAD}2026年部门支出总表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n${'2010101\t行政运行\t1.00\t1.00\t\n'.repeat(full ? 300_000 : MAX_LINES + 100)}`)], codes: [2], err: overLines },
    { name: 'text-table-at-limit', what: `一张 ${full ? MAX_LINES - 100 : 2_000} 行的文本表格`, argv: ['check', text('table-limit.txt', `${HEAD}2026年部门支出总表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n${'2010101\t行政运行\t1.00\t1.00\t\n'.repeat(full ? MAX_LINES - 100 : 2_000)}`)], codes: [0, 1] },
    { name: 'text-many-lines', what: `${full ? '4 MB' : `${MAX_LINES} 多行`}的短行和表格行`, argv: ['check', text('lines.txt', seedLines.slice(0, 40).join('\n') + '\n' + '201\t一般公共服务支出\t1.00\t1.00\t\n'.repeat(full ? (4 * MB) / 40 : MAX_LINES + 100))], codes: [2], err: overLines },
    { name: 'text-many-lines-at-limit', what: `${full ? MAX_LINES - 100 : 2_000} 行短行和表格行`, argv: ['check', text('lines-limit.txt', seedLines.slice(0, 40).join('\n') + '\n' + '201\t一般公共服务支出\t1.00\t1.00\t\n'.repeat(full ? MAX_LINES - 100 : 2_000))], codes: [0, 1] },
    { name: 'html-deep', what: `嵌套 ${full ? '20 万' : '5000'} 层的网页`, argv: ['check', put('deep.html', `${PAGE}${'<div>'.repeat(full ? 200_000 : 5_000)}一、收支预算总体情况说明${'</div>'.repeat(full ? 200_000 : 5_000)}</body></html>`)], codes: [2], err: /嵌套超过 1000 层/ },
    { name: 'html-wide', what: '每行 2000 格的网页表格', argv: ['check', put('wide.html', `${PAGE}<p>2026年部门支出总表</p><p>单位：万元</p><table>${`<tr>${'<td>1.00</td>'.repeat(2000)}</tr>`.repeat(full ? 200 : 10)}</table></body></html>`)], codes: [0, 1, 2] },
    { name: 'html-span', what: '跨 10 万行、10 万列的单元格', argv: ['check', put('span.html', `${PAGE}<p>2026年部门支出总表</p><p>单位：万元</p><table><tr><td colspan="100000" rowspan="100000">x</td></tr>${'<tr><td>1</td></tr>'.repeat(1000)}</table></body></html>`)], codes: [0, 1, 2] },
    { name: 'escapes', what: '文档中夹带终端控制序列', argv: ['check', text('escapes.txt', seedText().replace('泽州县总工会', '泽州县\u001b[2J\u001b]0;pwned\u0007总工会').replace('一、', '一、\u001b[31m'))], codes: [1], noEscapes: true },
    { name: 'pdf-truncated', what: '截断的 PDF', argv: ['check', put('truncated.pdf', readFileSync(pdf).subarray(0, Math.floor(readFileSync(pdf).length / 2)))], codes: [1, 2] },
    { name: 'pdf-encrypted', what: '加密的 PDF', argv: ['check', put('encrypted.pdf', readFileSync(ENCRYPTED_PDF))], codes: [2], err: /密码|加密/ },
    { name: 'pdf-nested', what: `${full ? '10 万' : '2000'} 层嵌套 q…Q 的 PDF`, argv: ['check', p('nested.pdf')], codes: [1, 2] },
    { name: 'pdf-stray-rejection', what: '损坏的 PDF（曾让旧读取库在报错之后又抛出无人接收的异常）', argv: ['check', put('stray.pdf', mutate(await pdfPages(SEED_PDF, 3), 'pdf', rng(1_000_003 + 609)))], codes: [0, 1, 2] },
    { name: 'pdf-many-objects', what: `一页上 ${full ? '100 万' : '21 万'} 个文字对象`, argv: ['check', put('objects.pdf', await contentPdf(`BT /F1 1 Tf 72 720 Td ${'(2) Tj '.repeat(full ? 1_000_000 : 210_000)}ET`))], codes: [2], err: /第 1 页图形对象过多（\d+ 个，上限 200000 个）|第 1 页过于复杂：PDF 引擎 6 秒内未能读完/ },
    { name: 'pdf-many-glyphs', what: '一页上 40 万个字符（一个文字对象）', argv: ['check', put('glyphs.pdf', await contentPdf(`BT /F1 1 Tf 72 720 Td (${'2026 '.repeat(full ? 80_000 : 20_000)}) Tj ET`))], codes: [1, 2] },
    { name: 'pdf-long-path', what: `一条 ${full ? '200 万' : '10 万'} 段的路径`, argv: ['check', put('path.pdf', await contentPdf(`0 0 m ${'100 0 l 0 0 l '.repeat(full ? 1_000_000 : 50_000)}S ${SHOW}`))], codes: [2], err: /预算|决算|第 1 页过于复杂：PDF 引擎 6 秒内未能读完/ },
    { name: 'pdf-form-bomb', what: `${full ? 20 : 14} 层、每层画两次下一层的表单对象（展开 ${full ? '100 万' : '1.6 万'} 个）`, argv: ['check', put('forms.pdf', await formBomb(full ? 20 : 14))], codes: [2], err: full ? /第 1 页过于复杂/ : /预算|决算|第 1 页过于复杂/ },
    { name: 'pdf-form-bomb-pages', what: `12 页都是 ${full ? 20 : 14} 层的表单对象（两个线程同时读）`, argv: ['check', put('forms-12.pdf', await formBomb(full ? 20 : 14, 12))], codes: [2], err: full ? /第 \d+ 页过于复杂/ : /预算|决算|第 \d+ 页过于复杂/ },
    { name: 'pdf-content-bomb', what: `${full ? '100 KB 的文件中 100 MB' : '1 MB'} 的绘图操作`, argv: ['check', p('content-bomb.pdf')], codes: [2], err: /预算|决算|第 1 页过于复杂/ }, // read within the page budget or refused, as the machine's speed decides
    { name: 'pdf-many-pages', what: '2001 页的 PDF', argv: ['check', put('pages.pdf', await manyPages(2001))], codes: [2], err: /共 2001 页，超过上限 2000 页/ },
    { name: 'pdf-pages-at-limit', what: `${full ? 2000 : 200} 页的 PDF（每页一点文字）`, argv: ['check', put('pages-2000.pdf', await manyPages(full ? 2000 : 200))], codes: [2], err: /预算|决算/ },
    { name: 'pdf-huge-page', what: '边长 14400 单位、UserUnit 75000 的页面', argv: ['check', put('huge-page.pdf', await hugePage())], codes: [2], err: /预算|决算/ },
    { name: 'batch-timeout', what: '批量检查中有一份极慢的文件（--timeout 2）', argv: ['check', p('slow'), '--timeout', '2'], codes: [1, 2], out: full ? /超过 2 秒仍未完成[\s\S]*共 2 份/ : /共 2 份/ },
    { name: 'yaml-alias-bomb', what: 'YAML 别名炸弹', argv: ['render', put('bomb.yaml', aliasBomb()), '-o', p('out')], codes: [2], err: /别名炸弹/ },
    { name: 'yaml-deep', what: '嵌套极深的 YAML', argv: ['render', put('deep.yaml', `a: ${'['.repeat(full ? 100_000 : 20_000)}`), '-o', p('out')], codes: [2], err: /事实文件/ },
    { name: 'facts-nul-name', what: '部门名称含 NUL', argv: ['render', put('nul.yaml', factsText.replace('name: 泽州县总工会', 'name: "泽州县\\0总工会"')), '-o', p('out')], codes: [2], err: /department\.name：含有控制字符/ },
    { name: 'facts-long-name', what: '十万字的部门名称', argv: ['render', put('long.yaml', factsText.replace('name: 泽州县总工会', `name: ${'长'.repeat(100_000)}`)), '-o', p('out')], codes: [2], err: /名称过长（100000 字）/ },
    { name: 'facts-huge-amount', what: '超过 10^15 元的金额', argv: ['render', put('amount.yaml', factsText.replace('current: { gpb: "6502400.00" }', 'current: { gpb: "65024000000000000000000.00" }')), '-o', p('out')], codes: [2], err: /超过 10\^15 元/ },
    { name: 'jobs-invalid', what: '-j abc', argv: ['check', p('batch'), '-j', 'abc'], codes: [64], err: /参数错误：.*并行数应为 1 到 256 之间的整数/ },
    { name: 'jobs-too-many', what: '-j 256（超过 CPU 核数）', argv: ['check', p('loops'), '-j', '256'], codes: [1], err: /并行数 256 超过本机所能承受的/ },
    { name: 'usage-exit', what: '未知的选项', argv: ['check', seed, '--nosuch'], codes: [64], err: /参数错误：未知的选项/ },
  ];
  return cases;
}

/** Sheet XML with a cell in column A and one in the last column (XFD) on each row. */
function manyRowsSheet(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>科目${i}</t></is></c><c r="XFD${i + 1}"><v>1</v></c></row>`).join('');
  return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** Nine levels of nine aliases each: 9^9 nodes once expanded. */
function aliasBomb(): string {
  let s = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 10; i++) s += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
  return s;
}


const hashes = new Map<string, string>();

/**
 * Every file under `dir` (not following links) with a hash of its content, to prove nothing was changed.
 * A hash is reused while the file's inode, size, mtime and ctime stay the same (any write changes ctime).
 */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const s = lstatSync(path);
      if (s.isDirectory()) walk(path);
      else if (s.isSymbolicLink()) out.set(path, `link:${readlinkSync(path)}`);
      else if (s.isFile()) {
        const key = `${path}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
        let hash = hashes.get(key);
        if (!hash) hashes.set(key, (hash = createHash('sha256').update(readFileSync(path)).digest('hex')));
        out.set(path, `${s.ino}:${hash}`);
      }
    }
  };
  walk(dir);
  return out;
}
