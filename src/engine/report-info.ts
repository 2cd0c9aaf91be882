import { cellText } from './cell-text';
import { parseDate, serialOf } from './dates';
import { normLoose } from './normalize';
import type { CellValue, Grid, ReportInfo } from './types';

export { parseDate } from './dates';

type InfoKey = 'agency' | 'level' | 'reportYear' | 'period' | 'deadline' | 'signer' | 'signerTitle' | 'place';

/** `Thông tin` labels (the spec's, plus `Địa danh` for the place line of the header block). */
export const INFO_LABELS: Readonly<Record<InfoKey, string>> = {
  agency: 'Cơ quan báo cáo',
  level: 'Cấp',
  reportYear: 'Năm báo cáo',
  period: 'Giai đoạn',
  deadline: 'Hạn nộp',
  signer: 'Người ký',
  signerTitle: 'Chức vụ người ký',
  place: 'Địa danh',
};

const LABEL_LOOKUP = new Map(Object.entries(INFO_LABELS).map(([k, label]) => [normLoose(label), k as InfoKey]));

export const EMPTY_INFO: ReportInfo = {
  agency: null,
  level: null,
  reportYear: null,
  period: null,
  deadline: null,
  signer: null,
  signerTitle: null,
  place: null,
};

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

/** Reads the label/value pairs of `Thông tin`: label in the first column, value in the second. */
export function readReportInfo(grid: Grid): ReportInfo {
  const info: ReportInfo = { ...EMPTY_INFO };
  for (const row of grid) {
    const key = LABEL_LOOKUP.get(normLoose(cellText(row?.[0])));
    if (!key) continue;
    const value = row[1];
    const text = cellText(value) || null;
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
export function mergeReportInfo(infos: readonly ReportInfo[]): ReportInfo {
  const merged: ReportInfo = { ...EMPTY_INFO };
  for (const info of infos) {
    for (const key of Object.keys(merged) as InfoKey[]) {
      if (merged[key] === null && info[key] !== null) (merged as unknown as Record<InfoKey, unknown>)[key] = info[key];
    }
  }
  return merged;
}
