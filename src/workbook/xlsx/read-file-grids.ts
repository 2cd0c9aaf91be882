/**
 * A picked file's bytes to grids, in the browser or Node. Only ever loaded with a dynamic import
 * (see read-workbook-file.ts), so exceljs stays out of the pane's initial JavaScript.
 */
import type { WorkbookGrids } from '../../engine';
import { loadXlsx, type LoadFailure } from './load-xlsx';
import { workbookGrids } from './worksheet-grid';

export type FileGrids = { ok: true; grids: WorkbookGrids; modified: Date | null } | LoadFailure;

/** The workbook's own modified date (its document properties), when it holds a valid one. */
function modifiedOf(value: unknown): Date | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}

export async function readFileGrids(bytes: Uint8Array, name: string): Promise<FileGrids> {
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) return loaded;
  return { ok: true, grids: workbookGrids(loaded.workbook, name), modified: modifiedOf(loaded.workbook.modified) };
}
