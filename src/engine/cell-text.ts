import { fromLegacy, LATIN1_CLASS, UNICODE_VIETNAMESE_CLASS } from './legacy-encoding/detect';
import { cleanText, PLAIN_CLASS } from './normalize';
import type { CellValue } from './types';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Text that `cellText` might change: a space at either end or two in a row, a character outside the
 * plain ranges (see `cleanText`), or a character of U+00A1-U+00FF with no letter only Unicode
 * Vietnamese has (legacy text looks like that; `detectLegacy` decides). Where it finds nothing, the
 * text is clean, NFC and not legacy, and given as it is: one native scan for most cells. Linear: the
 * anchored branch stops at the first Latin-1 or Unicode-only letter, then at the next Unicode-only one.
 */
const MAY_CHANGE = new RegExp(
  `^(?: |[^${UNICODE_VIETNAMESE_CLASS}${LATIN1_CLASS}]*[${LATIN1_CLASS}][^${UNICODE_VIETNAMESE_CLASS}]*$)| $|[^${PLAIN_CLASS}]| {2}`,
);

/** Where a reader of many cells notes that one held text typed in a legacy encoding (read decoded). */
export interface LegacyNote {
  legacyText: boolean;
}

/**
 * The text a person sees for a value (dates as dd/mm/yyyy), cleaned of stray whitespace. Text typed
 * in a legacy encoding (TCVN3, VNI) is the Unicode text it stands for, so that it matches and counts
 * until converted (the `legacy-encoding` rule warns about it); it is decoded before cleaning, since
 * TCVN3's `ư` is the soft hyphen cleaning drops.
 */
export const cellText = (value: CellValue): string => textOf(value, null);

/**
 * `cellText`, noting in `note` when the value was legacy text: the row reader's note lets the
 * `legacy-encoding` rule skip the sheets that have none (looking at every cell of every row is a
 * tenth of a check's time at 100,000 rows).
 */
export const cellTextNoting = (value: CellValue, note: LegacyNote): string => textOf(value, note);

function textOf(value: CellValue, note: LegacyNote | null): string {
  if (typeof value === 'string') {
    if (value.length > 0 && !MAY_CHANGE.test(value)) return value;
    const decoded = fromLegacy(value);
    if (note !== null && decoded !== value) note.legacyText = true;
    return cleanText(decoded);
  }
  if (value === null || value === undefined) return '';
  // A number's or a boolean's text is plain ASCII without spaces: nothing to clean.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    return `${pad2(value.getUTCDate())}/${pad2(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  return cleanText(String(value));
}

/** Whether a cell shows nothing; numbers, booleans and dates always show something. */
export function isEmptyCell(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return false;
  return cellText(value) === '';
}

export function isEmptyRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) if (!isEmptyCell(row[c])) return false;
  return true;
}

/** How many columns hold something in any row: a column added at this index overwrites nothing. */
export function usedWidth(grid: readonly (readonly CellValue[] | undefined)[]): number {
  let used = 0;
  for (const row of grid) for (let c = (row?.length ?? 0) - 1; c >= used; c--) if (!isEmptyCell(row?.[c] ?? null)) used = c + 1;
  return used;
}

/** A row of exactly `width` cells, empty ones as `''` (a block written over a sheet clears what it covers). */
export const paddedRow = (row: readonly CellValue[] | undefined, width: number): CellValue[] =>
  Array.from({ length: width }, (_, c) => (row?.[c] === null || row?.[c] === undefined ? '' : (row[c] as CellValue)));

/** `0` → `A`, `25` → `Z`, `26` → `AA`. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `A` → 0, `AA` → 26 (either case). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 96);
  return n - 1;
}

/** A1 address of a 0-based column and a 1-based row. */
export const cellAddress = (col: number, rowNumber: number): string => `${columnLetters(col)}${rowNumber}`;
