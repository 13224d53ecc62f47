import type { Column, HeaderNode } from '../model/document.js';
import { buildColumns } from '../model/columns.js';

/** A header cell: a leaf label, or a label with children. */
export type H = string | [string, H[]];

/**
 * Header tree and leaf columns from a compact spec. Column keys come from the text importer's own
 * buildColumns, so a derived table has exactly the keys an imported one would.
 */
export function header(spec: H[]): { header: HeaderNode[]; columns: Column[] } {
  const paths: string[][] = [];
  const build = (h: H, path: string[]): HeaderNode => {
    if (typeof h === 'string') {
      paths.push([...path, h]);
      return { label: h, children: [] };
    }
    const [label, children] = h;
    return { label, children: children.map((c) => build(c, [...path, label])) };
  };
  const tree = spec.map((h) => build(h, []));
  const columns = buildColumns(paths, tree).map(({ role: _role, ...c }) => c);
  return { header: tree, columns };
}

/** Value columns (not name, code or alt-name) of one side. */
export function valueColumns(columns: Column[], side?: 'income' | 'expense'): Column[] {
  return columns.filter((c) => c.side === side && !/(^|\.)(name|code|alt-name)(#\d+)?$/.test(c.key));
}
