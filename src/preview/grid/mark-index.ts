import type { Severity } from '../../engine';
import type { CellMark } from '../../workbook/workbook';

const WEIGHT: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export type MarkIndex = (row: number, col: number) => Severity | undefined;

/**
 * Marks by cell, the most severe one where several fall on a cell. Marks use `CellPosition`'s
 * convention (1-based row as Excel shows it, 0-based column); the lookup takes the grid's 0-based row.
 */
export function markIndex(marks: readonly CellMark[]): MarkIndex {
  const byCell = new Map<string, Severity>();
  for (const { row, col, severity } of marks) {
    const key = `${row - 1}:${col}`;
    const before = byCell.get(key);
    if (!before || WEIGHT[severity] > WEIGHT[before]) byCell.set(key, severity);
  }
  return (row, col) => byCell.get(`${row}:${col}`);
}
