import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { IDENTITY, turnTransform } from '../../pdf/frame.js';
import { BREAK, dominantTurn, groupRuns, VerticalRules, type Glyphs } from './glyphs.js';
import { readPdf } from './load.js';
import type { Segment } from './paths.js';

interface G {
  /** A character, or ' ' for a space. */
  c: string;
  x: number;
  y?: number;
  /** Advance along the baseline; 1 em by default. */
  w?: number;
  size?: number;
  /** Quarter turns clockwise, -1 diagonal. */
  dir?: number;
}

/** Glyphs on a displayed page, as readGlyphs reports them, from a compact description (baseline y = 100). */
function glyphs(list: G[]): Glyphs {
  const n = list.length;
  const g: Glyphs = { n, code: new Int32Array(n), geo: new Float64Array(n * 7), dir: new Int8Array(n) };
  list.forEach((d, i) => {
    const size = d.size ?? 10;
    const w = d.w ?? size;
    const y = d.y ?? 100;
    g.code[i] = d.c === ' ' ? BREAK : d.c.codePointAt(0)!;
    g.dir[i] = d.dir ?? 0;
    const along = d.dir === 1 ? [d.x - 0.14 * size, y, d.x + 0.86 * size, y + w] : [d.x, y - 0.86 * size, d.x + w, y + 0.14 * size];
    g.geo.set([d.x, y, ...along, size], i * 7);
  });
  return g;
}

/** Consecutive glyphs from `x`, each `w` wide: a word set solid. */
const word = (s: string, x: number, w = 10, extra: Partial<G> = {}): G[] => [...s].map((c, i) => ({ c, x: x + i * w, w, ...extra }));
const none = new VerticalRules([]);
const texts = (g: Glyphs, rules = none) => groupRuns(g, IDENTITY, 0, rules).map((it) => it.str);

describe('glyphs grouped into runs', () => {
  it('keeps CJK text set solid in one run, with its extent and baseline', () => {
    const [run] = groupRuns(glyphs(word('一般公共预算', 50)), IDENTITY, 0, none);
    expect(run).toEqual({ str: '一般公共预算', x: 50, base: 100, w: 60, size: 10 });
  });

  it('ends a run at a space (real or generated) and at a gap wider than a quarter em', () => {
    expect(texts(glyphs([...word('208', 0, 5), { c: ' ', x: 15 }, ...word('05', 18, 5)]))).toEqual(['208', '05']);
    expect(texts(glyphs([...word('合计', 0), ...word('12.50', 23, 5)]))).toEqual(['合计', '12.50']);
    expect(texts(glyphs([...word('合计', 0), ...word('12.50', 22, 5)]))).toEqual(['合计12.50']);
  });

  it('ends a run where the baseline moves (the next line) or the text steps back', () => {
    expect(texts(glyphs([...word('项目', 0), ...word('名称', 20, 10, { y: 102 })]))).toEqual(['项目', '名称']);
    expect(texts(glyphs([...word('项目', 0), ...word('名称', 20, 10, { y: 101 })]))).toEqual(['项目名称']);
    expect(texts(glyphs([...word('支出', 50), ...word('合计', 40)]))).toEqual(['支出', '合计']);
  });

  it('never runs across a vertical rule, however tight the cell padding', () => {
    const rule: Segment = { x1: 41, y1: 80, x2: 41, y2: 120 };
    const row = glyphs([...word('9.85', 20, 5), ...word('公务', 42)]);
    expect(texts(row)).toEqual(['9.85公务']);
    expect(texts(row, new VerticalRules([rule]))).toEqual(['9.85', '公务']);
    // A rule of another row, or a horizontal one, does not cut.
    expect(texts(row, new VerticalRules([{ ...rule, y1: 120, y2: 160 }, { x1: 0, y1: 95, x2: 100, y2: 95 }]))).toEqual(['9.85公务']);
  });

  it('keeps diagonal text (a watermark) as rotated items, one per stroke of text', () => {
    const mark = [0, 1, 2, 3].map((i) => ({ c: '草稿样张'[i], x: 100 + 7 * i, y: 300 - 7 * i, dir: -1 }));
    const items = groupRuns(glyphs([...word('说明', 0), ...mark]), IDENTITY, 0, none);
    expect(items.map((it) => [it.str, !!it.rotated])).toEqual([
      ['说明', false],
      ['草稿样张', true],
    ]);
  });

  it('reads text running down the sheet as horizontal once the page is turned back', () => {
    // Two lines of a sideways table on a 595 × 842 sheet: baselines at x = 200 and 180, text going down.
    const down = (s: string, x: number) => [...s].map((c, i) => ({ c, x, y: 100 + 10 * i, dir: 1 }));
    const g = glyphs([...down('收入合计', 200), ...down('支出合计', 180)]);
    expect(dominantTurn(g)).toBe(90);
    const items = groupRuns(g, turnTransform(90, 595, 842), 90, none);
    expect(items.map((it) => [it.str, it.rotated ?? false, it.x, it.base])).toEqual([
      ['收入合计', false, 100, 395],
      ['支出合计', false, 100, 415],
    ]);
  });

  it('turns a page only when most of its text runs another way', () => {
    const side = [...'侧边说明'].map((c, i) => ({ c, x: 20, y: 100 + 10 * i, dir: 3 }));
    expect(dominantTurn(glyphs([...word('正文内容正文内容正文内容', 50), ...side]))).toBe(0);
    expect(dominantTurn(glyphs([...word('正', 50), ...side]))).toBe(270);
  });
});

describe('runs read from a real PDF', () => {
  it('splits a run printed with spaces into pieces at their own positions, words apart', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.drawText('208   05   02', { x: 100, y: 700, size: 12, font });
    page.drawText('Quarterly report', { x: 100, y: 650, size: 12, font });
    const [p] = await readPdf(await doc.save(), 'x');
    expect(p.items.map((it) => it.str)).toEqual(['208', '05', '02', 'Quarterly', 'report']);
    const [a, b, c] = p.items;
    expect(a.x).toBeCloseTo(100, 1);
    expect(a.base).toBeCloseTo(842 - 700, 1);
    expect(b.x).toBeGreaterThan(a.x + a.w + 6);
    expect(c.x).toBeGreaterThan(b.x + b.w + 6);
  });
});
