import { words } from '../words';
import { looseNameBuffer, looseNameHash, looseNameUnits, normText, normTextOnce } from '../normalize';
import type { RegistrationRow } from '../types';
import { isValidYear } from './row-rules';
import type { Draft, RuleContext } from './rule-types';

/** How a finding names another row: its number, with the sheet or file when they differ. */
function rowName(first: RegistrationRow, row: RegistrationRow): string {
  if (first.file !== row.file && first.file) return `${first.rowNumber} (tệp ${first.file})`;
  if (first.sheet !== row.sheet) return `${first.rowNumber} (trang ${first.sheet})`;
  return String(first.rowNumber);
}

/**
 * Numbers the distinct loose names (`normLoose` of a name) in the order they come, without making
 * a string of each: the units are hashed and kept in one pool, and compared unit by unit.
 */
class LooseNameTable {
  private slots: Int32Array;
  private mask: number;
  private pool: Uint16Array;
  private used = 0;
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private readonly hashes: number[] = [];

  constructor(expected: number) {
    let size = 64;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    // Room for a short name per row at first (names repeat from year to year), grown by doubling.
    this.pool = new Uint16Array(Math.max(4096, expected * 16));
  }

  /** The number of the name's loose form: 0, 1, 2… in order of first appearance. */
  idOf(name: string): number {
    const length = looseNameUnits(name);
    const units = looseNameBuffer();
    const hash = looseNameHash();
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot] - 1;
      if (id < 0) {
        const added = this.add(units, length, hash);
        this.slots[slot] = added + 1;
        if (this.offsets.length * 2 > this.slots.length) this.grow();
        return added;
      }
      if (this.hashes[id] === hash && this.lengths[id] === length && this.same(id, units, length)) return id;
    }
  }

  private same(id: number, units: Uint16Array, length: number): boolean {
    const { pool } = this;
    const offset = this.offsets[id];
    for (let i = 0; i < length; i++) if (pool[offset + i] !== units[i]) return false;
    return true;
  }

  private add(units: Uint16Array, length: number, hash: number): number {
    const used = this.used;
    let { pool } = this;
    if (used + length > pool.length) {
      const grown = new Uint16Array(Math.max(pool.length * 2, used + length));
      grown.set(pool.subarray(0, used));
      this.pool = pool = grown;
    }
    // Unit by unit: a subarray would be an object per name.
    for (let i = 0; i < length; i++) pool[used + i] = units[i];
    const id = this.offsets.length;
    this.offsets.push(used);
    this.lengths.push(length);
    this.hashes.push(hash);
    this.used = used + length;
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.offsets.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A group larger than this is also indexed by year and unit, so no rule walks it row by row. */
const LARGE_GROUP = 32;

/**
 * The rows of one check grouped by loose name (`normLoose` of the name), for the rules that compare
 * rows: two rows that are exact or near duplicates, or the same model, always share a loose name.
 * A group is a chain of row indices in row order; each row's parts (normalised name, implementer,
 * code) are computed once, when first needed; nothing is concatenated per row.
 */
class RowGroups {
  private readonly rows: readonly RegistrationRow[];
  private readonly count: number;
  /** Normalised names and implementers, made for the rows compared exactly (few): none until then. */
  private names: Array<string | undefined> | null = null;
  private implementers: Array<string | undefined> | null = null;
  /**
   * What the rules ask of every row, read once into flat arrays (the rules then scan these rather
   * than every row object again): its year when dated, else 0, and `DATED | NAMED | MAINTAINED`.
   */
  readonly years: Int32Array;
  readonly flags: Uint8Array;
  /** Each dated row's unit as a number (units in their canonical spelling, see `rowResolver`). */
  private readonly units: Int32Array;
  /** The earliest year among dated rows. */
  readonly earliest: number = Infinity;
  /** Each dated row's group (-1 for the others), each group's first row, size, and each row's next in its group. */
  private readonly group: Int32Array;
  private readonly heads: number[] = [];
  private readonly sizes: number[] = [];
  private readonly next: Int32Array;
  private readonly large = new Map<number, Map<string, number[]>>();
  private codeYears: Map<string, number> | null = null;

  constructor(rows: readonly RegistrationRow[]) {
    this.rows = rows;
    this.count = rows.length;
    const n = rows.length;
    this.group = new Int32Array(n).fill(-1);
    this.next = new Int32Array(n).fill(-1);
    this.years = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.units = new Int32Array(n);
    const unitIds = new Map<string, number>();
    const loose = new LooseNameTable(n);
    // A model kept from year to year keeps its name: a name met before is not made loose again.
    const byName = new Map<string, number>();
    const tails: number[] = [];
    // Every row a rule compares has a valid year and a unit.
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      if (!dated(row)) continue;
      this.years[i] = row.year;
      this.flags[i] = DATED | (row.name !== '' ? NAMED : 0) | (row.registration === 'maintained' ? MAINTAINED : 0);
      if (row.year < this.earliest) this.earliest = row.year;
      let unit = unitIds.get(row.unit);
      if (unit === undefined) unitIds.set(row.unit, (unit = unitIds.size));
      this.units[i] = unit;
      let id = byName.get(row.name);
      if (id === undefined) {
        id = loose.idOf(row.name);
        byName.set(row.name, id);
      }
      if (id === this.heads.length) {
        this.heads.push(i);
        this.sizes.push(0);
      } else this.next[tails[id]] = i;
      tails[id] = i;
      this.sizes[id]++;
      this.group[i] = id;
    }
  }

  /** Whether these groups were made of `rows` (the rules of one check are given one array, not changed meanwhile). */
  matches(rows: readonly RegistrationRow[]): boolean {
    return rows === this.rows && rows.length === this.count;
  }

  private name(i: number): string {
    const names = (this.names ??= new Array<string | undefined>(this.count));
    return (names[i] ??= normTextOnce(this.rows[i].name));
  }

  private implementer(i: number): string {
    const implementers = (this.implementers ??= new Array<string | undefined>(this.count));
    return (implementers[i] ??= normText(this.rows[i].implementer));
  }

  /** Same year, unit, name and implementer (both rows dated). */
  sameExact(i: number, j: number): boolean {
    return this.years[i] === this.years[j] && this.units[i] === this.units[j] && this.name(i) === this.name(j) && this.implementer(i) === this.implementer(j);
  }

  private peerKey(i: number, sameYear: boolean): string {
    return sameYear ? `${this.years[i]}:${this.units[i]}` : `${this.units[i]}`;
  }

  /** For a large group: its rows by year and unit, and by unit, in row order. */
  private largeIndex(id: number): Map<string, number[]> {
    let index = this.large.get(id);
    if (!index) {
      index = new Map();
      for (let j = this.heads[id]; j !== -1; j = this.next[j]) {
        for (const key of [this.peerKey(j, true), this.peerKey(j, false)]) {
          const list = index.get(key);
          if (list) list.push(j);
          else index.set(key, [j]);
        }
      }
      this.large.set(id, index);
    }
    return index;
  }

  /**
   * The first row of `i`'s group (`i` comparable), before `i`, comparable, with `i`'s year and unit,
   * and with `exact`, also its name and implementer; -1 if none.
   */
  firstPeer(i: number, exact: boolean): number {
    const id = this.group[i];
    const { years, flags } = this;
    if (this.sizes[id] > LARGE_GROUP) {
      for (const j of this.largeIndex(id).get(this.peerKey(i, true)) ?? []) {
        if (j >= i) break;
        if ((flags[j] & NAMED) !== 0 && (!exact || this.sameExact(i, j))) return j;
      }
      return -1;
    }
    const year = years[i];
    const { units } = this;
    const unit = units[i];
    for (let j = this.heads[id]; j !== -1 && j < i; j = this.next[j]) {
      if (years[j] === year && (flags[j] & NAMED) !== 0 && units[j] === unit && (!exact || this.sameExact(i, j))) return j;
    }
    return -1;
  }

  /** Whether `i`'s group (`i` dated) has a row of `i`'s unit from before `year`. */
  hasEarlier(i: number, year: number): boolean {
    const id = this.group[i];
    if (this.sizes[id] > LARGE_GROUP) return (this.largeIndex(id).get(this.peerKey(i, false)) ?? []).some((j) => this.years[j] < year);
    const { units, years } = this;
    const unit = units[i];
    for (let j = this.heads[id]; j !== -1; j = this.next[j]) if (years[j] < year && units[j] === unit) return true;
    return false;
  }

  /** The earliest year of the row's code (normalised) among dated rows; Infinity without a code. */
  codeYear(i: number): number {
    if (this.codeYears === null) {
      this.codeYears = new Map();
      for (let j = 0; j < this.rows.length; j++) {
        const row = this.rows[j];
        if ((this.flags[j] & DATED) === 0 || row.code === '') continue;
        const code = normTextOnce(row.code);
        this.codeYears.set(code, Math.min(this.years[j], this.codeYears.get(code) ?? Infinity));
      }
    }
    const { code } = this.rows[i];
    return code === '' ? Infinity : (this.codeYears.get(normTextOnce(code)) ?? Infinity);
  }
}

/** The groups of one check: shared by its set rules through their context. */
const GROUPS = new WeakMap<RuleContext, RowGroups>();
function groupsOf(rows: readonly RegistrationRow[], ctx?: RuleContext): RowGroups {
  if (!ctx) return new RowGroups(rows);
  let groups = GROUPS.get(ctx);
  if (!groups || !groups.matches(rows)) {
    groups = new RowGroups(rows);
    GROUPS.set(ctx, groups);
  }
  return groups;
}

const dated = (r: RegistrationRow): r is RegistrationRow & { year: number; unit: string } => isValidYear(r.year) && r.unit !== null;
const DATED = 1;
const NAMED = 2;
const MAINTAINED = 4;
/** Dated with a name: rows compared as duplicates. */
const COMPARABLE = DATED | NAMED;

/** Same year, unit, name and implementer: reported on the second and later rows, naming the first. */
export function duplicates(rows: readonly RegistrationRow[], ctx?: RuleContext): readonly Draft[] {
  const groups = groupsOf(rows, ctx);
  const { flags } = groups;
  const drafts: Draft[] = [];
  for (let i = 0; i < rows.length; i++) {
    if ((flags[i] & COMPARABLE) !== COMPARABLE) continue;
    const first = groups.firstPeer(i, true);
    if (first < 0) continue;
    const row = rows[i];
    const name = rowName(rows[first], row);
    drafts.push({ row, key: 'name', words: words('duplicate', { first: name }) });
  }
  return drafts;
}

/** Same year and unit, names equal once diacritics, case and punctuation are ignored; exact duplicates aside. */
export function nearDuplicates(rows: readonly RegistrationRow[], ctx?: RuleContext): readonly Draft[] {
  const groups = groupsOf(rows, ctx);
  const { flags } = groups;
  const drafts: Draft[] = [];
  for (let i = 0; i < rows.length; i++) {
    if ((flags[i] & COMPARABLE) !== COMPARABLE) continue;
    const first = groups.firstPeer(i, false);
    // The first row of that loose name, year and unit: an exact duplicate of it is reported as such.
    if (first < 0 || groups.sameExact(i, first)) continue;
    const row = rows[i];
    const name = rowName(rows[first], row);
    drafts.push({ row, key: 'name', words: words('nearDuplicate', { first: name }) });
  }
  return drafts;
}

/** `Duy trì` needs the same model (unit and name, or its code) in an earlier year, when earlier years are present. */
export function maintainedHistory(rows: readonly RegistrationRow[], ctx?: RuleContext): readonly Draft[] {
  const groups = groupsOf(rows, ctx);
  const { flags, years, earliest } = groups;
  const drafts: Draft[] = [];
  for (let i = 0; i < rows.length; i++) {
    if ((flags[i] & (DATED | MAINTAINED)) !== (DATED | MAINTAINED)) continue;
    const year = years[i];
    if (earliest >= year) continue;
    if (groups.hasEarlier(i, year) || groups.codeYear(i) < year) continue;
    drafts.push({ row: rows[i], key: 'registration', words: words('maintainedWithoutHistory', { year }) });
  }
  return drafts;
}
