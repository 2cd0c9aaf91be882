/** A1 addresses, built and read without any Excel API (ExcelApi 1.1 has no `getRangeByIndexes`). */

import { columnIndex, columnLetters } from '../../engine';

export { columnLetters };

/** 0-based row and column to `B3`. */
export const cellAddress = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** A rectangle from its 0-based top-left corner and size: `C5:Q104` (a single cell as `C5`). */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const first = cellAddress(row, col);
  return rows === 1 && cols === 1 ? first : `${first}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** The rows of a sheet, 0-based inclusive, whole: `5:5`. */
export const rowsAddress = (r1: number, r2: number): string => `${r1 + 1}:${r2 + 1}`;

/** The columns of a sheet, whole: `B:B`. */
export const columnsAddress = (c1: number, c2: number): string => `${columnLetters(c1)}:${columnLetters(c2)}`;

export interface CellIndex {
  /** 0-based. */
  row: number;
  /** 0-based. */
  col: number;
}

/**
 * The top-left cell of an address as Excel gives it (`'Đăng ký'!C5:Q20`, `Sheet1!A1`, `$B$3`). The
 * sheet part, which may itself hold `!`, ends at the last `!`.
 */
export function topLeft(address: string): CellIndex {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(local);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** Excel compares sheet names without case. */
export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
