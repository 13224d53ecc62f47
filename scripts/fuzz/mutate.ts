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
    switch (Math.floor(r() * 5)) {
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

/** A mutated copy of a seed input. */
export function mutate(seed: Uint8Array, kind: SeedKind, r: () => number): Buffer {
  if (kind === 'text') return mutateBytes(seed, r, TOKENS.text);
  if (kind === 'pdf') return mutateBytes(seed, r, TOKENS.pdf);
  if (r() < 0.25) return mutateBytes(seed, r, TOKENS.xml);
  // Mutate one XML part (the sheets and the document body most often) and zip again.
  const parts = unzip(seed).filter((p) => p.name.endsWith('.xml') || p.name.endsWith('.rels'));
  const main = parts.filter((p) => /worksheets\/|sharedStrings|document\.xml|workbook\.xml/.test(p.name));
  const part = r() < 0.8 && main.length ? pick(r, main) : pick(r, parts);
  return rezip(seed, { [part.name]: mutateBytes(part.data, r, TOKENS.xml) });
}
