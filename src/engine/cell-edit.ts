import type { CellValue } from './types';

/** One cell to write (1-based row, 0-based column), with what it held, to undo. */
export interface CellChange {
  row: number;
  col: number;
  value: CellValue;
  before: CellValue;
}

/** The cells a change of one list sheet (`Danh mục`, `Thông tin`) writes; `create`: the sheet is made first. */
export interface CellEdit {
  sheet: string;
  create: boolean;
  cells: CellChange[];
}
