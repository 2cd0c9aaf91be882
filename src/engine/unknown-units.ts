import type { Dataset } from './dataset';
import { normText } from './normalize';
import { nearestUnits } from './unit-suggest';

/** A unit name the rows give that `Danh mục` does not list: once per name, however many rows. */
export interface UnknownUnit {
  /** As the first row spells it. */
  name: string;
  rows: number;
  /** Where it first appears. */
  first: { file?: string; sheet: string; row: number };
  /** The bloc and commune its rows give most (to add it to `Danh mục`). */
  bloc: string | null;
  commune: string | null;
  /** The listed units most like it, best first. */
  suggestions: string[];
}

const mostCommon = (values: ReadonlyArray<string | null>): string | null => {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
};

/** The unlisted units of the rows, in order of first appearance; none without a `Danh mục`. */
export function unknownUnits(dataset: Dataset): UnknownUnit[] {
  if (!dataset.hasUnitList) return [];
  const groups = new Map<string, { name: string; rows: Dataset['rows'] }>();
  for (const row of dataset.rows) {
    if (row.unit === null || row.unitListed) continue;
    const key = normText(row.unit);
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { name: row.unit, rows: [row] });
  }
  return [...groups.values()].map(({ name, rows }) => ({
    name,
    rows: rows.length,
    first: { file: rows[0].file, sheet: rows[0].sheet, row: rows[0].rowNumber },
    bloc: mostCommon(rows.map((r) => r.rowBloc)),
    commune: mostCommon(rows.map((r) => r.commune)),
    suggestions: nearestUnits(name, dataset.units),
  }));
}
