import { cellText, cellTextNoting, isEmptyCell, type LegacyNote } from './cell-text';
import { KEY_BIT, keySet } from './columns';
import type { RegistrationSource } from './dataset';
import { normLoose, normText } from './normalize';
import { yearOf } from './report-info';
import type { CellLayout, CellRef, CellValue, ColumnKey, FieldCode, Kind, Registration, RegistrationRow, Status, UnitEntry } from './types';
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

/** What a row needs of a cell: its text (`cellText`) and the value it stands for. */
interface Parsed<T> {
  raw: CellValue;
  text: string;
  value: T;
}

/** How often a column's repeated values are looked for before deciding whether they repeat at all. */
const SHARE_PROBE = 2048;
/** Distinct values kept per column: enumerations, units, years, empty cells repeat; names do not. */
const SHARE_LIMIT = 4096;

type Primitive = string | number | boolean | null | undefined;

/**
 * A column whose values repeat down the sheet (a unit, a field, an empty cell): each distinct value
 * is cleaned and understood once, and rows with it share the result. A column whose values hardly
 * repeat stops being looked up after a probe.
 */
class ParsedColumn<T> {
  private shared: Map<Primitive, Parsed<T>> | null = new Map();
  private last: Parsed<T> | undefined = undefined;
  private probes = 0;
  private hits = 0;

  constructor(
    readonly col: number,
    private readonly parse: (raw: CellValue, text: string) => T,
    private readonly note: LegacyNote,
  ) {}

  get(cells: readonly CellValue[]): Parsed<T> {
    const value = cells[this.col];
    const { shared } = this;
    // Objects (dates) are not shared, nor -0 (a map takes it for 0).
    if (shared === null || (typeof value === 'object' && value !== null) || (value === 0 && 1 / value < 0)) return this.make(value);
    // Clerks type a unit's rows together: the value above is the likeliest.
    const { last } = this;
    if (last !== undefined && last.raw === value) {
      this.hits++;
      return last;
    }
    let parsed = shared.get(value);
    if (parsed !== undefined) {
      this.hits++;
      this.last = parsed;
      return parsed;
    }
    parsed = this.make(value);
    if (shared.size < SHARE_LIMIT) shared.set(value, parsed);
    this.last = parsed;
    if (++this.probes === SHARE_PROBE && this.hits < SHARE_PROBE) this.shared = null;
    return parsed;
  }

  private make(raw: CellValue): Parsed<T> {
    const text = cellTextNoting(raw, this.note);
    return { raw, text, value: this.parse(raw, text) };
  }
}

/** A text column's cleaned text ('' when the sheet has no such column). */
const textAt = (cells: readonly CellValue[], col: number, note: LegacyNote): string => (col < 0 ? '' : cellTextNoting(cells[col], note));

/** A value given by tick columns: the common cases (none or one marked) understood once per group. */
class ParsedTicks<T> {
  private readonly known = new Map<CellRef, Parsed<T>>();

  constructor(
    private readonly reader: TickReader,
    private readonly parse: (raw: CellValue, text: string) => T,
  ) {}

  get(cells: readonly CellValue[]): Parsed<T> {
    const ref = tickRef(this.reader, cells);
    let parsed = this.known.get(ref);
    if (parsed === undefined) {
      parsed = { raw: ref.raw, text: ref.text, value: this.parse(ref.raw, ref.text) };
      // Several marks make a new ref each time: only the group's own refs are kept.
      if (ref === this.reader.none || this.reader.single.includes(ref)) this.known.set(ref, parsed);
    }
    return parsed;
  }
}

type Source<T> = ParsedColumn<T> | ParsedTicks<T>;

/** The column (or tick group) of `key`, understood by `parse`; null when the sheet has neither. */
function sourceOf<T>(
  key: ColumnKey,
  columns: ReadonlyMap<ColumnKey, number>,
  ticks: readonly TickReader[],
  parse: (raw: CellValue, text: string) => T,
  note: LegacyNote,
): Source<T> | null {
  const col = columns.get(key);
  if (col !== undefined) return new ParsedColumn(col, parse, note);
  const group = ticks.find((t) => t.key === key);
  return group ? new ParsedTicks(group, parse) : null;
}

/**
 * Reads the rows of one sheet. Each row keeps the values it stands for (its text columns as cleaned
 * text, the others understood), which cells are filled, and the sheet row it was read from; where
 * each value came from (`rowCells`) is made only when asked, for a finding or the form.
 */
export class RowReader implements CellLayout, LegacyNote {
  legacyText = false;
  private readonly cols: ReadonlyArray<readonly [ColumnKey, number]>;
  private readonly ticks: TickReader[];
  /** Keys the sheet has, as bits. */
  private readonly present: number;
  private readonly stt: number;
  private readonly code: number;
  private readonly name: number;
  /** Text columns whose values repeat down a sheet (an implementer, a decision, a note), read through a memo. */
  private readonly implementer: Source<null> | null;
  private readonly decision: Source<null> | null;
  private readonly source: Source<null> | null;
  private readonly note: Source<null> | null;
  private readonly year: Source<number | null> | null;
  private readonly kind: Source<Kind | null> | null;
  private readonly unit: Source<{ name: string; entry: UnitEntry | undefined } | null> | null;
  private readonly bloc: Source<string | null> | null;
  private readonly commune: Source<string | null> | null;
  private readonly field: Source<FieldCode | null> | null;
  private readonly registration: Source<Registration | null> | null;
  private readonly status: Source<Status | null> | null;

  constructor(
    columns: ReadonlyMap<ColumnKey, number>,
    private readonly where: RegistrationSource,
    resolve: RowResolver,
    ticks: readonly TickGroup<ColumnKey>[] = [],
  ) {
    this.ticks = ticks.map(tickReader);
    // A tick group's values are its header's labels: a row marked there reads the label.
    for (const group of ticks) for (const value of group.values) cellTextNoting(value, this);
    this.cols = [...columns];
    let present = 0;
    for (const key of [...columns.keys(), ...this.ticks.map((t) => t.key)]) present |= KEY_BIT[key];
    this.present = present;
    const at = (key: ColumnKey): number => columns.get(key) ?? -1;
    this.stt = at('stt');
    this.code = at('code');
    this.name = at('name');
    const { ticks: groups } = this;
    const text = (): null => null;
    this.implementer = sourceOf('implementer', columns, groups, text, this);
    this.decision = sourceOf('decision', columns, groups, text, this);
    this.source = sourceOf('source', columns, groups, text, this);
    this.note = sourceOf('note', columns, groups, text, this);
    this.year = sourceOf('year', columns, groups, (raw, text) => yearOf(raw, text), this);
    this.kind = sourceOf('kind', columns, groups, (_, text) => kindOf(text), this);
    this.unit = sourceOf('unit', columns, groups, (_, text) => (text === '' ? null : resolve.unit(text)), this);
    this.bloc = sourceOf('bloc', columns, groups, (_, text) => (text === '' ? null : resolve.bloc(text)), this);
    this.commune = sourceOf('commune', columns, groups, (_, text) => (text === '' ? null : resolve.commune(text)), this);
    this.field = sourceOf('field', columns, groups, (raw, text) => fieldOf(raw, text), this);
    this.registration = sourceOf('registration', columns, groups, (_, text) => registrationOf(text), this);
    this.status = sourceOf('status', columns, groups, (_, text) => statusOf(text), this);
  }

  read(cells: readonly CellValue[], rowNumber: number): RegistrationRow {
    const code = textAt(cells, this.code, this);
    const name = textAt(cells, this.name, this);
    const implementer = this.implementer === null ? '' : this.implementer.get(cells).text;
    const decision = this.decision === null ? '' : this.decision.get(cells).text;
    const source = this.source === null ? '' : this.source.get(cells).text;
    const note = this.note === null ? '' : this.note.get(cells).text;
    const year = this.year?.get(cells);
    const kind = this.kind?.get(cells);
    const field = this.field?.get(cells);
    const registration = this.registration?.get(cells);
    const status = this.status?.get(cells);
    const unit = this.unit?.get(cells);
    const bloc = this.bloc?.get(cells);
    const commune = this.commune?.get(cells);
    const filled =
      (this.stt >= 0 && !this.emptyStt(cells[this.stt]) ? KEY_BIT.stt : 0) |
      (code !== '' ? KEY_BIT.code : 0) |
      (name !== '' ? KEY_BIT.name : 0) |
      (implementer !== '' ? KEY_BIT.implementer : 0) |
      (decision !== '' ? KEY_BIT.decision : 0) |
      (source !== '' ? KEY_BIT.source : 0) |
      (note !== '' ? KEY_BIT.note : 0) |
      (year && year.text !== '' ? KEY_BIT.year : 0) |
      (kind && kind.text !== '' ? KEY_BIT.kind : 0) |
      (field && field.text !== '' ? KEY_BIT.field : 0) |
      (registration && registration.text !== '' ? KEY_BIT.registration : 0) |
      (status && status.text !== '' ? KEY_BIT.status : 0) |
      (unit && unit.text !== '' ? KEY_BIT.unit : 0) |
      (bloc && bloc.text !== '' ? KEY_BIT.bloc : 0) |
      (commune && commune.text !== '' ? KEY_BIT.commune : 0);
    const resolved = unit?.value;
    const listed = resolved?.entry;
    const rowBloc = bloc ? bloc.value : null;
    // One object literal, every row alike: V8 then allocates rows, which live as long as the
    // check, straight where long-lived objects go instead of copying each on the way there.
    return {
      file: this.where.file,
      sheet: this.where.sheet,
      rowNumber,
      values: cells,
      layout: this,
      year: year ? year.value : null,
      name,
      implementer,
      kind: kind ? kind.value : null,
      unit: resolved ? resolved.name : null,
      // Danh mục is the reference for a listed unit's bloc; a contradiction is warned about.
      bloc: listed?.bloc ?? rowBloc,
      rowBloc,
      commune: commune?.value ?? listed?.commune ?? null,
      field: field ? field.value : null,
      registration: registration ? registration.value : null,
      // An empty or absent status is `Đăng ký`.
      status: status ? status.value : statusOf(''),
      decision,
      code,
      note,
      source,
      unitListed: !!listed,
      filled: keySet(filled),
      blank: keySet(this.present & ~filled),
    };
  }

  /** `isEmptyCell`, noting legacy text (an `STT` typed under a legacy font is still its cell's text). */
  private emptyStt(value: CellValue): boolean {
    return typeof value === 'string' ? cellTextNoting(value, this) === '' : isEmptyCell(value);
  }

  /** Where each value of a row came from: the cells by key, in the sheet's column order. */
  refs(cells: readonly CellValue[]): Partial<Record<ColumnKey, CellRef>> {
    const refs: Partial<Record<ColumnKey, CellRef>> = {};
    for (const [key, col] of this.cols) refs[key] = { col, raw: cells[col], text: cellText(cells[col]) };
    for (const group of this.ticks) refs[group.key] = tickRef(group, cells);
    return refs;
  }
}

const CELLS = new WeakMap<RegistrationRow, Partial<Record<ColumnKey, CellRef>>>();

/**
 * The cells a row's values were read from, by key (its place in the sheet for a finding, the form,
 * merging). Made from the sheet row when first asked, for the few rows that need them.
 */
export function rowCells(row: RegistrationRow): Partial<Record<ColumnKey, CellRef>> {
  let cells = CELLS.get(row);
  if (cells === undefined) {
    cells = row.layout.refs(row.values);
    CELLS.set(row, cells);
  }
  return cells;
}
