import type { Grid } from '../engine';
import type { SheetContent } from './sheet-content';

/**
 * "The workbook", as the task pane and the command line use it. Adapters: `office/` (Office.js,
 * the workbook open in Excel) and `xlsx/` (exceljs, a file's bytes).
 */
export interface WorkbookPort {
  /** Worksheet names in tab order, hidden ones included. */
  sheetNames(): Promise<string[]>;
  /** The values of a sheet's used range, as a grid anchored at A1. */
  readSheet(name: string): Promise<Grid>;
  /** Creates the sheet, or replaces an existing one of that name entirely, in one write. */
  writeSheet(content: SheetContent): Promise<void>;
}
