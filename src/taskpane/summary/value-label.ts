import { FIELDS, type Dimension } from '../../engine';
import type { DimensionValue } from '../../engine/count';

/** How a group's value reads: a field by its code and short title, a year as it is, an empty value as `(trống)`. */
export function valueLabel(dimension: Dimension, value: DimensionValue | undefined, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (dimension === 'field' && typeof value === 'number') return `${value}. ${FIELDS[value - 1]?.shortTitle ?? ''}`.trim();
  return String(value);
}
