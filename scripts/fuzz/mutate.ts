// Seeded mutations of real inputs: byte flips, cuts, repeated slices and inserted tokens that matter to each
// format; for XLSX/DOCX most mutations go into one XML part, which is then zipped again, so that the parsers
// behind the zip are reached (random bytes in deflated data only make a corrupt zip).
import { rezip, unzip } from '../../bench/hostile-seeds.js';

/** Deterministic random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SeedKind = 'text' | 'pdf' | 'xlsx' | 'docx';

const TOKENS: Record<'text' | 'pdf' | 'xml', string[]> = {
  text: ['\t', '\n', '合计', '万元', '元', '%', '。', '（', '一、', '（一）', '表一', '2026年部门支出总表', '科目编码\t科目名称\t合计', '99999999999999999', '-', '比上年增加', '其中：', '\u001b[2J', '\u0000', '\ufeff', '目录', '项目支出绩效目标表', '…'],
  pdf: ['q ', 'Q ', ' 0 0 m ', ' re f ', '/Length 99999999', '<<', '>>', ' obj ', 'endobj', 'stream\n', 'endstream', ' 9999999999 ', ' -1 ', '(\\', ')', '[', ']', ' Tj ', ' TJ ', 'BT ', 'ET ', '/Type /Page ', 'xref', 'trailer', '%%EOF', '\u0000', '1 0 R', '/Kids [1 0 R]', '/Filter /FlateDecode'],
  xml: ['<', '>', '&amp;', '&#0;', '<![CDATA[', ']]>', '<!DOCTYPE x [<!ENTITY a "b">]>', '"', '<c r="ZZZ99999999">', '<v>1e308</v>', '<v>-0</v>', '<v>NaN</v>', '<row r="1048577">', 't="s"', '<mergeCell ref="A1:XFD1048576"/>', '999999999999999999999', '\u0000', '</w:p>', '<w:p>', '<w:t>', '<w:tbl>', 'gridSpan w:val="9999"'],
};

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** One to four byte-level mutations, with tokens of the given kind. */
export function mutateBytes(buf: Uint8Array, r: () => number, tokens: readonly string[]): Buffer {
  let b = Buffer.from(buf);
  const times = 1 + Math.floor(r() * 4);
  for (let k = 0; k < times && b.length > 0; k++) {
    const at = Math.floor(r() * b.length);
    // A cut ends most files before anything is read (PDFs need their trailer): rarer than the rest.
    switch (r() < 0.05 ? 1 : [0, 2, 3, 4][Math.floor(r() * 4)]) {
      case 0: // flip a few bytes
        for (let n = 1 + Math.floor(r() * 16); n > 0; n--) b[Math.floor(r() * b.length)] ^= 1 + Math.floor(r() * 255);
        break;
      case 1: // cut
        b = b.subarray(0, at);
        break;
      case 2: {
        // repeat a slice, sometimes many times
        const len = Math.min(b.length - at, 1 + Math.floor(r() * 256));
        const copies = r() < 0.2 ? 1 + Math.floor(r() * 200) : 1;
        b = Buffer.concat([b.subarray(0, at), ...Array(copies + 1).fill(b.subarray(at, at + len)), b.subarray(at + len)]);
        break;
      }
      case 3: // insert a token
        b = Buffer.concat([b.subarray(0, at), Buffer.from(pick(r, tokens)), b.subarray(at)]);
        break;
      default: // delete a slice
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + Math.floor(r() * 64))]);
    }
  }
  return b;
}

const TEXT_VALUES = ['0', '0.00', '-1', '999999999999999', '1000000000000000.01', '1e308', 'NaN', '', '合计', '小计', '其中：', '（一）', '一、', '2026', '99.99%', '—', '长'.repeat(500), '\u001b[2J', '科目编码'];
const ELEMENTS = ['w:p', 'w:tr', 'w:tc', 'w:r', 'w:tbl', 'row', 'c', 'si', 'mergeCell', 'sheet'];

/** The span of one element <tag …>…</tag> (or <tag …/>) starting at a random occurrence, if any. */
function elementAt(xml: string, r: () => number): [number, number] | undefined {
  const tag = pick(r, ELEMENTS);
  const starts: number[] = [];
  for (let i = xml.indexOf(`<${tag}`); i >= 0 && starts.length < 5000; i = xml.indexOf(`<${tag}`, i + 1)) if (/[\s>/]/.test(xml[i + tag.length + 1])) starts.push(i);
  if (!starts.length) return undefined;
  const start = pick(r, starts);
  const open = xml.indexOf('>', start);
  if (open < 0) return undefined;
  if (xml[open - 1] === '/') return [start, open + 1];
  const close = xml.indexOf(`</${tag}>`, open);
  return close < 0 ? undefined : [start, close + tag.length + 3];
}

/** Mutations that keep XML well-formed (mostly): repeat or drop an element, change a text or a number. */
function mutateXml(xml: string, r: () => number): string {
  let s = xml;
  for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
    const op = Math.floor(r() * 4);
    if (op < 2) {
      const span = elementAt(s, r);
      if (!span) continue;
      const el = s.slice(span[0], span[1]);
      s = s.slice(0, span[0]) + (op === 0 ? el.repeat(2 + Math.floor(r() * (r() < 0.2 ? 300 : 5))) : '') + s.slice(span[1]);
    } else if (op === 2) {
      // replace the text between two tags
      const texts = [...s.matchAll(/>([^<>]+)</g)];
      if (!texts.length) continue;
      const m = pick(r, texts);
      s = s.slice(0, m.index! + 1) + pick(r, TEXT_VALUES).replace(/[<&]/g, '') + s.slice(m.index! + m[0].length - 1);
    } else {
      // change a number in an attribute (sizes, spans, cell references)
      const nums = [...s.matchAll(/="([A-Z]*)(\d+)"/g)];
      if (!nums.length) continue;
      const m = pick(r, nums);
      const to = pick(r, ['0', '1', '99999', '1048577', '16385', '-1']);
      s = s.slice(0, m.index!) + `="${m[1]}${to}"` + s.slice(m.index! + m[0].length);
    }
  }
  return s;
}

/** Mutations of a text's lines: repeat, drop or swap lines, change a figure, insert a token. */
function mutateLines(text: string, r: () => number): string {
  const lines = text.split('\n');
  for (let k = 1 + Math.floor(r() * 3); k > 0 && lines.length; k--) {
    const at = Math.floor(r() * lines.length);
    const op = Math.floor(r() * 5);
    if (op === 0) lines.splice(at, 0, ...Array(1 + Math.floor(r() * (r() < 0.2 ? 500 : 3))).fill(lines[at]));
    else if (op === 1) lines.splice(at, 1 + Math.floor(r() * 5));
    else if (op === 2) [lines[at], lines[lines.length - 1 - at]] = [lines[lines.length - 1 - at], lines[at]];
    else if (op === 3) lines[at] = lines[at].replace(/\d+(\.\d+)?/, pick(r, TEXT_VALUES));
    else {
      const i = Math.floor(r() * (lines[at].length + 1));
      lines[at] = lines[at].slice(0, i) + pick(r, TOKENS.text) + lines[at].slice(i);
    }
  }
  return lines.join('\n');
}

/** A mutated copy of a seed input: mostly changes the reader gets past (well-formed), sometimes raw bytes. */
export function mutate(seed: Uint8Array, kind: SeedKind, r: () => number): Buffer {
  if (kind === 'text') return r() < 0.2 ? mutateBytes(seed, r, TOKENS.text) : Buffer.from(mutateLines(Buffer.from(seed).toString('utf8'), r));
  if (kind === 'pdf') return mutateBytes(seed, r, TOKENS.pdf);
  if (r() < 0.1) return mutateBytes(seed, r, TOKENS.xml);
  // Mutate one XML part (the sheets and the document body most often) and zip again.
  const parts = unzip(seed).filter((p) => p.name.endsWith('.xml') || p.name.endsWith('.rels'));
  const main = parts.filter((p) => /worksheets\/|sharedStrings|document\.xml|workbook\.xml/.test(p.name));
  const part = r() < 0.8 && main.length ? pick(r, main) : pick(r, parts);
  const data = r() < 0.2 ? mutateBytes(part.data, r, TOKENS.xml) : Buffer.from(mutateXml(part.data.toString('utf8'), r));
  return rezip(seed, { [part.name]: data });
}
