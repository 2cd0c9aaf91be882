import { cellText } from './cell-text';
import type { RegistrationSource } from './dataset';
import { normLoose, normText } from './normalize';
import { yearOf } from './report-info';
import type { CellRef, CellValue, ColumnKey, RegistrationRow, UnitEntry } from './types';
import { unitDirectory } from './unit-list';
import { blocLookup, fieldOf, kindOf, registrationOf, statusOf } from './vocabulary';

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
  // A spelling once resolved always resolves the same way (the first spelling of its key stays first).
  const unitsByText = new Map<string, { name: string; entry: UnitEntry | undefined }>();
  const communesByText = new Map<string, string>();
  return {
    unit: (name) => {
      let resolved = unitsByText.get(name);
      if (resolved === undefined) {
        const entry = findUnit(name);
        resolved = { name: entry ? entry.name : first(firstUnit, name), entry };
        unitsByText.set(name, resolved);
      }
      return resolved;
    },
    commune: (name) => {
      let resolved = communesByText.get(name);
      if (resolved === undefined) {
        resolved = first(communes, name);
        communesByText.set(name, resolved);
      }
      return resolved;
    },
    bloc: (text) => blocsByKey.get(normLoose(text)) ?? null,
  };
}

/** How often a column's repeated values are looked for before deciding whether they repeat at all. */
const SHARE_PROBE = 2048;
/** Distinct values kept per column: enumerations, units, years, empty cells repeat; names do not. */
const SHARE_LIMIT = 4096;

type Primitive = string | number | boolean | null | undefined;

/**
 * Reads the rows of one sheet. Each cell becomes a `CellRef` (its column, raw value and cleaned
 * text); a cell whose raw value repeats in its column (a unit, a field, an empty cell) gets the
 * `CellRef` made for that value the first time, so its text is cleaned once per column, not once
 * per row. Columns whose values hardly repeat (names, codes) stop being looked up after a probe.
 */
export class RowReader {
  private readonly keys: ColumnKey[];
  private readonly cols: number[];
  private readonly template: Partial<Record<ColumnKey, CellRef>> = {};
  private readonly shared: Array<Map<Primitive, CellRef> | null>;
  private readonly probes: number[];
  private readonly hits: number[];

  constructor(
    columns: ReadonlyMap<ColumnKey, number>,
    private readonly source: RegistrationSource,
    private readonly resolve: RowResolver,
  ) {
    this.keys = [...columns.keys()];
    this.cols = [...columns.values()];
    for (const key of this.keys) this.template[key] = undefined;
    this.shared = this.keys.map(() => new Map());
    this.probes = this.keys.map(() => 0);
    this.hits = this.keys.map(() => 0);
  }

  private ref(i: number, value: CellValue): CellRef {
    const col = this.cols[i];
    const shared = this.shared[i];
    if (shared === null || (typeof value === 'object' && value !== null)) return { col, raw: value, text: cellText(value) };
    let ref = shared.get(value);
    if (ref !== undefined) {
      this.hits[i]++;
      return ref;
    }
    ref = { col, raw: value, text: cellText(value) };
    if (shared.size < SHARE_LIMIT) shared.set(value, ref);
    if (++this.probes[i] === SHARE_PROBE && this.hits[i] < SHARE_PROBE) this.shared[i] = null;
    return ref;
  }

  read(cells: readonly CellValue[], rowNumber: number): RegistrationRow {
    const refs = { ...this.template };
    const { keys } = this;
    for (let i = 0; i < keys.length; i++) refs[keys[i]] = this.ref(i, cells[this.cols[i]]);
    const { source, resolve } = this;
    const unitText = refs.unit?.text ?? '';
    const unit = unitText === '' ? null : resolve.unit(unitText);
    const blocText = refs.bloc?.text ?? '';
    const rowBloc = blocText === '' ? null : resolve.bloc(blocText);
    const communeText = refs.commune?.text ?? '';
    const listed = unit?.entry;
    const { year, field } = refs;

    return {
      file: source.file,
      sheet: source.sheet,
      rowNumber,
      cells: refs,
      year: year ? yearOf(year.raw, year.text) : null,
      name: refs.name?.text ?? '',
      implementer: refs.implementer?.text ?? '',
      kind: kindOf(refs.kind?.text ?? ''),
      unit: unit?.name ?? null,
      // Danh mục is the reference for a listed unit's bloc; a contradiction is warned about.
      bloc: listed?.bloc ?? rowBloc,
      rowBloc,
      commune: communeText !== '' ? resolve.commune(communeText) : (listed?.commune ?? null),
      field: field ? fieldOf(field.raw, field.text) : null,
      registration: registrationOf(refs.registration?.text ?? ''),
      status: statusOf(refs.status?.text ?? ''),
      decision: refs.decision?.text ?? '',
      code: refs.code?.text ?? '',
      note: refs.note?.text ?? '',
      source: refs.source?.text ?? '',
      unitListed: !!listed,
    };
  }
}

export function parseRow(
  cells: readonly CellValue[],
  rowNumber: number,
  columns: ReadonlyMap<ColumnKey, number>,
  source: RegistrationSource,
  resolve: RowResolver,
): RegistrationRow {
  return new RowReader(columns, source, resolve).read(cells, rowNumber);
}
