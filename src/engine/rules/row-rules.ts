import { isRecognized } from '../count';
import { words } from '../words';
import { COLUMN_BY_KEY, hasKey, KEY_BIT, REGISTRATION_COLUMNS } from '../columns';
import { rowCells } from '../parse-row';
import { vi } from '../../i18n/vi';
import { tickCells } from '../tick-columns';
import type { CellRef, ColumnKey, RegistrationRow } from '../types';
import { BLOC_COMMUNE, STATUS_LABELS } from '../vocabulary';
import { NONE, type Draft, type RuleContext } from './rule-types';

/** A cell's text, for messages (the row's cells are made only for rows with a finding). */
const rawText = (row: RegistrationRow, key: ColumnKey): string => rowCells(row)[key]?.text ?? '';
const header = (key: ColumnKey): string => COLUMN_BY_KEY.get(key)?.header ?? key;

const REQUIRED = REGISTRATION_COLUMNS.filter((c) => c.required).map((c) => ({ key: c.key, bit: KEY_BIT[c.key] }));
const REQUIRED_BITS = REQUIRED.reduce((bits, c) => bits | c.bit, 0);

export function requiredValues(row: RegistrationRow): readonly Draft[] {
  // Only a column the sheet has can be empty (a missing column is a finding of its own).
  if ((row.blank & REQUIRED_BITS) === 0) return NONE;
  const drafts: Draft[] = [];
  for (const { key, bit } of REQUIRED) {
    if ((row.blank & bit) === 0) continue;
    drafts.push({
      row,
      key,
      words: (() => {
        const ref = rowCells(row)[key];
        return ref?.ticks
          ? words('noMark', { column: header(key), cells: tickCells(ref, row.rowNumber, 'all') })
          : words('required', { column: header(key) }, { table: 'expected', key: key as keyof typeof vi.expected });
      })(),
    });
  }
  return drafts;
}

/** Filled but not understood: the enumerated values, each by name (one property per check is several times faster than a key that changes). */
const unknownValues = (row: RegistrationRow): number =>
  row.filled &
  ((row.kind === null ? KEY_BIT.kind : 0) |
    (row.field === null ? KEY_BIT.field : 0) |
    (row.registration === null ? KEY_BIT.registration : 0) |
    (row.status === null ? KEY_BIT.status : 0) |
    (row.rowBloc === null ? KEY_BIT.bloc : 0));

const ENUMERATED = (['kind', 'field', 'registration', 'status', 'bloc'] as const).map((key) => ({ key, bit: KEY_BIT[key] }));

export function knownValues(row: RegistrationRow): readonly Draft[] {
  const unknown = unknownValues(row);
  if (unknown === 0) return NONE;
  const drafts: Draft[] = [];
  for (const { key, bit } of ENUMERATED) {
    if ((unknown & bit) === 0) continue;
    drafts.push({
      row,
      key,
      words: (() => {
        const ref = rowCells(row)[key] as CellRef;
        return ref.ticks
          ? words('severalMarks', { column: header(key), cells: tickCells(ref, row.rowNumber, 'marked') })
          : words('invalidValue', { value: ref.text, column: header(key) }, { table: 'expected', key });
      })(),
    });
  }
  return drafts;
}

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
export const isValidYear = (year: number | null): year is number => year !== null && year >= YEAR_MIN && year <= YEAR_MAX;

export function validYear(row: RegistrationRow): readonly Draft[] {
  if (!hasKey(row.filled, 'year') || isValidYear(row.year)) return NONE;
  return [{ row, key: 'year', words: words('year', { value: rawText(row, 'year') }) }];
}

export function communePresent(row: RegistrationRow): readonly Draft[] {
  if (row.bloc !== BLOC_COMMUNE || row.commune) return NONE;
  return [{ row, key: 'commune', words: words('communeMissing', {}) }];
}

/** Years inside `Giai đoạn` are the period's history, not a mistake. */
export function yearMatchesReport(row: RegistrationRow, ctx: RuleContext): readonly Draft[] {
  const { reportYear, period } = ctx.dataset.info;
  if (!isValidYear(row.year) || row.year === reportYear) return NONE;
  if (period && row.year >= period.from && row.year <= period.to) return NONE;
  const year = row.year;
  if (reportYear !== null) return [{ row, key: 'year', words: words('yearMismatch', { year, reportYear }) }];
  // Only Giai đoạn given: a year outside it (2042 typed for 2024) is said too.
  if (period) return [{ row, key: 'year', words: words('yearOutsidePeriod', { year, from: period.from, to: period.to }) }];
  // Neither given: only a year beyond next year (registrations for next year come in at year end) is said.
  const { thisYear } = ctx;
  return thisYear !== undefined && year > thisYear + 1 ? [{ row, key: 'year', words: words('yearFuture', { year, thisYear }) }] : NONE;
}

export function unitListed(row: RegistrationRow, ctx: RuleContext): readonly Draft[] {
  if (!ctx.dataset.hasUnitList || row.unit === null || row.unitListed) return NONE;
  return [{ row, key: 'unit', words: words('unitUnknown', { unit: rawText(row, 'unit') }) }];
}

export function blocAgreesWithList(row: RegistrationRow): readonly Draft[] {
  if (!row.unitListed || !row.rowBloc || !row.bloc || row.rowBloc === row.bloc) return NONE;
  const [rowBloc, listBloc] = [row.rowBloc, row.bloc];
  return [{ row, key: 'bloc', words: words('blocMismatch', { rowBloc, listBloc }) }];
}

export function decisionForRecognised(row: RegistrationRow): readonly Draft[] {
  if (!isRecognized(row) || row.status === null || row.decision !== '') return NONE;
  const status = STATUS_LABELS[row.status];
  return [{ row, key: 'decision', words: words('decisionMissing', { status }) }];
}
