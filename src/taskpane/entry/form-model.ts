import {
  FIELDS,
  KIND_LABELS,
  REGISTRATION_LABELS,
  STATUS_LABELS,
  cellText,
  rowCells,
  type CellValue,
  type ColumnKey,
  type Finding,
  type RegistrationRow,
} from '../../engine';
import type { RowValues } from '../../engine/form-row';

/** The columns the form edits, in the standard order. */
export const FORM_KEYS = [
  'year',
  'code',
  'name',
  'implementer',
  'kind',
  'unit',
  'bloc',
  'commune',
  'field',
  'registration',
  'status',
  'decision',
  'note',
] as const satisfies readonly ColumnKey[];

export type FormKey = (typeof FORM_KEYS)[number];
/** The form holds the text each cell will get. */
export type FormValues = Record<FormKey, string>;

export const isFormKey = (key: Finding['key']): key is FormKey => key !== null && (FORM_KEYS as readonly string[]).includes(key);

/** A new row: the most common choices preselected; `keep` carries what the clerk will likely repeat. */
export function blankForm(year: string, keep: Partial<FormValues> = {}): FormValues {
  return {
    year,
    code: '',
    name: '',
    implementer: '',
    kind: KIND_LABELS.collective,
    unit: '',
    bloc: '',
    commune: '',
    field: '',
    registration: REGISTRATION_LABELS.new,
    status: STATUS_LABELS.registered,
    decision: '',
    note: '',
    ...keep,
  };
}

/** What the clerk keeps from one new row to the next: rows are typed unit by unit. */
export const carriedOver = (form: FormValues): Partial<FormValues> => ({
  year: form.year,
  unit: form.unit,
  bloc: form.bloc,
  commune: form.commune,
});

/** A row of the sheet in the form: recognised values in their canonical spelling, others as typed. */
export function formFromRow(row: RegistrationRow): FormValues {
  const cells = rowCells(row);
  const raw = (key: ColumnKey): string => cellText(cells[key]?.raw);
  return {
    year: raw('year'),
    code: raw('code'),
    name: raw('name'),
    implementer: raw('implementer'),
    kind: row.kind ? KIND_LABELS[row.kind] : raw('kind'),
    unit: row.unitListed && row.unit ? row.unit : raw('unit'),
    bloc: row.rowBloc ?? raw('bloc'),
    commune: raw('commune'),
    field: row.field ? FIELDS[row.field - 1].shortTitle : raw('field'),
    registration: row.registration ? REGISTRATION_LABELS[row.registration] : raw('registration'),
    status: raw('status') !== '' && row.status ? STATUS_LABELS[row.status] : raw('status'),
    decision: raw('decision'),
    note: raw('note'),
  };
}

/** The cell value of a form text: a year as a number, everything else as text. */
export function toCell(key: FormKey, text: string): CellValue {
  const value = text.trim();
  return key === 'year' && /^\d{1,4}$/.test(value) ? Number(value) : value;
}

/** The values to write: every field for a new row; only what changed from `baseline` for a correction. */
export function changedValues(form: FormValues, baseline: FormValues | null): RowValues {
  const values: RowValues = {};
  for (const key of FORM_KEYS) {
    if (baseline && form[key] === baseline[key]) continue;
    values[key] = toCell(key, form[key]);
  }
  return values;
}
