import { cellText } from './cell-text';
import type { CellValue } from './types';

export interface DayDate {
  day: number;
  month: number;
  year: number;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Excel's last day, 31/12/9999. */
const LAST_SERIAL = 2_958_466;
/** `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, spaces around the separators allowed. */
const DAY_MONTH_YEAR = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
/** `yyyy-mm-dd`, as some programs export dates. */
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The day a Date shows in a workbook: the Excel adapters give them as UTC midnight of that day. */
const dayOfDate = (date: Date): DayDate => ({ day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear() });

/** The Excel serial number of a Date's day (1 is 1/1/1900; serials from 61 on). */
export const serialOf = (date: Date): number => Math.floor((date.getTime() - EXCEL_EPOCH_MS) / DAY_MS);

function validDay(day: number, month: number, year: number): DayDate | null {
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { day, month, year } : null;
}

/**
 * A day as Excel cells hold it: a Date (exceljs), an Excel serial number (the task pane's `range.values`, a
 * time of day ignored), or text `dd/mm/yyyy` (also `d/m/yyyy`, `-` or `.` between) or `yyyy-mm-dd`.
 * Null when it is none of these or not a real day (31/02).
 */
export function parseDate(value: CellValue): DayDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dayOfDate(value);
  if (typeof value === 'number') {
    return value >= 1 && value < LAST_SERIAL ? dayOfDate(new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS)) : null;
  }
  const text = cellText(value);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return validDay(Number(dmy[1]), Number(dmy[3]), Number(dmy[4]));
  const iso = ISO_DAY.exec(text);
  return iso ? validDay(Number(iso[3]), Number(iso[2]), Number(iso[1])) : null;
}
