import type ExcelJS from 'exceljs';
import type { Grid } from '../../engine';
import type { SheetContent } from '../sheet-content';
import type { WorkbookPort } from '../workbook';
import { renderSheet } from './render-sheet';
import { worksheetGrid } from './worksheet-grid';

/** exceljs orders tabs by this field; its typings leave it out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/** The workbook interface over an exceljs workbook held in memory. */
export function xlsxWorkbook(workbook: ExcelJS.Workbook): WorkbookPort {
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
  };
}
