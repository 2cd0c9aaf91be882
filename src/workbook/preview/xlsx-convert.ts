/**
 * .xlsx bytes to and from the in-page workbook, through the exceljs adapter. Only ever loaded with a
 * dynamic import (see memory-workbook.ts), so exceljs stays out of the page's initial JavaScript.
 */
import type { SheetContent } from '../sheet-content';
import { loadXlsx, type LoadFailure, type LossyPart } from '../xlsx/load-xlsx';
import { newWorkbook, workbookBytes } from '../xlsx/new-workbook';
import type { MemorySheet } from './memory-sheet';
import { worksheetContent } from './worksheet-content';

export type ReadResult = { ok: true; sheets: MemorySheet[]; lossy: LossyPart[] } | LoadFailure;

export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) return loaded;
  // exceljs lists worksheets in tab order.
  return { ok: true, sheets: loaded.workbook.worksheets.map(worksheetContent), lossy: loaded.lossy };
}

/**
 * The sheets as an .xlsx file. renderSheet writes each value as it is, so the dates and booleans a
 * loaded file may hold beside text and numbers are written back unchanged.
 */
export async function writeXlsx(sheets: readonly MemorySheet[]): Promise<Uint8Array> {
  return workbookBytes(newWorkbook(sheets as unknown as SheetContent[]));
}
