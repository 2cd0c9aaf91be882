import type { CellValue } from '../../engine';
import { rangeAddress, rowsAddress, topLeft } from './addresses';
import { Batch } from './payload';
import { writeValues } from './write-values';
import type { InsertedRows } from '../workbook';

const NOTHING: InsertedRows = { typedNumbers: 0 };
const isFormula = (f: unknown): boolean => typeof f === 'string' && f.startsWith('=');

const REFERENCE = /(^|[^A-Za-z0-9_!.$'])(\$?[A-Z]{1,3}\$?)(\d+):(\$?[A-Z]{1,3}\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * A formula with its same-sheet ranges that end on 1-based row `lastRow` made to end `count` rows
 * lower (`SUM(C5:C9)` → `SUM(C5:C10)`): the line under rows inserted after `lastRow` then covers
 * them. Text in quotes, other sheets' ranges and single cells are left as they are. Null when
 * nothing changes.
 */
export function extendedFormula(formula: string, lastRow: number, count: number): string | null {
  if (!formula.startsWith('=')) return null;
  let changed = false;
  const parts = formula.split('"').map((part, i) =>
    i % 2 === 1
      ? part
      : part.replace(REFERENCE, (all, lead: string, c1: string, r1: string, c2: string, r2: string) => {
          if (Number(r2) !== lastRow || Number(r1) > lastRow) return all;
          changed = true;
          return `${lead}${c1}${r1}:${c2}${lastRow + count}`;
        }),
  );
  return changed ? parts.join('"') : null;
}

/** The 0-based last row and column of a range's address (`'Đăng ký'!A1:N12`). */
function bottomRight(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const end = local.slice(local.indexOf(':') + 1);
  return topLeft(end);
}

/**
 * Inserts whole rows before 1-based `beforeRow` (`range.insert(Down)`, ExcelApi 1.1: Excel moves the
 * rows under, their formats and every reference to them) and writes `rows` there, text kept as text.
 * Excel does not stretch a range that ends right above the inserted rows, so `=SUM(C5:C9)` on a total
 * line at row 10 would miss a row inserted at 10: such ranges in the line now right under the new
 * rows are extended over them. Round trips: 1 (insert, values, the used range), +1 to read that
 * line's formulas when it is in the used range, +1 to write the extended ones. Says how many cells of
 * that line hold a typed number (a total typed by hand, which the new rows leave wrong).
 */
export async function insertRows(context: Excel.RequestContext, name: string, beforeRow: number, rows: CellValue[][]): Promise<InsertedRows> {
  if (beforeRow < 1 || !Number.isInteger(beforeRow)) throw new RangeError(`beforeRow must be a 1-based row number, got ${beforeRow}`);
  if (rows.length === 0) return NOTHING;
  const count = rows.length;
  const sheet = context.workbook.worksheets.getItem(name);
  const batch = new Batch(context);
  await batch.actions(1);
  // 'Down' is Excel.InsertShiftDirection.down (the string, so no Office global is needed at run time).
  sheet.getRange(rowsAddress(beforeRow - 1, beforeRow - 2 + count)).insert('Down');
  await writeValues(sheet, beforeRow - 1, 0, rows, batch);
  const used = sheet.getUsedRange();
  used.load('address');
  await batch.sync();
  const below = beforeRow - 1 + count;
  const extent = bottomRight(used.address);
  if (beforeRow === 1 || below > extent.row) return NOTHING;
  const line = sheet.getRange(rangeAddress(below, 0, 1, extent.col + 1));
  line.load('formulas, values');
  await context.sync();
  const formulas = (line.formulas[0] ?? []) as unknown[];
  const values = (line.values[0] ?? []) as unknown[];
  // A formula's value is its result: a text cell reading `=…` has the same value and formula, and stays text.
  const extended = formulas.map((f, c) => (typeof f === 'string' && f !== values[c] ? extendedFormula(f, beforeRow - 1, count) : null));
  extended.forEach((formula, col) => {
    if (formula !== null) sheet.getRange(rangeAddress(below, col, 1, 1)).formulas = [[formula]];
  });
  if (extended.some((f) => f !== null)) await context.sync();
  return { typedNumbers: values.filter((v, c) => typeof v === 'number' && !isFormula(formulas[c])).length };
}

/** Deletes whole rows from 1-based `firstRow` (`range.delete(Up)`, ExcelApi 1.1), moving the rows under up. Round trips: 1. */
export async function deleteRows(context: Excel.RequestContext, name: string, firstRow: number, count: number): Promise<void> {
  if (firstRow < 1 || !Number.isInteger(firstRow) || !Number.isInteger(count)) throw new RangeError(`deleteRows: no rows ${firstRow} (+${count})`);
  if (count < 1) return;
  // 'Up' is Excel.DeleteShiftDirection.up.
  context.workbook.worksheets
    .getItem(name)
    .getRange(rowsAddress(firstRow - 1, firstRow - 2 + count))
    .delete('Up');
  await context.sync();
}
