import { cellText } from './cell-text';
import { looseLongerThan, normLoose } from './normalize';
import type { Grid } from './types';

/** The header row is looked for within the first rows of a sheet, under any title block. */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderMatch<K extends string> {
  /** 0-based index of the header row in the grid. */
  rowIndex: number;
  /** 0-based column of each recognised key (the first cell that names it). */
  columns: Map<K, number>;
}

/**
 * Finds the row within the first 20 whose cells name the most columns, each cell matching a
 * header or alias as a whole. `accept` says whether a candidate is a header at all.
 */
export function findHeader<K extends string>(
  grid: Grid,
  index: ReadonlyMap<string, K>,
  accept: (columns: ReadonlyMap<K, number>) => boolean,
): HeaderMatch<K> | null {
  let best: HeaderMatch<K> | null = null;
  const last = Math.min(grid.length, HEADER_SEARCH_ROWS);
  // A cell whose loose form is longer than every header text names no column (long names are skipped unnormalised).
  let longest = 0;
  for (const text of index.keys()) longest = Math.max(longest, text.length);
  for (let r = 0; r < last; r++) {
    const columns = new Map<K, number>();
    (grid[r] ?? []).forEach((value, c) => {
      const text = cellText(value);
      if (looseLongerThan(text, longest)) return;
      const key = index.get(normLoose(text));
      if (key !== undefined && !columns.has(key)) columns.set(key, c);
    });
    if (accept(columns) && (!best || columns.size > best.columns.size)) best = { rowIndex: r, columns };
  }
  return best;
}
