/** Writes fixture sheets to an .xlsx workbook with exceljs: one worksheet per sheet, values as given. */
import ExcelJS from 'exceljs';
import type { FixtureSheet } from '../fixtures/seed004';

function buildWorkbook(sheets: FixtureSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      const target = worksheet.getRow(r + 1);
      row.forEach((value, c) => {
        // null stays an empty cell; numbers stay numbers and strings stay strings.
        if (value !== null) target.getCell(c + 1).value = value;
      });
      target.commit();
    });
  }
  return workbook;
}

/** Writes the sheets to `path` as an .xlsx file. */
export async function writeXlsx(path: string, sheets: FixtureSheet[]): Promise<void> {
  await buildWorkbook(sheets).xlsx.writeFile(path);
}

/** The sheets as the bytes of an .xlsx file. */
export async function xlsxBuffer(sheets: FixtureSheet[]): Promise<Buffer> {
  const data = await buildWorkbook(sheets).xlsx.writeBuffer();
  return Buffer.from(data);
}
