import { cellText } from './cell-text';
import { parseDate, serialOf } from './dates';
import { normLoose } from './normalize';
import type { CellValue, Grid, ReportInfo } from './types';
import { INFO_LABELS_VI } from '../i18n/info-labels.vi';

export { parseDate } from './dates';

export type InfoKey = keyof ReportInfo;

/** `Thông tin` labels, in the order the standard sheet lists them (shared with the pane's Vietnamese). */
export const INFO_LABELS: Readonly<Record<InfoKey, string>> = INFO_LABELS_VI;

/** Other labels clerks write for the same particulars. */
const INFO_ALIASES: Partial<Record<InfoKey, string[]>> = {
  reportDate: ['Ngày ký'],
  number: ['Số'],
  authority: ['Thay mặt'],
};

const LABEL_LOOKUP = new Map(
  (Object.keys(INFO_LABELS) as InfoKey[]).flatMap((k) => [INFO_LABELS[k], ...(INFO_ALIASES[k] ?? [])].map((label) => [normLoose(label), k] as const)),
);

export const EMPTY_INFO: ReportInfo = {
  agency: null,
  superior: null,
  level: null,
  reportYear: null,
  period: null,
  deadline: null,
  place: null,
  reportDate: null,
  number: null,
  basis: null,
  authority: null,
  signerTitle: null,
  signer: null,
  recipients: null,
};

/** `Nơi nhận`: one recipient per line or separated by `;`, each without its leading `-`. */
function parseRecipients(text: string): string[] | null {
  const lines = text
    .split(/[;\n]/)
    .map((l) => l.replace(/^\s*[-–•]\s*/, '').trim())
    .filter(Boolean);
  return lines.length > 0 ? lines : null;
}

/** A year written as a number or as text. */
export const parseYear = (value: CellValue): number | null => yearOf(value, cellText(value));

/** Serials of the years 2000-2100: a year typed into a cell formatted as a date shows as a day of 1905. */
const YEAR_SERIALS = { from: 2000, to: 2100 };

/**
 * `parseYear` of a cell whose `cellText` is already known: a whole number, or four digits as text.
 * A date gives its year, but a "date" whose serial is itself a year (2024 typed in a cell formatted
 * as a date, read by exceljs as 16/07/1905) gives that year.
 */
export function yearOf(value: CellValue, text: string): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const serial = serialOf(value);
    return serial >= YEAR_SERIALS.from && serial <= YEAR_SERIALS.to ? serial : value.getUTCFullYear();
  }
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

function parsePeriod(value: CellValue): ReportInfo['period'] {
  const m = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(cellText(value));
  if (!m) return null;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return from <= to ? { from, to } : null;
}

function parseLevel(value: CellValue): ReportInfo['level'] {
  switch (normLoose(cellText(value))) {
    case 'xa':
      return 'Xã';
    case 'huyen':
      return 'Huyện';
    case 'tinh':
      return 'Tỉnh';
    default:
      return null;
  }
}

/**
 * The particulars the signed document prints (header, date line, signature block, recipients): when
 * empty, the document leaves their place blank for the clerk's pen.
 */
export const DOCUMENT_PARTICULARS: readonly InfoKey[] = [
  'superior',
  'agency',
  'number',
  'place',
  'reportDate',
  'authority',
  'signerTitle',
  'signer',
  'recipients',
];

/** The document's particulars `Thông tin` leaves empty, in the sheet's order. */
export const missingParticulars = (info: ReportInfo): InfoKey[] => DOCUMENT_PARTICULARS.filter((key) => info[key] === null);

/** Where each particular's label is in `Thông tin` (0-based row), the first row of each. */
export function particularRows(grid: Grid): Map<InfoKey, number> {
  const rows = new Map<InfoKey, number>();
  grid.forEach((row, r) => {
    const key = LABEL_LOOKUP.get(normLoose(cellText(row?.[0])));
    if (key && !rows.has(key)) rows.set(key, r);
  });
  return rows;
}

/** Reads the label/value pairs of `Thông tin`: label in the first column, value in the second. */
export function readReportInfo(grid: Grid): ReportInfo {
  const info: ReportInfo = { ...EMPTY_INFO };
  for (const row of grid) {
    const key = LABEL_LOOKUP.get(normLoose(cellText(row?.[0])));
    if (!key) continue;
    const value = row[1];
    const text = cellText(value) || null;
    if (text === null) continue;
    switch (key) {
      case 'reportYear':
        info.reportYear = parseYear(value);
        break;
      case 'period':
        info.period = parsePeriod(value);
        break;
      case 'deadline':
        info.deadline = parseDate(value);
        break;
      case 'reportDate':
        info.reportDate = parseDate(value);
        break;
      case 'recipients':
        // Line breaks inside the cell separate recipients too: read the raw text, not the cleaned one.
        info.recipients = parseRecipients(typeof value === 'string' ? value : cellText(value));
        break;
      case 'level':
        info.level = parseLevel(value);
        break;
      default:
        info[key] = text;
    }
  }
  return info;
}

/** Several workbooks read as one set: the first value given for each particular wins. */
/**
 * What a unit's particulars may lend a consolidated report: the year and the period it covers, never
 * who issues, signs, numbers or dates it (a unit's name is not the district's).
 */
export function unitParticulars(info: ReportInfo): ReportInfo {
  return { ...EMPTY_INFO, reportYear: info.reportYear, period: info.period };
}

/** Whether a `Thông tin` gives any particular at all. */
export const hasParticulars = (info: ReportInfo): boolean => Object.values(info).some((v) => v !== null);

export function mergeReportInfo(infos: readonly ReportInfo[]): ReportInfo {
  const merged: ReportInfo = { ...EMPTY_INFO };
  for (const info of infos) {
    for (const key of Object.keys(merged) as InfoKey[]) {
      if (merged[key] === null && info[key] !== null) (merged as unknown as Record<InfoKey, unknown>)[key] = info[key];
    }
  }
  return merged;
}
