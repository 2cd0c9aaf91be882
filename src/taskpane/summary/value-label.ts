import { FIELDS, type Dimension } from '../../engine';
import type { DimensionValue } from '../../engine/count';
import type { UiStrings } from '../../i18n/ui.vi';

/** How a group's value reads: a field by its code and short title, a year as it is, an empty value as `(trống)`. */
export function valueLabel(dimension: Dimension, value: DimensionValue | undefined, t: UiStrings): string {
  if (value === null || value === undefined || value === '') return t.summary.empty;
  const field = dimension === 'field' && typeof value === 'number' ? FIELDS[value - 1] : undefined;
  return field ? t.fieldLabel({ code: field.code, title: field.shortTitle }) : String(value);
}
