/** Unit files for the `dvk consolidate` tests: real .xlsx files with the workbook's own modified date and the file's date set. */
import { utimesSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { FixtureSheet } from '../fixtures/seed004';

export interface Dates {
  /** The workbook's modified date (document properties). */
  modified?: Date;
  /** The file's date on disk. */
  file?: Date;
}

/** Writes the sheets as an .xlsx file with the given dates (the modified date defaults to 1 November 2022). */
export async function writeUnitFile(file: string, sheets: FixtureSheet[], dates: Dates = {}): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2022, 9, 1));
  workbook.modified = dates.modified ?? new Date(Date.UTC(2022, 10, 1));
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => row.forEach((value, c) => value !== null && (worksheet.getCell(r + 1, c + 1).value = value)));
  }
  await workbook.xlsx.writeFile(file);
  if (dates.file) utimesSync(file, dates.file, dates.file);
}
