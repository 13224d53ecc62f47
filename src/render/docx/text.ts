import { AlignmentType, HeadingLevel, PageNumber, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';

/** Fonts, sizes and paragraph helpers of the DOCX output: 宋体 body, 黑体 headings, zh-CN East Asian language. */

export const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体' };
export const HEAD_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '黑体' };
export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' };

/** Sizes in half-points: 小四 12pt body, 小五 9pt tables. */
export const SIZE = { body: 24, table: 18, small: 21, title: 32, cover: 52 };

/** A4 in twips; margins 2.54 cm top/bottom, 2.2 cm left/right. */
export const A4 = { width: 11906, height: 16838, marginX: 1247, marginY: 1440 };
export const PORTRAIT_WIDTH = A4.width - 2 * A4.marginX;
export const LANDSCAPE_WIDTH = A4.height - 2 * A4.marginX;

export interface RunOpts {
  bold?: boolean;
  size?: number;
  head?: boolean;
  color?: string;
}

export function run(text: string, o: RunOpts = {}): TextRun {
  const opts: IRunOptions = { text, font: o.head ? HEAD_FONT : BODY_FONT, language: LANGUAGE, bold: o.bold, size: o.size, color: o.color };
  return new TextRun(opts);
}

/** "第 N 页" with the page-number field, for the footer. */
export function pageNumberRun(): TextRun {
  return new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'], font: BODY_FONT, language: LANGUAGE, size: SIZE.small });
}

/** A body paragraph: first line indented two characters, 1.5 line spacing. */
export function bodyPara(text: string, o: RunOpts & { indent?: boolean } = {}): Paragraph {
  const size = o.size ?? SIZE.body;
  return new Paragraph({
    children: [run(text, { ...o, size })],
    indent: o.indent === false ? undefined : { firstLine: size * 20 },
    spacing: { line: 360, after: 60 },
    alignment: AlignmentType.JUSTIFIED,
  });
}

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const HEAD_SIZES = [SIZE.title, 28, 24];

/** A heading (level 1–3) in 黑体; level 1 is centred and may start a new page. */
export function heading(text: string, level: 1 | 2 | 3, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    heading: LEVELS[level - 1],
    children: [run(text, { head: true, size: HEAD_SIZES[level - 1], bold: level !== 3 })],
    alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: level === 1 ? 240 : 180, after: 120 },
    keepNext: true,
    ...extra,
  });
}

/** Document-wide default styles: fonts, language, sizes; heading styles in 黑体 and black. */
export function documentStyles() {
  const headingStyle = (size: number) => ({ run: { font: HEAD_FONT, size, bold: false, color: '000000' }, paragraph: { spacing: { before: 180, after: 120 } } });
  return {
    default: {
      document: { run: { font: BODY_FONT, size: SIZE.body, language: LANGUAGE } },
      title: headingStyle(SIZE.cover),
      heading1: headingStyle(HEAD_SIZES[0]),
      heading2: headingStyle(HEAD_SIZES[1]),
      heading3: headingStyle(HEAD_SIZES[2]),
    },
  };
}
