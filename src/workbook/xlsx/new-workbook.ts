import ExcelJS from 'exceljs';
import type { SheetContent } from '../sheet-content';
import { renderSheet } from './render-sheet';

/** A new workbook holding the described sheets, in order. */
export function newWorkbook(contents: readonly SheetContent[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dân vận khéo';
  for (const content of contents) renderSheet(workbook.addWorksheet(content.name), content);
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
