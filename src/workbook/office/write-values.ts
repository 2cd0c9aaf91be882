import type { CellValue } from '../../engine';
import { rangeAddress } from './addresses';
import { ACTION_BYTES, type Batch, REQUEST_BUDGET, rowBytes } from './payload';
import { DATE_FORMAT, excelInput, type ExcelInput } from './text-safety';

/**
 * Writes a block of values with one `values` write per chunk of rows, each chunk's request under the
 * budget (a block that fits is one write). Text is made safe; dates become serial numbers with a
 * date format. Rows shorter than the block are padded with `null`, which Office.js leaves untouched;
 * empty cells given as null/'' are written as `''`, which clears them.
 */
export async function writeValues(sheet: Excel.Worksheet, row: number, col: number, rows: readonly (readonly CellValue[])[], batch: Batch): Promise<void> {
  const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
  if (rows.length === 0 || width === 0) return;
  const full = REQUEST_BUDGET - 4 * ACTION_BYTES;
  /**
   * A chunk's size: what the queued request still takes when that is at least half a request (the
   * sheet's clearing and adding ride with the first chunk instead of a sync of their own), else a whole one.
   */
  const capacity = (): number => {
    const left = batch.remaining() - 4 * ACTION_BYTES;
    return left >= full / 2 ? left : full;
  };
  let budget = capacity();
  let chunk: ExcelInput[][] = [];
  let formats: (string | null)[][] | null = null;
  let bytes = 0;
  let first = 0;
  const flush = async () => {
    await batch.room(bytes + 2 * ACTION_BYTES);
    const range = sheet.getRange(rangeAddress(row + first, col, chunk.length, width));
    range.values = chunk;
    if (formats) range.numberFormat = formats;
    first += chunk.length;
    chunk = [];
    formats = null;
    bytes = 0;
    budget = capacity();
  };
  for (const source of rows) {
    const inputs: (ExcelInput | null)[] = new Array(width).fill(null);
    let dates: (string | null)[] | null = null;
    source.forEach((value, c) => {
      inputs[c] = excelInput(value);
      if (value instanceof Date) (dates ??= new Array(width).fill(null))[c] = DATE_FORMAT;
    });
    const formatBytes = width * 5 + 3;
    const size = rowBytes(inputs) + (dates || formats ? formatBytes : 0);
    if (chunk.length > 0 && bytes + size > budget) await flush();
    if (dates && !formats) {
      formats = chunk.map(() => new Array(width).fill(null));
      bytes += chunk.length * formatBytes;
    }
    formats?.push(dates ?? new Array(width).fill(null));
    // Office.js types `values` as any[][]; null is its "leave as is".
    chunk.push(inputs as ExcelInput[]);
    bytes += size;
  }
  await flush();
}
