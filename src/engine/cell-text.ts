import { cleanText } from './normalize';
import type { CellValue } from './types';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The text a person sees for a value (dates as dd/mm/yyyy), cleaned of stray whitespace. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${pad2(value.getUTCDate())}/${pad2(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  return cleanText(String(value));
}

export const isEmptyCell = (value: CellValue): boolean => cellText(value) === '';

export const isEmptyRow = (row: readonly CellValue[] | undefined): boolean => !row || row.every(isEmptyCell);

/** `0` → `A`, `25` → `Z`, `26` → `AA`. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A1 address of a 0-based column and a 1-based row. */
export const cellAddress = (col: number, rowNumber: number): string => `${columnLetters(col)}${rowNumber}`;
