/** Lines typed among the models that are no model: a `Tổng cộng` / `Cộng` line under (or inside) the data. */
import { cellText, isEmptyCell } from './cell-text';
import { normLoose } from './normalize';
import type { CellValue } from './types';

const TOTAL_LABELS = new Set(['Tổng cộng', 'Tổng số', 'Tổng', 'Cộng', 'Tổng cộng chung', 'Cộng chung', 'Tổng cộng toàn bộ'].map(normLoose));
/** Longer texts are no total label: skipped without normalising (this runs on every row). */
const LONGEST_LABEL = 24;
/** What a total line shows besides its label: counts, sums, percentages (or a formula's error). */
const FIGURE = /^(?:[\d\s.,%()+-]*|#[A-Z/0!?]+)$/;

/** The column of the first cell from `from` on that shows something, or -1. */
export function firstFilled(cells: readonly CellValue[] | undefined, from = 0): number {
  if (!cells) return -1;
  for (let c = from; c < cells.length; c++) if (!isEmptyCell(cells[c])) return c;
  return -1;
}

/** Whether a cell is a total label: `Tổng cộng`, `TỔNG CỘNG:`, `Cộng`, `Tổng số`… */
export function isTotalLabel(value: CellValue): boolean {
  if (typeof value !== 'string' || value.length > LONGEST_LABEL * 2) return false;
  // Every label starts with T or C: most cells are told apart by one character.
  const start = value.trimStart().charCodeAt(0) | 0x20;
  if (start !== 0x74 && start !== 0x63) return false;
  return TOTAL_LABELS.has(normLoose(value));
}

/**
 * Whether a row whose first filled cell is `first` is a total line: that cell a total label, every
 * other cell empty or a figure. A model is never only that (its implementer and unit are text).
 */
export function isTotalRow(cells: readonly CellValue[], first: number): boolean {
  if (!isTotalLabel(cells[first])) return false;
  for (let c = first + 1; c < cells.length; c++) {
    const value = cells[c];
    if (typeof value === 'number' || isEmptyCell(value)) continue;
    if (typeof value !== 'string' || !FIGURE.test(cellText(value))) return false;
  }
  return true;
}

/**
 * Whether a row is the column numbering official forms put under the header: `1 2 3 …` or
 * `(1) (2) (3) …` left to right, at least three, nothing else.
 */
export function isColumnNumbering(cells: readonly CellValue[] | undefined): boolean {
  if (!cells) return false;
  let expected = 1;
  for (const value of cells) {
    if (isEmptyCell(value)) continue;
    const text = cellText(value).replace(/^\((\d+)\)$/, '$1');
    if (text !== String(expected)) return false;
    expected++;
  }
  return expected > 3;
}
