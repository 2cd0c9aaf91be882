/**
 * The plain twins of the rules that compare rows (src/engine/rules/set-rules.ts over row-groups.ts):
 * every row against every row before it, by the rule's words alone. Slow (quadratic) and obviously
 * right: the fast rules must give exactly what these give.
 */
import { normLoose, normText } from '../../../src/engine/normalize';
import { isValidYear } from '../../../src/engine/rules/row-rules';
import type { RegistrationRow } from '../../../src/engine/types';

export interface TwinFinding {
  /** Index of the row the finding is about. */
  row: number;
  /** Index of the earlier row it names (duplicates), or the year it names (`Duy trì`). */
  names: number;
}

const dated = (r: RegistrationRow): boolean => isValidYear(r.year) && r.unit !== null;
const comparable = (r: RegistrationRow): boolean => dated(r) && r.name !== '';
const sameExact = (a: RegistrationRow, b: RegistrationRow): boolean =>
  a.year === b.year && a.unit === b.unit && normText(a.name) === normText(b.name) && normText(a.implementer) === normText(b.implementer);
const sameLoose = (a: RegistrationRow, b: RegistrationRow): boolean => a.year === b.year && a.unit === b.unit && normLoose(a.name) === normLoose(b.name);

export function duplicatesTwin(rows: readonly RegistrationRow[]): TwinFinding[] {
  const found: TwinFinding[] = [];
  rows.forEach((row, i) => {
    if (!comparable(row)) return;
    const first = rows.findIndex((other, j) => j < i && comparable(other) && sameExact(other, row));
    if (first >= 0) found.push({ row: i, names: first });
  });
  return found;
}

export function nearDuplicatesTwin(rows: readonly RegistrationRow[]): TwinFinding[] {
  const found: TwinFinding[] = [];
  rows.forEach((row, i) => {
    if (!comparable(row)) return;
    const first = rows.findIndex((other, j) => j < i && comparable(other) && sameLoose(other, row));
    if (first >= 0 && !sameExact(rows[first], row)) found.push({ row: i, names: first });
  });
  return found;
}

export function maintainedHistoryTwin(rows: readonly RegistrationRow[]): TwinFinding[] {
  const years = rows.filter(dated).map((r) => r.year as number);
  const earliest = Math.min(...years);
  const found: TwinFinding[] = [];
  rows.forEach((row, i) => {
    if (!dated(row) || row.registration !== 'maintained') return;
    const year = row.year as number;
    if (earliest >= year) return;
    const earlier = rows.some(
      (other) =>
        dated(other) &&
        (other.year as number) < year &&
        ((other.unit === row.unit && normLoose(other.name) === normLoose(row.name)) ||
          (row.code !== '' && other.code !== '' && normText(other.code) === normText(row.code))),
    );
    if (!earlier) found.push({ row: i, names: year });
  });
  return found;
}
