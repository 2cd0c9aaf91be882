import type ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/engine';
import type { SheetContent } from '../../src/workbook/sheet-content';
import type { SheetStore } from '../../src/workbook/workbook';
import { renderSheet } from '../../src/workbook/xlsx/render-sheet';
import { worksheetGrid } from '../../src/workbook/xlsx/worksheet-grid';

/** exceljs orders tabs by this field; its typings leave it out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/**
 * The sheet store over an exceljs workbook held in memory: how the command line wrote its copies
 * before the package-level copy, kept as the reference that copy is compared with.
 */
export function xlsxWorkbook(workbook: ExcelJS.Workbook): SheetStore & {
  writeRows(sheet: string, firstRow: number, rows: CellValue[][]): Promise<void>;
} {
  return {
    sheetNames: async () => workbook.worksheets.map((ws) => ws.name),
    readSheet: async (name): Promise<Grid> => {
      const sheet = workbook.getWorksheet(name);
      return sheet ? worksheetGrid(sheet) : [];
    },
    writeSheet: async (content: SheetContent) => {
      const existing = workbook.getWorksheet(content.name);
      const orderNo = (existing as Ordered | undefined)?.orderNo;
      if (existing) workbook.removeWorksheet(existing.id);
      const sheet = workbook.addWorksheet(content.name);
      // Replacing a sheet keeps its place among the tabs.
      if (orderNo !== undefined) (sheet as Ordered).orderNo = orderNo;
      renderSheet(sheet, content);
    },
    deleteSheet: async (name) => {
      const sheet = workbook.getWorksheet(name);
      if (sheet) workbook.removeWorksheet(sheet.id);
    },
    writeRows: async (name, firstRow, rows) => {
      const sheet = workbook.getWorksheet(name) ?? workbook.addWorksheet(name);
      rows.forEach((values, i) => {
        values.forEach((value, c) => {
          // A string stays a string cell in exceljs, so "=…" is never taken as a formula.
          sheet.getCell(firstRow + i, c + 1).value = value === undefined || value === '' ? null : value;
        });
      });
    },
  };
}
