import { createRequire } from 'node:module';
import pdfmake, { type PdfMake } from 'pdfmake';

const require = createRequire(import.meta.url);
const PKG = '@expo-google-fonts/noto-serif-sc';

/**
 * Font family name in the PDF. It matches the first family of the chart SVGs (CHART_FONT), so chart text is
 * drawn with the same embedded font.
 */
export const FONT = 'Noto Serif SC';

/** Noto Serif SC (Song-style serif, OFL) TrueType files bundled with @expo-google-fonts/noto-serif-sc. */
export const FONT_FILES = {
  normal: require.resolve(`${PKG}/400Regular/NotoSerifSC_400Regular.ttf`),
  bold: require.resolve(`${PKG}/700Bold/NotoSerifSC_700Bold.ttf`),
};

let configured = false;

/**
 * pdfmake with the bundled fonts only (no system fonts), no network access and local file access limited to
 * the font files. pdfkit embeds a subset of each font holding only the glyphs used.
 */
export function pdfMaker(): PdfMake {
  if (!configured) {
    const { normal, bold } = FONT_FILES;
    pdfmake.setFonts({ [FONT]: { normal, bold, italics: normal, bolditalics: bold } });
    pdfmake.setUrlAccessPolicy(() => false);
    const allowed = new Set([normal, bold]);
    pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
    configured = true;
  }
  return pdfmake;
}
