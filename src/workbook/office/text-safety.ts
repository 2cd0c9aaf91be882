import type { CellValue } from '../../engine';
import { fitText } from '../cell-limit';

/**
 * Text is always written as text.
 *
 * `range.values` takes each string as if the clerk typed it: `=1+1`, `+84 912` and `@ten` become
 * formulas, `-5` and `0912345678` numbers (the leading zero lost), `1/2` a date, `TRUE` a boolean.
 * Such strings get a leading apostrophe, which Excel keeps as the cell's text prefix and does not
 * return in `values`: the cell holds exactly the string, as text.
 *
 * Why the apostrophe and not the text number format `@`: it costs nothing more than the value in the
 * same single `values` write (no second matrix of formats, no extra request), it works on ExcelApi
 * 1.1 everywhere, and it changes nothing else about the cell: a text format would stay on the
 * clerk's cells after `writeRows` and turn numbers typed there later into text. Strings Excel keeps
 * as they are get no apostrophe, so ordinary text shows none in the formula bar.
 */
const FORMULA_START = /^[=+\-@\t\r\n']/;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** Patterns of typed numbers, dates, times, booleans and errors, tried on short strings only (all linear). */
const LOOKS_TYPED = [
  /^[+-]?\(?[$€£¥₫]?[\d.,]+(e[+-]?\d+)?[%‰]?[$€£¥₫đ]?\)?$/i, // numbers, percents, money (spaces removed first)
  /^\d+ \d+\/\d+$/, // fractions: 1 1/2
  /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?( \d{1,2}(:\d{1,2}){1,2}(\.\d+)? ?([ap]\.?m\.?)?)?$/i, // dates
  /^\d{1,2}(:\d{1,2}){1,2}(\.\d+)? ?([ap]\.?m\.?)?$/i, // times
  new RegExp(`^\\d{1,2}[-/ ]+${MONTH}([-/ ,]+\\d{1,4})?$`, 'i'), // 15-Feb
  new RegExp(`^${MONTH}[-/ ,]+\\d{1,4}([-/ ,]+\\d{1,4})?$`, 'i'), // Jan 2024
  /^(true|false)$/i,
  /^#(null!|div\/0!|value!|ref!|name\?|num!|n\/a|getting_data|spill!|calc!|field!|blocked!|busy!|connect!|unknown!)$/i,
];
const SHORT = 64;

/** Whether Excel would take this string for something other than the same text. */
export function needsTextPrefix(text: string): boolean {
  if (text === '') return false;
  if (FORMULA_START.test(text)) return true;
  if (text.length > SHORT || !/[\d#tfTF]/.test(text)) return false;
  const spaced = text.trim().replace(/\s+/g, ' ');
  const compact = spaced.replace(/ /g, '');
  return LOOKS_TYPED.some((pattern, i) => (i === 0 ? /\d/.test(compact) && pattern.test(compact) : pattern.test(spaced)));
}

/** A string as it must be written through `values` to stay exactly that text. */
export const safeText = (text: string): string => (needsTextPrefix(text) ? `'${text}` : text);

/** Excel's serial day number of a date (days since 1899-12-30), by its local calendar date and time. */
export function dateSerial(date: Date): number {
  const local = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
  return (local - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export type ExcelInput = string | number | boolean;

/**
 * A cell value as written through `values`: empty as `''` (which clears the cell), text made safe,
 * dates as serial numbers (the caller gives them a date format), numbers Excel cannot hold as text.
 */
export function excelInput(value: CellValue): ExcelInput {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return safeText(fitText(value));
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateSerial(value);
  return Number.isFinite(value) ? value : safeText(String(value));
}

export const DATE_FORMAT = 'dd/mm/yyyy';
