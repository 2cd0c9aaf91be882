import { KHOI_COLUMNS, type CellValue, type KhoiKey } from '../../engine';

/** The form's values as typed: text for each column, `Có`/`Không` for the ticks. */
export type KhoiFormValues = Record<KhoiKey, string>;

export const YES_NO_KEYS: readonly KhoiKey[] = KHOI_COLUMNS.filter((c) => c.kind === 'yesNo').map((c) => c.key);
export const NUMBER_KEYS: readonly KhoiKey[] = KHOI_COLUMNS.filter((c) => c.kind === 'count' || c.kind === 'year' || c.kind === 'rate').map((c) => c.key);

/** A new row: the year given, every tick `Không`. */
export function blankKhoiForm(year: string): KhoiFormValues {
  const values = Object.fromEntries(KHOI_COLUMNS.map((c) => [c.key, ''])) as KhoiFormValues;
  values.year = year;
  for (const key of YES_NO_KEYS) values[key] = 'Không';
  return values;
}

/** A typed number as a number (`95,5` too), anything else as typed; empty stays empty. */
function cellOf(key: KhoiKey, text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (NUMBER_KEYS.includes(key)) {
    const n = Number(trimmed.replace(',', '.'));
    if (Number.isFinite(n) && /^\d+([.,]\d+)?$/.test(trimmed)) return n;
  }
  return trimmed;
}

/** The row's cells in the sheet's own columns (the header found by the engine), empty where it has none. */
export function khoiRowCells(values: KhoiFormValues, columns: ReadonlyMap<KhoiKey, number>): CellValue[] {
  const width = Math.max(-1, ...columns.values()) + 1;
  const cells: CellValue[] = new Array<CellValue>(width).fill(null);
  for (const [key, col] of columns) cells[col] = cellOf(key, values[key]);
  return cells;
}
