import type { CellValue } from '../../engine';
import { Batch } from './payload';
import { sameName } from './addresses';
import { writeValues } from './write-values';

/**
 * Writes rows from `firstRow` (1-based), column A on, as one bulk `values` write of the block (one
 * per 4 MB chunk), text kept as text. Creates the sheet when missing, as the .xlsx adapter does.
 * Cells right of a shorter row are left as they are. Round trips: 2 (names, then the write).
 */
export async function writeRows(context: Excel.RequestContext, name: string, firstRow: number, rows: CellValue[][]): Promise<void> {
  if (firstRow < 1 || !Number.isInteger(firstRow)) throw new RangeError(`firstRow must be a 1-based row number, got ${firstRow}`);
  if (rows.length === 0) return;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const existing = worksheets.items.find((ws) => sameName(ws.name, name));
  const sheet = existing ?? worksheets.add(name);
  const batch = new Batch(context);
  await batch.actions(existing ? 0 : 1);
  await writeValues(sheet, firstRow - 1, 0, rows, batch);
  await batch.sync();
}
