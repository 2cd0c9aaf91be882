import type ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../engine';

/** A cell as Office.js would give it: formulas by their result, rich text and links by their text. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as ExcelJS.CellFormulaValue).result);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return plainValue(value.text);
  if ('error' in value) return value.error;
  return null;
}

/**
 * The sheet's values from A1. Only rows holding a value are visited, so a sheet whose used range
 * claims the whole grid (a formatted cell at XFD1048576) costs its rows of values, not its claim;
 * the empty rows up to the last value are plain empty arrays.
 */
export function worksheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // As in Office.js, a merged area's value is in its top-left cell only.
      if (cell.isMerged && cell.master !== cell) return;
      cells[col - 1] = plainValue(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(grid, (row) => row ?? []);
}
