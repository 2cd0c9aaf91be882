import type { CellValue, WorkbookGrids } from '../../src/engine';

export interface SheetRows {
  name: string;
  rows: CellValue[][];
}

/** Fixture sheets as the engine's input. */
export const toGrids = (sheets: readonly SheetRows[], file?: string): WorkbookGrids => ({
  file,
  sheets: sheets.map((s) => ({ name: s.name, grid: s.rows.map((r) => [...r]) })),
});
