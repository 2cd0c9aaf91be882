import { cellAddress } from '../cell-text';
import type { SheetGrid } from '../types';
import { decodeLegacy, detectLegacy, type LegacyEncoding } from './detect';

/** One cell to convert: where it is, its text now and in Unicode. */
export interface EncodingFix {
  sheet: string;
  /** 1-based, as Excel shows it. */
  row: number;
  /** 0-based. */
  col: number;
  /** `G12`. */
  cell: string;
  before: string;
  after: string;
  encoding: LegacyEncoding;
}

/** A column's share of the conversion: how many cells, in which encodings, and the first few as examples. */
export interface EncodingColumn {
  sheet: string;
  col: number;
  count: number;
  encodings: LegacyEncoding[];
  examples: EncodingFix[];
}

export interface EncodingPlan {
  fixes: EncodingFix[];
  /** By sheet (tab order), then column. */
  columns: EncodingColumn[];
}

/**
 * Every text cell of every sheet typed in a legacy encoding, with its Unicode text: what the task
 * pane previews and converts, and what `dvk fix-encoding` writes. Pure: the caller writes the cells.
 */
export function planEncodingFix(sheets: readonly SheetGrid[], examples = 3): EncodingPlan {
  const fixes: EncodingFix[] = [];
  const columns: EncodingColumn[] = [];
  for (const { name, grid } of sheets) {
    const bySheet = new Map<number, EncodingColumn>();
    grid.forEach((cells, r) => {
      cells.forEach((value, col) => {
        if (typeof value !== 'string') return;
        const encoding = detectLegacy(value);
        if (encoding === null) return;
        const fix: EncodingFix = { sheet: name, row: r + 1, col, cell: cellAddress(col, r + 1), before: value, after: decodeLegacy(value, encoding), encoding };
        fixes.push(fix);
        let column = bySheet.get(col);
        if (!column) bySheet.set(col, (column = { sheet: name, col, count: 0, encodings: [], examples: [] }));
        column.count++;
        if (!column.encodings.includes(encoding)) column.encodings.push(encoding);
        if (column.examples.length < examples) column.examples.push(fix);
      });
    });
    columns.push(...[...bySheet.values()].sort((a, b) => a.col - b.col));
  }
  return { fixes, columns };
}
