import type { ReportInfo, RegistrationRow } from './types';

/** The year a report is about: `Năm báo cáo`, else the latest year present. */
export function reportYear(rows: readonly RegistrationRow[], info: ReportInfo): number | null {
  if (info.reportYear !== null) return info.reportYear;
  let latest: number | null = null;
  for (const row of rows) if (row.year !== null && (latest === null || row.year > latest)) latest = row.year;
  return latest;
}

/** Rows of the report year (Biểu 01, 02, 04 and the year's text). */
export function yearRows(rows: readonly RegistrationRow[], info: ReportInfo): RegistrationRow[] {
  const year = reportYear(rows, info);
  return rows.filter((r) => r.year === year);
}

/** Every row of a year present within `Giai đoạn` (all years when it is not given). */
export function periodRows(rows: readonly RegistrationRow[], info: ReportInfo): RegistrationRow[] {
  const { period } = info;
  return period ? rows.filter((r) => r.year !== null && r.year >= period.from && r.year <= period.to) : [...rows];
}

/** The years actually present among rows, ascending. */
export function yearsPresent(rows: readonly RegistrationRow[]): number[] {
  return [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}
