import type { DocumentMeta } from './document.js';

/** Administrative level of a department from its name: 县/区 → county, 市 → city, 省 → province … */
export function adminLevelOf(name?: string): DocumentMeta['adminLevel'] {
  if (!name) return undefined;
  if (/^(中共)?(北京|上海|天津|重庆)市(?!.{0,6}[区县])/.test(name)) return 'province';
  if (/(街道|镇|乡)/.test(name)) return 'township';
  if (/(县|旗|区)/.test(name.replace(/自治区|地区/g, ''))) return 'county';
  if (/市|地区|自治州|盟/.test(name)) return 'city';
  if (/省|自治区/.test(name)) return 'province';
  return undefined;
}
