import { cellText, type Grid } from '../../src/engine';

/** A sheet's values as text, trailing empty cells and rows dropped: what a clerk sees. */
export function shown(grid: Grid): string[][] {
  const rows = grid.map((row) => {
    const cells = Array.from(row ?? [], (v) => cellText(v));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}
