import { COLUMN_BY_KEY, REGISTRATION_COLUMNS } from '../columns';
import { cellOf } from '../parse-row';
import { vi } from '../../i18n/vi';
import { tickCells } from '../tick-columns';
import type { CellRef, ColumnKey, RegistrationRow } from '../types';
import { BLOC_COMMUNE, STATUS_LABELS } from '../vocabulary';
import { NONE, type Draft, type RuleContext } from './rule-types';

const rawText = (row: RegistrationRow, key: ColumnKey): string => cellOf(row.cells, key)?.text ?? '';
const header = (key: ColumnKey): string => COLUMN_BY_KEY.get(key)?.header ?? key;

const REQUIRED = REGISTRATION_COLUMNS.filter((c) => c.required).map((c) => c.key);

export function requiredValues(row: RegistrationRow): readonly Draft[] {
  let drafts: Draft[] | null = null;
  for (const key of REQUIRED) {
    // Only a column the sheet has can be empty (a missing column is a finding of its own).
    const ref = cellOf(row.cells, key);
    if (ref?.text !== '') continue;
    (drafts ??= []).push({
      row,
      key,
      message: ref.ticks
        ? (at) => vi.finding.noMark({ at, column: header(key), cells: tickCells(ref, row.rowNumber, 'all') })
        : (at) => vi.finding.required({ at, column: header(key), expected: vi.expected[key as keyof typeof vi.expected] }),
    });
  }
  return drafts ?? NONE;
}

const ENUMERATED: Array<{ key: ColumnKey & keyof typeof vi.expected; parsed: (row: RegistrationRow) => unknown }> = [
  { key: 'kind', parsed: (r) => r.kind },
  { key: 'field', parsed: (r) => r.field },
  { key: 'registration', parsed: (r) => r.registration },
  { key: 'status', parsed: (r) => r.status },
  { key: 'bloc', parsed: (r) => r.rowBloc },
];

export function knownValues(row: RegistrationRow): readonly Draft[] {
  let drafts: Draft[] | null = null;
  for (const { key, parsed } of ENUMERATED) {
    if (rawText(row, key) === '' || parsed(row) !== null) continue;
    const ticks = cellOf(row.cells, key)?.ticks;
    (drafts ??= []).push({
      row,
      key,
      message: ticks
        ? (at) => vi.finding.severalMarks({ at, column: header(key), cells: tickCells(cellOf(row.cells, key) as CellRef, row.rowNumber, 'marked') })
        : (at) => vi.finding.invalidValue({ at, value: rawText(row, key), column: header(key), expected: vi.expected[key] }),
    });
  }
  return drafts ?? NONE;
}

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
export const isValidYear = (year: number | null): year is number => year !== null && year >= YEAR_MIN && year <= YEAR_MAX;

export function validYear(row: RegistrationRow): readonly Draft[] {
  const text = rawText(row, 'year');
  if (text === '' || isValidYear(row.year)) return NONE;
  return [{ row, key: 'year', message: (at) => vi.finding.year({ at, value: text }) }];
}

export function communePresent(row: RegistrationRow): readonly Draft[] {
  if (row.bloc !== BLOC_COMMUNE || row.commune) return NONE;
  return [{ row, key: 'commune', message: (at) => vi.finding.communeMissing({ at }) }];
}

/** Years inside `Giai đoạn` are the period's history, not a mistake. */
export function yearMatchesReport(row: RegistrationRow, ctx: RuleContext): readonly Draft[] {
  const { reportYear, period } = ctx.dataset.info;
  if (reportYear === null || !isValidYear(row.year) || row.year === reportYear) return NONE;
  if (period && row.year >= period.from && row.year <= period.to) return NONE;
  const year = row.year;
  return [{ row, key: 'year', message: (at) => vi.finding.yearMismatch({ at, year, reportYear }) }];
}

export function unitListed(row: RegistrationRow, ctx: RuleContext): readonly Draft[] {
  if (!ctx.dataset.hasUnitList || row.unit === null || row.unitListed) return NONE;
  const unit = rawText(row, 'unit');
  return [{ row, key: 'unit', message: (at) => vi.finding.unitUnknown({ at, unit }) }];
}

export function blocAgreesWithList(row: RegistrationRow): readonly Draft[] {
  if (!row.unitListed || !row.rowBloc || !row.bloc || row.rowBloc === row.bloc) return NONE;
  const [rowBloc, listBloc] = [row.rowBloc, row.bloc];
  return [{ row, key: 'bloc', message: (at) => vi.finding.blocMismatch({ at, rowBloc, listBloc }) }];
}

export function decisionForRecognised(row: RegistrationRow): readonly Draft[] {
  if ((row.status !== 'recognized' && row.status !== 'exemplary') || row.decision !== '') return NONE;
  const status = STATUS_LABELS[row.status];
  return [{ row, key: 'decision', message: (at) => vi.finding.decisionMissing({ at, status }) }];
}
