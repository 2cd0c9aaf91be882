import type { SheetIndex } from './sheet-index';

export const ROW_HEIGHT = 22;
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 52;
const DEFAULT_COLUMN_WIDTH = 64;
/** Empty rows and columns drawn past the last used ones, as a sheet shows them. */
const SPARE_ROWS = 30;
const SPARE_COLS = 3;
const MIN_ROWS = 60;
const MIN_COLS = 26;

export interface SheetLayout {
  rows: number;
  cols: number;
  /** Left edge of each column, after the row numbers. */
  lefts: number[];
  widths: number[];
  totalWidth: number;
}

/** Excel widths are in characters of the default font: about 7 px each and 5 px of padding. */
const columnPixels = (chars: number | undefined): number => (chars ? Math.min(600, Math.max(16, Math.round(chars * 7 + 5))) : DEFAULT_COLUMN_WIDTH);

/** How big the drawn sheet is: what it uses, plus spare rows and columns, and always the active cell. */
export function sheetLayout(index: SheetIndex, columnWidths: readonly number[], active: { row: number; col: number } | null): SheetLayout {
  const rows = Math.max(MIN_ROWS, index.rows + SPARE_ROWS, (active?.row ?? 0) + SPARE_ROWS);
  const cols = Math.max(MIN_COLS, index.cols + SPARE_COLS, (active?.col ?? 0) + SPARE_COLS);
  const widths = Array.from({ length: cols }, (_, c) => columnPixels(columnWidths[c]));
  const lefts: number[] = [];
  let x = ROW_HEADER_WIDTH;
  for (const w of widths) {
    lefts.push(x);
    x += w;
  }
  return { rows, cols, lefts, widths, totalWidth: x };
}
