import { describe, expect, it } from 'vitest';
import { layoutLines } from './layout.js';
import type { PdfPage } from './load.js';
import type { Item } from './text.js';

const SIZE = 10;
const item = (str: string, x: number, top: number): Item => ({ str, x, base: top + 0.86 * SIZE, w: [...str].length * SIZE, size: SIZE });
/** A line of n characters ending with `end`. */
const text = (n: number, end = '', fill = '字') => fill.repeat(n - [...end].length) + end;
const WATERMARK: Item = { str: '仅供内部审核', x: 200, base: 420, w: 432, size: 72, rotated: true };
const HEADER = '测试局2026年部门预算公开';

function page(n: number, lines: [string, number, number][], extra: Item[] = []): PdfPage {
  return { page: n, width: 595, height: 842, items: [item(HEADER, 415, 30), ...lines.map(([s, x, y]) => item(s, x, y)), ...extra], segments: [], hasImages: false };
}

describe('paragraph lines', () => {
  // Text from x = 50 to 540; first lines indented by two characters; 15 pt line pitch.
  const pages = [
    page(
      1,
      [
        ['一、测试情况', 50, 100],
        [text(47, '；'), 70, 120],
        [text(49), 50, 135],
        [text(20, '。'), 50, 150],
        [text(47), 70, 170],
        [text(49, '一般公'), 50, 185],
        [text(10, '共服务支出。'), 50, 200],
        [text(47), 70, 765],
        [text(49, '涉及'), 50, 780],
      ],
      [WATERMARK],
    ),
    page(2, [[text(10, '资金。'), 50, 60]], [WATERMARK]),
    page(3, [[text(5, '完。'), 70, 60]]),
  ];
  const lines = layoutLines(pages).map((l) => l.text);

  it('joins wrapped lines, also after a line ending in ；, until the short last line', () => {
    expect(lines).toContain(text(47, '；') + text(49) + text(20, '。'));
  });

  it('keeps the watermark out of the paragraph it crosses, and leaves it for the draft mark', () => {
    expect(lines).toContain(text(47) + text(49, '一般公') + text(10, '共服务支出。'));
    expect(lines.filter((l) => l === '仅供内部审核')).toHaveLength(2);
  });

  it('joins a paragraph across a page break over the running header, which is kept once', () => {
    expect(lines).toContain(text(47) + text(49, '涉及') + text(10, '资金。'));
    expect(lines.filter((l) => l === HEADER)).toHaveLength(1);
    expect(lines[0]).toBe(HEADER);
  });

  it('in text without first-line indents, a line ending a sentence ends its paragraph', () => {
    const flush = layoutLines([page(1, [[text(49, '。'), 50, 100], [text(49), 50, 115], [text(10, '。'), 50, 130], [text(49, '：'), 50, 145], [text(8), 50, 160]])]);
    expect(flush.map((l) => l.text).slice(1)).toEqual([text(49, '。'), text(49) + text(10, '。'), text(49, '：'), text(8)]);
  });
});
