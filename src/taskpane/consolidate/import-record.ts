import { IMPORT_SHEET, importRecordGrid, type ImportRecord } from '../../engine/consolidate/import-record';
import { ORIGIN_SHEET, originsGrid, type RowOrigin } from '../../engine/consolidate/row-origins';
import type { SheetContent } from '../../workbook/sheet-content';

/** The import record as its very hidden sheet (see `engine/consolidate/import-record.ts`). */
export function importRecordContent(record: ImportRecord): SheetContent {
  return { name: IMPORT_SHEET, values: importRecordGrid(record), styles: [], merges: [], columnWidths: [40, 26, 10, 26], visibility: 'veryHidden' };
}

/** Where each imported row came from in its unit's file: the feedback names the unit's own cells. */
export function originsContent(origins: readonly RowOrigin[]): SheetContent {
  return { name: ORIGIN_SHEET, values: originsGrid(origins), styles: [], merges: [], columnWidths: [40, 10, 24, 10, 20, 60], visibility: 'veryHidden' };
}
