import { cellText } from './cell-text';
import type { Grid } from './types';

/**
 * A short digest of a sheet's values, kept in the workbook's record of what the software
 * wrote, so a later write can tell whether the sheet was edited by hand since (FNV-1a, 2×32 bits).
 */
export function fingerprint(grid: Grid): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const lastRow = grid.findLastIndex((row) => row.some((v) => cellText(v) !== ''));
  for (let r = 0; r <= lastRow; r++) {
    const row = grid[r] ?? [];
    let last = row.length - 1;
    while (last >= 0 && cellText(row[last]) === '') last--;
    const line =
      row
        .slice(0, last + 1)
        .map((v) => (typeof v === 'number' ? String(+v.toPrecision(12)) : cellText(v)))
        .join('\u001f') + '\u001e';
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
