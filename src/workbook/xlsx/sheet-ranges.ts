import { columnIndex, columnLetters } from '../../engine';

/** Cell ranges as a sheet's XML writes them (`A1`, `A1:C9`, whole columns `A:C`, whole rows `2:5`), sized and clipped. */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Z]{1,3})?\$?(\d{1,7})?$/;

/** Boxes count columns from 1, as the sheet's XML does. */
const column = (letters: string): number => columnIndex(letters) + 1;
const letters = (col: number): string => columnLetters(col - 1);

/** One reference as a box; a column without row spans every row and a row without column every column. */
export function parseRef(ref: string): Box | null {
  const [from, to = from] = ref.toUpperCase().split(':');
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return null;
  const box = {
    top: a[2] ? Number(a[2]) : 1,
    left: a[1] ? column(a[1]) : 1,
    bottom: b[2] ? Number(b[2]) : MAX_ROW,
    right: b[1] ? column(b[1]) : MAX_COL,
  };
  return {
    top: Math.min(box.top, box.bottom),
    left: Math.min(box.left, box.right),
    bottom: Math.max(box.top, box.bottom),
    right: Math.max(box.left, box.right),
  };
}

/** True for the forms exceljs reads: `A1` and `A1:C9`. */
export const isCellRef = (ref: string): boolean => /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(ref);

export const boxCells = (box: Box): number => (box.bottom - box.top + 1) * (box.right - box.left + 1);

/** The box cut to rows up to `lastRow`, or null when nothing is left. */
export function clipRows(box: Box, lastRow: number): Box | null {
  return box.top > lastRow ? null : { ...box, bottom: Math.min(box.bottom, lastRow) };
}

export function formatBox(box: Box): string {
  const start = `${letters(box.left)}${box.top}`;
  return box.top === box.bottom && box.left === box.right ? start : `${start}:${letters(box.right)}${box.bottom}`;
}

/** The refs of a space-separated list (`sqref`), unreadable ones left out. */
export const parseRefList = (list: string): Box[] =>
  list
    .split(/\s+/)
    .filter((ref) => ref !== '')
    .map(parseRef)
    .filter((box): box is Box => box !== null);
