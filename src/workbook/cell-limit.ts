/**
 * Excel holds at most 32,767 characters in a cell; a longer one makes Excel call the whole file
 * damaged. Every writer cuts such text to fit, ending it with a visible mark, and the callers say
 * which cells were cut (never silently).
 */
export const EXCEL_CELL_CHARS = 32_767;
/** Ends a cut text, so the reader of the cell sees that the rest is missing. */
export const CUT_MARK = ' …[cắt bớt]';

/** The text as it fits a cell (unchanged when it fits); a surrogate pair is never split. */
export function fitText(text: string): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  let end = EXCEL_CELL_CHARS - CUT_MARK.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + CUT_MARK;
}

/** A cell written cut: 1-based row as Excel shows it, 0-based column, and the length it had. */
export interface CutCell {
  sheet: string;
  row: number;
  col: number;
  length: number;
}

/** The cells of a grid too long for Excel (`firstRow`: the 1-based row of its first line). */
export function cellsTooLong(sheet: string, rows: ReadonlyArray<ReadonlyArray<unknown> | undefined>, firstRow = 1): CutCell[] {
  const cut: CutCell[] = [];
  rows.forEach((row, r) =>
    row?.forEach((value, col) => {
      if (typeof value === 'string' && value.length > EXCEL_CELL_CHARS) cut.push({ sheet, row: firstRow + r, col, length: value.length });
    }),
  );
  return cut;
}

/** A value as written: text cut to fit, anything else as it is. */
export const fitValue = <T>(value: T): T => (typeof value === 'string' && value.length > EXCEL_CELL_CHARS ? (fitText(value) as T) : value);
