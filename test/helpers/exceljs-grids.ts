/**
 * The reference the streaming grid reader (src/workbook/xlsx/package-grids.ts) is held to: a workbook
 * exceljs loaded whole, read into grids as the product read files before it had its own reader.
 */
import type ExcelJS from 'exceljs';
import type { SheetGrid, WorkbookGrids } from '../../src/engine';
import { worksheetGrid } from '../../src/workbook/xlsx/worksheet-grid';

/** exceljs keeps rows in a sparse array; its typings leave the field out. */
type WithRows = ExcelJS.Worksheet & { _rows?: Array<ExcelJS.Row | undefined> };

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
