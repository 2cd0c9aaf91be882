import type { CellValue, Grid } from '../../engine';
import type { SheetContent } from '../sheet-content';

/**
 * One sheet of the in-page workbook: a SheetContent whose values may also hold what a loaded .xlsx
 * holds (dates, booleans). Sheets are never changed in place: every change makes a new object, so the
 * page can tell a changed sheet by its identity.
 */
export interface MemorySheet extends Omit<SheetContent, 'values'> {
  values: CellValue[][];
}

export const emptySheet = (name: string): MemorySheet => ({ name, values: [], styles: [], merges: [], columnWidths: [] });

const isEmpty = (value: CellValue): boolean => value === null || value === undefined || value === '';

/** A written SheetContent as a sheet of its own (deep enough that later edits never reach the caller's arrays). */
export function sheetFromContent(content: SheetContent | MemorySheet): MemorySheet {
  return { ...content, values: content.values.map((row) => [...row]) };
}

/** Values of the used range, anchored at A1: empty trailing cells and rows left out, holes as null. */
export function usedGrid(sheet: MemorySheet): Grid {
  const grid: Grid = sheet.values.map((row) => {
    let end = row.length;
    while (end > 0 && isEmpty(row[end - 1])) end--;
    return Array.from(row.slice(0, end), (v) => (v === undefined ? null : v));
  });
  while (grid.length > 0 && grid[grid.length - 1].length === 0) grid.pop();
  return grid;
}

/**
 * The sheet with `rows` written from 1-based `firstRow`, column A on. Values are kept exactly as
 * given (a string is text, even when it starts with = + - @); '' and undefined empty a cell.
 */
export function withRows(sheet: MemorySheet, firstRow: number, rows: readonly CellValue[][]): MemorySheet {
  if (!Number.isInteger(firstRow) || firstRow < 1) throw new RangeError(`writeRows: row ${firstRow} is not a sheet row`);
  const values = [...sheet.values];
  rows.forEach((written, i) => {
    const r = firstRow - 1 + i;
    while (values.length <= r) values.push([]);
    const row = [...values[r]];
    written.forEach((value, c) => {
      while (row.length < c) row.push(null);
      row[c] = value === undefined || value === '' ? null : value;
    });
    values[r] = row;
  });
  return { ...sheet, values };
}

/** Rows and columns holding values (at least 0). */
export function valueExtent(sheet: MemorySheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  sheet.values.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (!isEmpty(row[c])) {
        rows = r + 1;
        cols = Math.max(cols, c + 1);
        break;
      }
    }
  });
  return { rows, cols };
}
