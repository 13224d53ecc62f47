/** Significant digits a spreadsheet keeps and shows for a number (IEEE doubles round-trip 15). */
export const SPREADSHEET_DIGITS = 15;

/**
 * The value to write in a spreadsheet cell for a printed amount ("650.24", "-1234.50"): a number when the
 * spreadsheet will show exactly that amount (at most 15 significant digits), otherwise the text itself,
 * with thousands separators as the number format would show them. A cell never shows a rounded amount.
 */
export function exactCellValue(printed: string): number | string {
  const digits = printed.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  if (digits.length <= SPREADSHEET_DIGITS) return Number(printed);
  const [int, frac] = printed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return frac !== undefined ? `${grouped}.${frac}` : grouped;
}
