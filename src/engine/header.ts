import { cellText, isEmptyCell } from './cell-text';
import { looseLongerThan, normLoose } from './normalize';
import type { CellValue, Grid } from './types';

/** The header row is looked for within the first rows of a sheet, under any title block. */
export const HEADER_SEARCH_ROWS = 20;

/** A value given by marking one of several sub-columns (see `tick-columns.ts`). */
export interface TickGroup<K extends string> {
  key: K;
  /** 0-based columns of the sub-columns, left to right. */
  cols: number[];
  /** What each sub-column stands for, as a cell of the plain column would hold it (3, `Tập thể`). */
  values: CellValue[];
}

export interface HeaderMatch<K extends string> {
  /** 0-based index of the header's last row: the data starts on the next one. */
  rowIndex: number;
  /** 0-based index of the header's first row: the group cells' row of a two-row header, else `rowIndex`. */
  firstRowIndex: number;
  /** 0-based column of each key read from one column (the first cell that names it). */
  columns: Map<K, number>;
  /** Keys read from tick columns rather than from one column. */
  ticks: TickGroup<K>[];
}

/** How a column table recognises tick columns. */
export interface TickHeaders<K extends string> {
  /** The key a group cell names, by its loose text (`linh vuc` → field). */
  group(loose: string): K | undefined;
  /** The longest loose text `group` knows: longer cells are skipped unnormalised. */
  longestGroup: number;
  /** What a sub-column header under a group cell of `key` stands for, else null. */
  under(key: K, value: CellValue): CellValue | null;
  /** A header that is a tick column without a group cell (`Tập thể`): its key and value. */
  alone(loose: string): { key: K; value: CellValue } | undefined;
  /** The longest loose text `alone` knows: longer cells are skipped unnormalised. */
  longestAlone: number;
}

interface Candidate<K extends string> {
  columns: Map<K, number>;
  ticks: TickGroup<K>[];
}

const distinct = (values: readonly CellValue[]): boolean => new Set(values).size === values.length;

/** Every key of a candidate, tick keys included, as the `accept` test and the score see them. */
function allKeys<K extends string>(candidate: Candidate<K>): Map<K, number> {
  const all = new Map(candidate.columns);
  for (const group of candidate.ticks) if (!all.has(group.key)) all.set(group.key, group.cols[0]);
  return all;
}

/**
 * Finds the header within the first 20 rows: the row whose cells name the most columns, each cell
 * matching a header or alias as a whole; `accept` says whether a candidate is a header at all.
 * With `ticks`, also a two-row header: group cells (a merged area, its value in its first cell
 * only) over sub-columns that are tick columns, the other columns merged down (empty in the second
 * row) or named in the second row under a group cell the table does not know; and tick columns
 * side by side in one row. Of a one-row and a two-row reading naming as many columns, the two-row
 * one wins (its second row is no data).
 */
export function findHeader<K extends string>(
  grid: Grid,
  index: ReadonlyMap<string, K>,
  accept: (columns: ReadonlyMap<K, number>) => boolean,
  ticks?: TickHeaders<K>,
): HeaderMatch<K> | null {
  let best: HeaderMatch<K> | null = null;
  let bestScore = -1;
  const last = Math.min(grid.length, HEADER_SEARCH_ROWS);
  // A cell whose loose form is longer than every header text names no column (long names are skipped unnormalised).
  let longest = 0;
  for (const text of index.keys()) longest = Math.max(longest, text.length);
  const looseOf = (value: CellValue, limit: number): string | null => {
    const text = cellText(value);
    return text === '' || looseLongerThan(text, limit) ? null : normLoose(text);
  };
  const keyRows: Array<Array<K | undefined>> = [];
  const keysOf = (r: number): Array<K | undefined> =>
    (keyRows[r] ??= Array.from(grid[r] ?? [], (value) => {
      const loose = looseOf(value, longest);
      return loose === null ? undefined : index.get(loose);
    }));
  const consider = (candidate: Candidate<K> | null, first: number, r: number, twoRows: boolean): void => {
    if (!candidate) return;
    const all = allKeys(candidate);
    // Twice the keys, plus one for a two-row reading: more keys win, then two rows, then the earlier row.
    const score = all.size * 2 + (twoRows ? 1 : 0);
    if (accept(all) && score > bestScore) {
      best = { rowIndex: r, firstRowIndex: first, columns: candidate.columns, ticks: candidate.ticks };
      bestScore = score;
    }
  };
  for (let r = 0; r < last; r++) {
    consider(oneRow(grid[r] ?? [], keysOf(r), ticks, looseOf), r, r, false);
    if (ticks && r + 1 < grid.length) consider(twoRows(grid[r] ?? [], grid[r + 1] ?? [], keysOf(r), keysOf(r + 1), ticks, looseOf), r, r + 1, true);
  }
  return best;
}

/** One header row; with `ticks`, tick columns side by side (two or more adjacent, distinct values). */
function oneRow<K extends string>(
  cells: readonly CellValue[],
  keys: ReadonlyArray<K | undefined>,
  ticks: TickHeaders<K> | undefined,
  looseOf: (value: CellValue, limit: number) => string | null,
): Candidate<K> {
  const columns = new Map<K, number>();
  keys.forEach((key, c) => {
    if (key !== undefined && !columns.has(key)) columns.set(key, c);
  });
  const groups: TickGroup<K>[] = [];
  // Tick columns stand beside other named columns (the model's name at least): a row naming fewer is data or a title.
  if (!ticks || columns.size < 2) return { columns, ticks: groups };
  let run: TickGroup<K> | null = null;
  const close = (): void => {
    if (run && run.cols.length >= 2 && distinct(run.values) && !columns.has(run.key) && !groups.some((g) => g.key === run?.key)) groups.push(run);
    run = null;
  };
  for (let c = 0; c < cells.length; c++) {
    const loose = keys[c] === undefined ? looseOf(cells[c], ticks.longestAlone) : null;
    const alone = loose === null ? undefined : ticks.alone(loose);
    if (!alone) {
      close();
      continue;
    }
    if (run && run.key !== alone.key) close();
    run ??= { key: alone.key, cols: [], values: [] };
    run.cols.push(c);
    run.values.push(alone.value);
  }
  close();
  return { columns, ticks: groups };
}

/**
 * Two header rows: `top` with the columns and the group cells, `sub` empty under the columns
 * (merged down) and holding the sub-column headers under each group cell. Null when `sub` holds
 * anything under a column named in `top` (then it is data, not a header row), or adds nothing.
 */
function twoRows<K extends string>(
  top: readonly CellValue[],
  sub: readonly CellValue[],
  topKeys: ReadonlyArray<K | undefined>,
  subKeys: ReadonlyArray<K | undefined>,
  ticks: TickHeaders<K>,
  looseOf: (value: CellValue, limit: number) => string | null,
): Candidate<K> | null {
  // The first row of a header names some column: a title or a blank row does not.
  if (!topKeys.some((key) => key !== undefined)) return null;
  const columns = new Map<K, number>();
  const groups: TickGroup<K>[] = [];
  let fromTop = false;
  let fromSub = false;
  const width = Math.max(top.length, sub.length);
  for (let c = 0; c < width; c++) {
    const loose = looseOf(top[c], ticks.longestGroup);
    const groupKey = loose === null ? undefined : ticks.group(loose);
    if (groupKey !== undefined) {
      // The group spans the sub-columns its merged cell covers: empty above, a value of the group below.
      const group: TickGroup<K> = { key: groupKey, cols: [], values: [] };
      for (let j = c; j < width && (j === c || isEmptyCell(top[j])); j++) {
        const value = ticks.under(groupKey, sub[j]);
        if (value === null) break;
        group.cols.push(j);
        group.values.push(value);
      }
      if (group.cols.length >= 2 && distinct(group.values)) {
        groups.push(group);
        fromTop = true;
        c = group.cols[group.cols.length - 1];
        continue;
      }
    }
    const key = topKeys[c];
    if (key !== undefined) {
      if (!isEmptyCell(sub[c])) return null;
      if (!columns.has(key)) columns.set(key, c);
      fromTop = true;
      continue;
    }
    const subKey = subKeys[c];
    if (subKey !== undefined && !columns.has(subKey)) {
      columns.set(subKey, c);
      fromSub = true;
    }
  }
  if (!fromTop || (groups.length === 0 && !fromSub)) return null;
  for (const group of groups) columns.delete(group.key);
  return { columns, ticks: groups.filter((g, i) => groups.findIndex((o) => o.key === g.key) === i) };
}
