import { isEmptyRow } from './cell-text';
import type { CellValue, ColumnKey, Grid } from './types';

/** A row's values by column key, as a form holds them. */
export type RowValues = Partial<Record<ColumnKey, CellValue>>;

const blank = (v: CellValue): CellValue => (v === null || v === undefined ? '' : v);

/**
 * Places values in a sheet's own column order (the header the engine found), over `base` (the row
 * as it is in the sheet). The result runs from column A to the last column given a value; cells
 * not given keep `base`'s value, empty cells are `''`.
 */
export function placeRow(columns: ReadonlyMap<ColumnKey, number>, values: RowValues, base: readonly CellValue[] = []): CellValue[] {
  const placed = Object.keys(values)
    .map((key) => columns.get(key as ColumnKey))
    .filter((c): c is number => c !== undefined);
  if (placed.length === 0) return [];
  const width = Math.max(...placed) + 1;
  const row = Array.from({ length: width }, (_, c) => blank(base[c]));
  for (const [key, value] of Object.entries(values) as Array<[ColumnKey, CellValue]>) {
    const c = columns.get(key);
    if (c !== undefined) row[c] = blank(value);
  }
  return row;
}

/** A row's raw values by column key. */
export function rowValues(columns: ReadonlyMap<ColumnKey, number>, cells: readonly CellValue[] | undefined): RowValues {
  const values: RowValues = {};
  for (const [key, c] of columns) values[key] = cells?.[c] ?? null;
  return values;
}

/** The 1-based row just below the last non-empty row under the header (0-based `headerIndex`). */
export function nextRowNumber(grid: Grid, headerIndex: number): number {
  for (let r = grid.length - 1; r > headerIndex; r--) if (!isEmptyRow(grid[r])) return r + 2;
  return headerIndex + 2;
}

/** A copy of the grid with `cells` written over row `rowNumber` (1-based) from column A. */
export function withRow(grid: Grid, rowNumber: number, cells: readonly CellValue[]): Grid {
  const copy = grid.map((r) => [...r]);
  while (copy.length < rowNumber) copy.push([]);
  const row = [...copy[rowNumber - 1]];
  cells.forEach((v, c) => (row[c] = v));
  copy[rowNumber - 1] = row;
  return copy;
}
