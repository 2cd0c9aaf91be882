import type { CellValue } from '../../engine';
import type { CellRange } from '../sheet-content';
import type { CellMark } from '../workbook';
import type { MemorySheet } from './memory-sheet';

/** A 0-based row after `count` rows were inserted at `at` (negative `count`: deleted from `at`), or null when deleted. */
function moved(r: number, at: number, count: number): number | null {
  if (count >= 0) return r >= at ? r + count : r;
  if (r < at) return r;
  return r >= at - count ? r + count : null;
}

/** A range after the change, as Excel moves it: stretched when rows go in inside it, shrunk or gone when its rows go. */
function movedRange(range: CellRange, at: number, count: number): CellRange | null {
  const r1 = moved(range.r1, at, count);
  const r2 = moved(range.r2, at, count);
  if (count >= 0 || (r1 !== null && r2 !== null)) return { ...range, r1: r1 ?? range.r1, r2: r2 ?? range.r2 };
  // Deleted rows at one end of the range: it keeps the rows left.
  const first = r1 ?? at;
  const last = r2 ?? at - 1;
  return last >= first ? { ...range, r1: first, r2: last } : null;
}

const present = <T>(value: T | null): value is T => value !== null;

/**
 * The sheet with `count` empty rows inserted at 0-based `at` (negative: `-count` rows deleted from
 * `at`), as Excel's whole-row insert and delete move things: values, styles, merges, dropdowns and
 * row heights. Inserted rows take the styles of the row above them, as Excel gives them its format.
 */
export function shiftRows(sheet: MemorySheet, at: number, count: number): MemorySheet {
  const values: CellValue[][] = [...sheet.values];
  if (count >= 0) {
    while (values.length < at) values.push([]);
    values.splice(at, 0, ...Array.from({ length: count }, () => []));
  } else values.splice(at, -count);
  const styles = sheet.styles
    .map(({ range, style }) => {
      const stretched = count > 0 && range.r2 === at - 1 ? { ...range, r2: at - 1 + count } : movedRange(range, at, count);
      return stretched && { range: stretched, style };
    })
    .filter(present);
  const merges = sheet.merges.map((m) => movedRange(m, at, count)).filter(present);
  const validations = sheet.validations
    ?.map((v) => {
      const range = movedRange(v.range, at, count);
      return range && { ...v, range };
    })
    .filter(present);
  const rowHeights =
    sheet.rowHeights &&
    Object.fromEntries(
      Object.entries(sheet.rowHeights)
        .map(([row, height]): [number | null, number] => [moved(Number(row), at, count), height])
        .filter((e): e is [number, number] => e[0] !== null),
    );
  return { ...sheet, values, styles, merges, ...(validations ? { validations } : {}), ...(rowHeights ? { rowHeights } : {}) };
}

/** Marks (1-based rows) after the same change: marks on deleted rows go. */
export const shiftMarks = (marks: readonly CellMark[], at: number, count: number): CellMark[] =>
  marks
    .map((m) => {
      const row = moved(m.row - 1, at, count);
      return row === null ? null : { ...m, row: row + 1 };
    })
    .filter(present);
