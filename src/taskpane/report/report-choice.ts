import { missingParticulars, normLoose, particularRows, type InfoKey, type ReportOptions } from '../../engine';
import { reportYear, yearsPresent } from '../../engine/report-scope';
import type { Snapshot } from '../snapshot';

/** What the report is about: one year, or a period of years ("sơ kết"). */
export type ReportChoice = { kind: 'year'; year: number } | { kind: 'period'; from: number; to: number };

export interface ReportChoices {
  /** Years to choose from: those of the rows, and `Năm báo cáo`. */
  years: number[];
  /** `Năm báo cáo` (else the latest year); null when the workbook has no year at all. */
  initial: ReportChoice | null;
  /** `Giai đoạn`, else the span of the years present. */
  period: { from: number; to: number } | null;
}

export function reportChoices(snapshot: Snapshot): ReportChoices {
  const { dataset, analysis } = snapshot;
  const { info } = dataset;
  const khoiYears = dataset.khoi.map((r) => r.year).filter((y): y is number => y !== null);
  const years = [...new Set([...yearsPresent(analysis.counted), ...khoiYears, ...(info.reportYear === null ? [] : [info.reportYear])])].sort((a, b) => a - b);
  const year = reportYear(analysis.counted, info) ?? (years.length > 0 ? years[years.length - 1] : null);
  const period = info.period ?? (years.length > 1 ? { from: years[0], to: years[years.length - 1] } : null);
  return { years, initial: year === null ? null : { kind: 'year', year }, period };
}

/** The engine's options for a choice. */
export const reportOptions = (choice: ReportChoice | null): ReportOptions =>
  choice === null ? {} : choice.kind === 'year' ? { year: choice.year } : { period: { from: choice.from, to: choice.to } };

/** `bao-cao-dan-van-kheo-2022.docx`, `so-ket-dan-van-kheo-2021-2023.docx`. */
export const documentFileName = (choice: ReportChoice | null): string =>
  choice === null
    ? 'bao-cao-dan-van-kheo.docx'
    : choice.kind === 'year'
      ? `bao-cao-dan-van-kheo-${choice.year}.docx`
      : `so-ket-dan-van-kheo-${choice.from}-${choice.to}.docx`;

export interface MissingParticular {
  key: InfoKey;
  /** The workbook's `Thông tin` sheet, as it spells it; null when there is none. */
  sheet: string | null;
  /** 1-based row of its label in `Thông tin` (the value goes beside it), null when the label is not there. */
  row: number | null;
}

/** The particulars the document prints that `Thông tin` leaves empty, with where to fill each. */
export function missingForDocument(snapshot: Snapshot, infoSheet: string): MissingParticular[] {
  const sheet = snapshot.sheets.find((s) => normLoose(s.name) === normLoose(infoSheet)) ?? null;
  const rows = particularRows(sheet?.grid ?? []);
  return missingParticulars(snapshot.dataset.info).map((key) => ({
    key,
    sheet: sheet?.name ?? null,
    row: rows.has(key) ? (rows.get(key) as number) + 1 : null,
  }));
}
