import { cellText } from './cell-text';
import type { RegistrationSource } from './dataset';
import { normLoose, normText } from './normalize';
import { parseYear } from './report-info';
import type { CellRef, CellValue, ColumnKey, RegistrationRow, UnitEntry } from './types';
import { unitDirectory } from './unit-list';
import { blocLookup, parseField, parseKind, parseRegistration, parseStatus } from './vocabulary';

/** Resolves names to their canonical spelling across all rows read as one set. */
export interface RowResolver {
  unit(name: string): { name: string; entry: UnitEntry | undefined };
  commune(name: string): string;
  bloc(text: string): string | null;
}

/** Canonical spellings: `Danh mục`'s when listed, else the first spelling met in the data. */
export function rowResolver(units: readonly UnitEntry[], blocs: readonly string[]): RowResolver {
  const findUnit = unitDirectory(units);
  const firstUnit = new Map<string, string>();
  const communes = new Map<string, string>();
  for (const unit of units) {
    if (unit.commune && !communes.has(normText(unit.commune))) communes.set(normText(unit.commune), unit.commune);
  }
  const blocsByKey = blocLookup(blocs);
  const first = (map: Map<string, string>, name: string): string => {
    const key = normText(name);
    const known = map.get(key);
    if (known !== undefined) return known;
    map.set(key, name);
    return name;
  };
  return {
    unit: (name) => {
      const entry = findUnit(name);
      return { name: entry ? entry.name : first(firstUnit, name), entry };
    },
    commune: (name) => first(communes, name),
    bloc: (text) => blocsByKey.get(normLoose(text)) ?? null,
  };
}

export function parseRow(
  cells: readonly CellValue[],
  rowNumber: number,
  columns: ReadonlyMap<ColumnKey, number>,
  source: RegistrationSource,
  resolve: RowResolver,
): RegistrationRow {
  const refs: Partial<Record<ColumnKey, CellRef>> = {};
  for (const [key, col] of columns) refs[key] = { col, raw: cells[col], text: cellText(cells[col]) };
  const raw = (key: ColumnKey): CellValue => refs[key]?.raw;
  const text = (key: ColumnKey): string => refs[key]?.text ?? '';

  const unitText = text('unit');
  const unit = unitText === '' ? null : resolve.unit(unitText);
  const blocText = text('bloc');
  const rowBloc = blocText === '' ? null : resolve.bloc(blocText);
  const communeText = text('commune');
  const listed = unit?.entry;

  return {
    file: source.file,
    sheet: source.sheet,
    rowNumber,
    cells: refs,
    year: parseYear(raw('year')),
    name: text('name'),
    implementer: text('implementer'),
    kind: parseKind(raw('kind')),
    unit: unit?.name ?? null,
    // Danh mục is the reference for a listed unit's bloc; a contradiction is warned about.
    bloc: listed?.bloc ?? rowBloc,
    rowBloc,
    commune: communeText !== '' ? resolve.commune(communeText) : (listed?.commune ?? null),
    field: parseField(raw('field')),
    registration: parseRegistration(raw('registration')),
    status: parseStatus(raw('status')),
    decision: text('decision'),
    code: text('code'),
    note: text('note'),
    source: text('source'),
    unitListed: !!listed,
  };
}
