import { cellText } from './cell-text';
import type { RegistrationSource } from './dataset';
import { normLoose, normText } from './normalize';
import { yearOf } from './report-info';
import type { CellRef, CellValue, ColumnKey, RegistrationRow, UnitEntry } from './types';
import type { TickGroup } from './header';
import { tickReader, tickRef, type TickReader } from './tick-columns';
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

/**
 * `refs[key] = ref`, written out per key: each store is then one known property (a store with a
 * key that changes from cell to cell is several times slower).
 */
function setRef(refs: Partial<Record<ColumnKey, CellRef>>, key: ColumnKey, ref: CellRef): void {
  switch (key) {
    case 'stt':
      refs.stt = ref;
      return;
    case 'code':
      refs.code = ref;
      return;
    case 'year':
      refs.year = ref;
      return;
    case 'name':
      refs.name = ref;
      return;
    case 'implementer':
      refs.implementer = ref;
      return;
    case 'kind':
      refs.kind = ref;
      return;
    case 'unit':
      refs.unit = ref;
      return;
    case 'bloc':
      refs.bloc = ref;
      return;
    case 'commune':
      refs.commune = ref;
      return;
    case 'field':
      refs.field = ref;
      return;
    case 'registration':
      refs.registration = ref;
      return;
    case 'status':
      refs.status = ref;
      return;
    case 'decision':
      refs.decision = ref;
      return;
    case 'source':
      refs.source = ref;
      return;
    case 'note':
      refs.note = ref;
      return;
    default:
      refs[key as ColumnKey] = ref;
  }
}

/** `cells[key]`, written out per key like `setRef` (rules read several keys of every row). */
export function cellOf(cells: Partial<Record<ColumnKey, CellRef>>, key: ColumnKey): CellRef | undefined {
  switch (key) {
    case 'stt':
      return cells.stt;
    case 'code':
      return cells.code;
    case 'year':
      return cells.year;
    case 'name':
      return cells.name;
    case 'implementer':
      return cells.implementer;
    case 'kind':
      return cells.kind;
    case 'unit':
      return cells.unit;
    case 'bloc':
      return cells.bloc;
    case 'commune':
      return cells.commune;
    case 'field':
      return cells.field;
    case 'registration':
      return cells.registration;
    case 'status':
      return cells.status;
    case 'decision':
      return cells.decision;
    case 'source':
      return cells.source;
    case 'note':
      return cells.note;
    default:
      return cells[key as ColumnKey];
  }
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
  private readonly template: Partial<Record<ColumnKey, CellRef>>;
  private readonly shared: Array<Map<Primitive, CellRef> | null>;
  private readonly probes: number[];
  private readonly hits: number[];
  private readonly last: Array<CellRef | undefined>;
  private readonly ticks: TickReader[];

  constructor(
    columns: ReadonlyMap<ColumnKey, number>,
    private readonly source: RegistrationSource,
    private readonly resolve: RowResolver,
    ticks: readonly TickGroup<ColumnKey>[] = [],
  ) {
    this.ticks = ticks.map(tickReader);
    this.keys = [...columns.keys(), ...this.ticks.map((t) => t.key)];
    this.cols = [...columns.values()];
    // Made by JSON.parse, which sizes an object for all its keys: the copies keep every cell in the
    // object itself (an object grown key by key keeps most of them in a second block).
    this.template = JSON.parse(JSON.stringify(Object.fromEntries(this.keys.map((key) => [key, null])))) as Partial<Record<ColumnKey, CellRef>>;
    for (const key of this.keys) this.template[key] = undefined;
    this.shared = this.keys.map(() => new Map());
    this.probes = this.keys.map(() => 0);
    this.hits = this.keys.map(() => 0);
    this.last = this.keys.map(() => undefined);
  }

  private ref(i: number, value: CellValue): CellRef {
    const col = this.cols[i];
    const shared = this.shared[i];
    // Objects (dates) are not shared, nor -0 (a map takes it for 0).
    if (shared === null || (typeof value === 'object' && value !== null) || (value === 0 && 1 / value < 0)) return { col, raw: value, text: cellText(value) };
    // Clerks type a unit's rows together: the value above is the likeliest.
    const last = this.last[i];
    if (last !== undefined && last.raw === value) {
      this.hits[i]++;
      return last;
    }
    let ref = shared.get(value);
    if (ref !== undefined) {
      this.hits[i]++;
      this.last[i] = ref;
      return ref;
    }
    ref = { col, raw: value, text: cellText(value) };
    if (shared.size < SHARE_LIMIT) shared.set(value, ref);
    this.last[i] = ref;
    if (++this.probes[i] === SHARE_PROBE && this.hits[i] < SHARE_PROBE) this.shared[i] = null;
    return ref;
  }

  read(cells: readonly CellValue[], rowNumber: number): RegistrationRow {
    // A copy of the template has the sheet's keys in its column order, each set below by name.
    const refs = { ...this.template };
    const { keys } = this;
    const { cols, ticks } = this;
    for (let i = 0; i < cols.length; i++) setRef(refs, keys[i], this.ref(i, cells[cols[i]]));
    for (let t = 0; t < ticks.length; t++) setRef(refs, ticks[t].key, tickRef(ticks[t], cells));
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
