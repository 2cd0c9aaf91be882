import { FIELDS, KIND_LABELS, REGISTRATION_LABELS, STATUSES, STATUS_LABELS, type Dataset } from '../../engine';
import type { UiStrings } from '../../i18n/ui.vi';
import type { Choice } from './ChoiceField';
import type { FormKey } from './form-model';

const same = (values: readonly string[]): Choice[] => values.map((v) => ({ value: v, label: v }));

/** The dropdowns' lists: the spec's vocabulary, and the units and blocs of the workbook's Danh mục. */
export function choicesFor(dataset: Dataset | null, t: UiStrings): Partial<Record<FormKey, Choice[]>> {
  return {
    kind: same(Object.values(KIND_LABELS)),
    registration: same(Object.values(REGISTRATION_LABELS)),
    status: same(STATUSES.map((s) => STATUS_LABELS[s])),
    field: FIELDS.map((f) => ({ value: f.shortTitle, label: t.fieldLabel({ code: f.code, title: f.shortTitle }) })),
    bloc: same(dataset?.blocs ?? []),
    ...(dataset && dataset.units.length > 0 ? { unit: same(dataset.units.map((u) => u.name)) } : {}),
  };
}
