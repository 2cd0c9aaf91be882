import type ExcelJS from 'exceljs';
import { EXCEL_CELL_CHARS, fitText, type CutCell } from '../cell-limit';
import type { CellValue, Grid, SheetGrid, WorkbookGrids } from '../../engine';

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

/** exceljs keeps rows in a sparse array; its typings leave the field out. */
type WithRows = ExcelJS.Worksheet & { _rows?: Array<ExcelJS.Row | undefined> };

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

/** 1-based numbers of the rows hidden by hand or by a filter (Excel saves both as `hidden`), in order. */
export function hiddenRows(sheet: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  (sheet as WithRows)._rows?.forEach((row) => {
    if (row?.hidden) hidden.push(row.number);
  });
  return hidden;
}

export function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  return { name: sheet.name, grid: worksheetGrid(sheet), hiddenRows: hiddenRows(sheet), filtered: Boolean(sheet.autoFilter) };
}

export function workbookGrids(workbook: ExcelJS.Workbook, file?: string): WorkbookGrids {
  return { file, sheets: workbook.worksheets.map(sheetGrid) };
}

/**
 * Cuts, in place, the text cells of a loaded workbook too long for Excel (see `cell-limit.ts`), before
 * it is written back (a hostile or broken file may hold longer ones); says which.
 */
export function fitLongCells(workbook: ExcelJS.Workbook): CutCell[] {
  const cut: CutCell[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const text = typeof cell.value === 'string' ? cell.value : null;
        if (text === null || text.length <= EXCEL_CELL_CHARS) return;
        cut.push({ sheet: sheet.name, row: rowNumber, col: col - 1, length: text.length });
        cell.value = fitText(text);
      });
    });
  });
  return cut;
}
