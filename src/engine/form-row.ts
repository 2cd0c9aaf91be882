import { cellText, isEmptyCell, isEmptyRow } from './cell-text';
import type { TickGroup } from './header';
import { isMark, REGISTRATION_TICKS } from './tick-columns';
import { isColumnNumbering } from './total-row';
import type { CellValue, ColumnKey, Grid } from './types';

/** A row's values by column key, as a form holds them. */
export type RowValues = Partial<Record<ColumnKey, CellValue>>;

/** Where a sheet keeps each value: one column per key, or tick columns (see `tick-columns.ts`). */
export interface RowLayout {
  columns: ReadonlyMap<ColumnKey, number>;
  ticks?: readonly TickGroup<ColumnKey>[];
  /** What a tick cell is marked with (`x` unless the sheet marks otherwise, see `sheetMark`). */
  mark?: CellValue;
}

const blank = (v: CellValue): CellValue => (v === null || v === undefined ? '' : v);

/** The sub-column of a tick group a value stands for (3, `Nông thôn mới…`, `tap the`), or -1. */
export function tickIndex(group: TickGroup<ColumnKey>, value: CellValue): number {
  if (cellText(value) === '') return -1;
  const canonical = REGISTRATION_TICKS.under(group.key, value);
  return canonical === null ? -1 : group.values.indexOf(canonical);
}

/** The cells of a row by column, tick groups given as a mark in one sub-column and empty in the others. */
function cellsOf(layout: RowLayout, values: RowValues): Map<number, CellValue> {
  const cells = new Map<number, CellValue>();
  for (const [key, value] of Object.entries(values) as Array<[ColumnKey, CellValue]>) {
    const c = layout.columns.get(key);
    if (c !== undefined) cells.set(c, blank(value));
    const group = layout.ticks?.find((g) => g.key === key);
    if (!group || c !== undefined) continue;
    const marked = tickIndex(group, value);
    group.cols.forEach((col, i) => cells.set(col, i === marked ? (layout.mark ?? 'x') : ''));
  }
  return cells;
}

/**
 * Places values in a sheet's own column order (the header the engine found), over `base` (the row
 * as it is in the sheet). A value read from tick columns is written as a mark under its sub-column,
 * the group's other cells emptied. The result runs from column A to the last column given a value;
 * cells not given keep `base`'s value, empty cells are `''`.
 */
export function placeRow(layout: RowLayout | ReadonlyMap<ColumnKey, number>, values: RowValues, base: readonly CellValue[] = []): CellValue[] {
  const cells = cellsOf('columns' in layout ? layout : { columns: layout }, values);
  if (cells.size === 0) return [];
  const width = Math.max(...cells.keys()) + 1;
  const row = Array.from({ length: width }, (_, c) => blank(base[c]));
  for (const [c, value] of cells) row[c] = value;
  return row;
}

/** A row's raw values by column key. */
export function rowValues(columns: ReadonlyMap<ColumnKey, number>, cells: readonly CellValue[] | undefined): RowValues {
  const values: RowValues = {};
  for (const [key, c] of columns) values[key] = cells?.[c] ?? null;
  return values;
}

/**
 * The mark a sheet's tick cells hold most (`x`, `X`, `✓`, 1…), else `x`: a new row is marked the
 * same way. Total lines (1-based `totals`), whose tick cells hold counts, are left out.
 */
export function sheetMark(grid: Grid, headerIndex: number, ticks: readonly TickGroup<ColumnKey>[], totals: readonly number[] = []): CellValue {
  const counts = new Map<CellValue, number>();
  for (let r = headerIndex + 1; r < grid.length; r++) {
    if (totals.includes(r + 1)) continue;
    for (const group of ticks) {
      for (const col of group.cols) {
        const value = grid[r]?.[col];
        if (isMark(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
  }
  let mark: CellValue = 'x';
  let most = 0;
  for (const [value, count] of counts) if (count > most) [mark, most] = [value, count];
  return mark;
}

/** Where a new row goes: its 1-based row, and whether rows must be inserted there (above a total line) or it is written over an empty row. */
export interface NewRowPlace {
  row: number;
  insert: boolean;
}

/**
 * Where a new row goes under the header (0-based `headerIndex`). Without total lines, just below
 * the last non-empty row. With `Tổng cộng` / `Cộng` lines (1-based `totals`, as the engine read
 * them) under models, above the last such line: in the empty row right after the last model above
 * it if there is one (a form's blank rows, which a total's formulas usually cover), else inserted at
 * the total line that follows the last model (which moves the total, and any lines under it, down
 * one row); the first model of an empty list goes above its total line too. A total right under
 * the header with the models below it is no end of the list.
 */
export function newRowPlace(grid: Grid, headerIndex: number, totals: readonly number[] = []): NewRowPlace {
  const totalRows = new Set(totals);
  const lastTotal = totals.length > 0 ? Math.max(...totals) : 0;
  // 0-based: the last model row above the last total.
  let last = -1;
  for (let r = lastTotal - 2; r > headerIndex; r--) {
    if (!totalRows.has(r + 1) && !isEmptyRow(grid[r]) && !(r === headerIndex + 1 && isColumnNumbering(grid[r]))) {
      last = r;
      break;
    }
  }
  if (last < 0) {
    // No model yet above a total line, and none below it: the first one goes above it all the same.
    const start = headerIndex + (isColumnNumbering(grid[headerIndex + 1]) ? 2 : 1);
    const below = grid.some((row, r) => r >= lastTotal && !totalRows.has(r + 1) && !isEmptyRow(row));
    if (lastTotal > 0 && !below) return { row: start + 1, insert: totalRows.has(start + 1) };
    for (let r = grid.length - 1; r > headerIndex; r--) if (!isEmptyRow(grid[r])) return { row: r + 2, insert: false };
    return { row: headerIndex + 2, insert: false };
  }
  return { row: last + 2, insert: totalRows.has(last + 2) };
}

/** The 1-based row where a new row goes (see `newRowPlace`). */
export const nextRowNumber = (grid: Grid, headerIndex: number, totals: readonly number[] = []): number => newRowPlace(grid, headerIndex, totals).row;

/** A copy of the grid with `cells` written over row `rowNumber` (1-based) from column A. */
export function withRow(grid: Grid, rowNumber: number, cells: readonly CellValue[]): Grid {
  const copy = grid.map((r) => [...r]);
  while (copy.length < rowNumber) copy.push([]);
  const row = [...copy[rowNumber - 1]];
  cells.forEach((v, c) => (row[c] = v));
  copy[rowNumber - 1] = row;
  return copy;
}

/** A copy of the grid with `cells` as a new row inserted at `rowNumber` (1-based), the rows from there on moved down one. */
export function withInsertedRow(grid: Grid, rowNumber: number, cells: readonly CellValue[]): Grid {
  const copy = grid.map((r) => [...r]);
  while (copy.length < rowNumber - 1) copy.push([]);
  copy.splice(rowNumber - 1, 0, [...cells]);
  return copy;
}

/** The next STT: one more than the largest number in the column, else one more than the rows (total lines, 1-based `totals`, aside). */
export function nextSerial(grid: Grid, headerIndex: number, col: number, totals: readonly number[] = []): number {
  let largest = 0;
  let rows = 0;
  for (let r = headerIndex + 1; r < grid.length; r++) {
    const row = grid[r];
    if (!row || row.every(isEmptyCell) || totals.includes(r + 1)) continue;
    rows++;
    const n = Number(cellText(row[col]));
    if (Number.isInteger(n) && n > largest) largest = n;
  }
  return (largest > 0 ? largest : rows) + 1;
}

/** Whether the sheet writes fields as codes (`3`) rather than titles: as most of its rows do. */
export function fieldsAsCodes(grid: Grid, headerIndex: number, col: number): boolean {
  let codes = 0;
  let titles = 0;
  for (const row of grid.slice(headerIndex + 1)) {
    const text = cellText(row?.[col]);
    if (text === '') continue;
    if (/^[1-4]$/.test(text)) codes++;
    else titles++;
  }
  return codes > titles;
}
