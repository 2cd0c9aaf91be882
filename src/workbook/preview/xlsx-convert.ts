/**
 * .xlsx bytes to and from the in-page workbook, through the exceljs adapter. Only ever loaded with a
 * dynamic import (see memory-workbook.ts), so exceljs stays out of the page's initial JavaScript.
 */
import type ExcelJS from 'exceljs';
import type { SheetContent } from '../sheet-content';
import { loadXlsx, type LoadFailure, type LossyPart } from '../xlsx/load-xlsx';
import { newWorkbook, workbookBytes } from '../xlsx/new-workbook';
import type { MemorySheet } from './memory-sheet';
import { worksheetContent } from './worksheet-content';

/** `formulas`: cells holding a formula, which the in-page workbook keeps as their last result. */
export type ReadResult = { ok: true; sheets: MemorySheet[]; lossy: LossyPart[]; formulas: number } | LoadFailure;

/** exceljs keeps rows and cells in sparse arrays; its typings leave the fields out. */
type WithCells = ExcelJS.Worksheet & { _rows?: Array<{ _cells?: Array<ExcelJS.Cell | undefined> } | undefined> };

function formulaCells(sheet: ExcelJS.Worksheet): number {
  let count = 0;
  for (const row of (sheet as WithCells)._rows ?? []) {
    for (const cell of row?._cells ?? []) {
      const value = cell?.value;
      if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) count++;
    }
  }
  return count;
}

export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) return loaded;
  const { worksheets } = loaded.workbook;
  // exceljs lists worksheets in tab order.
  return { ok: true, sheets: worksheets.map(worksheetContent), lossy: loaded.lossy, formulas: worksheets.reduce((n, s) => n + formulaCells(s), 0) };
}

/**
 * The sheets as an .xlsx file. renderSheet writes each value as it is, so the dates and booleans a
 * loaded file may hold beside text and numbers are written back unchanged.
 */
export async function writeXlsx(sheets: readonly MemorySheet[]): Promise<Uint8Array> {
  return workbookBytes(newWorkbook(sheets as unknown as SheetContent[]));
}
