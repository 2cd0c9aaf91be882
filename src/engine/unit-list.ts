import { cellText, isEmptyRow } from './cell-text';
import { headerIndex, UNIT_LIST_COLUMNS } from './columns';
import { findHeader } from './header';
import { normLoose, normText } from './normalize';
import type { Grid, UnitEntry } from './types';
import { blocLookup } from './vocabulary';

const UNIT_HEADERS = headerIndex(UNIT_LIST_COLUMNS);

/** Reads a `Danh mục` grid; null when it has no header naming the unit column. */
export function readUnitList(grid: Grid): UnitEntry[] | null {
  const header = findHeader(grid, UNIT_HEADERS, (cols) => cols.has('name'));
  if (!header) return null;
  const col = header.columns;
  const known = blocLookup([]);
  const text = (row: Grid[number], key: Parameters<typeof col.get>[0]): string => {
    const c = col.get(key);
    return c === undefined ? '' : cellText(row[c]);
  };
  const units: UnitEntry[] = [];
  for (const row of grid.slice(header.rowIndex + 1)) {
    if (isEmptyRow(row)) continue;
    const name = text(row, 'name');
    if (name === '') continue;
    const blocText = text(row, 'bloc');
    units.push({
      name,
      // Standard blocs are written canonically; a list may also add blocs of its own.
      bloc: blocText === '' ? null : (known.get(normLoose(blocText)) ?? blocText),
      commune: text(row, 'commune') || null,
      otherNames: text(row, 'otherNames')
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      successor: text(row, 'successor') || null,
    });
  }
  return units;
}

/** Merges lists read as one set: the first spelling of a unit wins, other spellings are kept. */
export function mergeUnitLists(lists: readonly UnitEntry[][]): UnitEntry[] {
  const byKey = new Map<string, UnitEntry>();
  const merged: UnitEntry[] = [];
  for (const list of lists) {
    for (const unit of list) {
      const key = normText(unit.name);
      const existing = byKey.get(key);
      if (!existing) {
        const copy = { ...unit, otherNames: [...unit.otherNames] };
        byKey.set(key, copy);
        merged.push(copy);
        continue;
      }
      for (const other of unit.otherNames) {
        if (!existing.otherNames.some((o) => normText(o) === normText(other))) existing.otherNames.push(other);
      }
      existing.bloc ??= unit.bloc;
      existing.commune ??= unit.commune;
      existing.successor ??= unit.successor;
    }
  }
  return merged;
}

/** Finds a unit of the list by its name or one of its other spellings, after normalisation. */
export function unitDirectory(units: readonly UnitEntry[]): (name: string) => UnitEntry | undefined {
  const byKey = new Map<string, UnitEntry>();
  for (const unit of units) {
    for (const spelling of [unit.name, ...unit.otherNames]) {
      const key = normText(spelling);
      if (!byKey.has(key)) byKey.set(key, unit);
    }
  }
  return (name) => byKey.get(normText(name));
}
