import { vi } from '../../i18n/vi';
import type { Reference } from '../read-workbooks';
import type { ReportDate } from '../report-document';
import { REORGANISATION_YEAR } from '../report-scope';
import type { Finding, RegistrationRow } from '../types';
import { unitDirectory } from '../unit-list';
import { nearestUnits } from '../unit-suggest';
import type { FileReport, SubmissionState, Tracking, UnitTracking } from './types';

/** A file being consolidated, with its rows (as read) and dates. */
export interface Source {
  report: FileReport;
  rows: RegistrationRow[];
  date: Date | null;
  fileDate: Date | null;
  isBase: boolean;
  /** The clerk chose the file over newer ones (see `ConsolidationInput.chosen`). */
  chosen: boolean;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar day of a moment in Vietnam (UTC+7, no daylight saving). */
export function vietnamDay(date: Date): ReportDate {
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  return { day: local.getUTCDate(), month: local.getUTCMonth() + 1, year: local.getUTCFullYear() };
}

const dayNumber = (d: ReportDate): number => d.year * 10_000 + d.month * 100 + d.day;

/** The state as `Theo dõi nộp` writes it: `Nộp muộn`, `Đã nộp đúng hạn; Có lỗi`, … */
export function stateLabel(state: SubmissionState, hasErrors: boolean, messages = vi): string {
  const { states, withErrors } = messages.consolidate;
  return hasErrors && state !== 'missing' ? `${states[state]}; ${withErrors}` : states[state];
}

interface TrackingInput {
  /** The input files (not the base), in import order. */
  sources: readonly Source[];
  reference: Reference;
  merged: readonly RegistrationRow[];
  dropped: ReadonlySet<RegistrationRow>;
  year: number | null;
  dayOf: (date: Date) => ReportDate;
}

/**
 * Every unit of `Danh mục` (a unit taken over by another is not expected from 2025 on), or without a
 * `Danh mục` every unit that sent a file (against one, files of units it does not list are set apart in
 * `unknown`, with the listed names they are most like): its files for the year, the state by the day of its
 * first file against `Hạn nộp`, and the findings to send back (those of its files' merged rows and
 * of its files as a whole; a row of a unit a file is not from counts for the units it is from).
 */
export function trackSubmissions(input: TrackingInput): Tracking {
  const { sources, reference, merged, dropped, year, dayOf } = input;
  const deadline = reference.info.deadline;
  const findUnit = unitDirectory(reference.units);

  const findingsOf = new Map<string, Finding[]>();
  for (const source of sources) {
    const own = new Set(source.report.ownUnits);
    const byRow = new Map(source.rows.map((r) => [r.rowNumber, r]));
    const fullyReplaced = source.rows.length > 0 && source.report.merged === 0;
    for (const finding of source.report.findings) {
      const row = finding.row === null ? undefined : byRow.get(finding.row);
      if (row ? dropped.has(row) : fullyReplaced) continue;
      const units = row?.unit && own.has(row.unit) ? [row.unit] : source.report.ownUnits;
      for (const unit of units) {
        const list = findingsOf.get(unit);
        if (list) list.push(finding);
        else findingsOf.set(unit, [finding]);
      }
    }
  }

  /** A file is a submission of a unit for the year when it is from the unit and not only about other years. */
  const submissions = (unit: string): Source[] =>
    sources
      .filter((s) => s.report.ownUnits.includes(unit) && (year === null || s.rows.some((r) => r.unit === unit && (r.year === year || r.year === null))))
      .sort((a, b) => (a.date?.getTime() ?? -Infinity) - (b.date?.getTime() ?? -Infinity) || a.report.index - b.report.index);

  const expected: Array<{ unit: string; bloc: string | null; listed: boolean }> = [];
  const seen = new Set<string>();
  const merger = year !== null && year >= REORGANISATION_YEAR;
  for (const entry of reference.units) {
    if (merger && entry.successor && submissions(entry.name).length === 0) continue;
    expected.push({ unit: entry.name, bloc: entry.bloc, listed: true });
    seen.add(entry.name);
  }
  const unknown: NonNullable<Tracking['unknown']> = [];
  for (const source of sources) {
    for (const unit of source.report.ownUnits) {
      if (seen.has(unit) || submissions(unit).length === 0) continue;
      seen.add(unit);
      const listed = reference.hasUnitList && !!findUnit(unit);
      if (reference.hasUnitList && !listed) {
        // Against a Danh mục, a unit it does not list is not one more unit that submitted: set apart, with the names it may mean.
        const files = submissions(unit);
        unknown.push({
          unit,
          files: files.map((s) => ({ name: s.report.name, date: s.date })),
          rows: files.reduce((n, s) => n + s.rows.filter((r) => r.unit === unit).length, 0),
          suggestions: nearestUnits(unit, reference.units),
        });
        continue;
      }
      expected.push({ unit, bloc: source.rows.find((r) => r.unit === unit)?.bloc ?? null, listed });
    }
  }

  const modelsOf = new Map<string, number>();
  for (const r of merged) if (r.unit !== null && (year === null || r.year === year)) modelsOf.set(r.unit, (modelsOf.get(r.unit) ?? 0) + 1);
  const units = expected.map(({ unit, bloc, listed }): UnitTracking => {
    const files = submissions(unit);
    const first = files[0];
    const submitted = first?.date ? dayOf(first.date) : null;
    let state: SubmissionState = 'missing';
    if (first) state = deadline && submitted ? (dayNumber(submitted) <= dayNumber(deadline) ? 'onTime' : 'late') : 'received';
    const findings = findingsOf.get(unit) ?? [];
    const errors = findings.filter((f) => f.severity === 'error').length;
    const hasErrors = state !== 'missing' && errors > 0;
    return {
      unit,
      bloc,
      listed,
      state,
      hasErrors,
      label: stateLabel(state, hasErrors),
      files: files.map((s) => ({ name: s.report.name, date: s.date })),
      submitted,
      rows: modelsOf.get(unit) ?? 0,
      errors,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      findings: state === 'missing' ? [] : findings,
    };
  });
  return { year, deadline, units, ...(unknown.length > 0 ? { unknown } : {}) };
}
