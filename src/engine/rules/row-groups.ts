import { normText, normTextOnce } from '../normalize';
import type { RegistrationRow } from '../types';
import { looseNameNumbers } from './loose-name-numbers';
import { isValidYear } from './row-rules';
import type { RuleContext } from './rule-types';

/**
 * What the rules that compare rows (duplicates, near duplicates, `Duy trì` history) ask of a check's
 * rows, by row index. The fast `RowGroups` below groups rows by loose name in typed arrays; its plain
 * twin, which compares every pair, is in the tests (test/engine/rules/set-rules-reference.ts), and the
 * two are compared on random registers.
 */
export interface RowPeers {
  /** Dated (a valid year and a unit) with a name: rows compared as duplicates. */
  comparable(i: number): boolean;
  /** Dated and `Duy trì`. */
  datedMaintained(i: number): boolean;
  /** A dated row's year. */
  year(i: number): number;
  /** The earliest year among dated rows (Infinity without any). */
  readonly earliest: number;
  /** Same year, unit, name and implementer (both rows dated). */
  sameExact(i: number, j: number): boolean;
  /**
   * The first row before `i` (`i` comparable), comparable, with `i`'s year, unit and loose name, and
   * with `exact`, also its name and implementer; -1 if none.
   */
  firstPeer(i: number, exact: boolean): number;
  /** Whether a dated row of `i`'s unit and loose name (`i` dated) is from before `year`. */
  hasEarlier(i: number, year: number): boolean;
  /** The earliest year of the row's code (normalised) among dated rows; Infinity without a code. */
  codeYear(i: number): number;
}

/** The peers of one check: made once and shared by its set rules through their context. */
const GROUPS = new WeakMap<RuleContext, RowGroups>();
export function rowPeersOf(rows: readonly RegistrationRow[], ctx?: RuleContext): RowPeers {
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
const COMPARABLE = DATED | NAMED;

/** A group larger than this is also indexed by year and unit, so no rule walks it row by row. */
const LARGE_GROUP = 32;

/**
 * The rows of one check grouped by loose name (`normLoose` of the name), for the rules that compare
 * rows: two rows that are exact or near duplicates, or the same model, always share a loose name.
 * A group is a chain of row indices in row order; each row's parts (normalised name, implementer,
 * code) are computed once, when first needed; nothing is concatenated per row.
 */
class RowGroups implements RowPeers {
  private readonly rows: readonly RegistrationRow[];
  private readonly count: number;
  /** Normalised names and implementers, made for the rows compared exactly (few): none until then. */
  private names: Array<string | undefined> | null = null;
  private implementers: Array<string | undefined> | null = null;
  /**
   * What the rules ask of every row, read once into flat arrays (the rules then scan these rather
   * than every row object again): its year when dated, else 0, and `DATED | NAMED | MAINTAINED`.
   */
  private readonly years: Int32Array;
  private readonly flags: Uint8Array;
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
    const loose = looseNameNumbers(n);
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

  comparable(i: number): boolean {
    return (this.flags[i] & COMPARABLE) === COMPARABLE;
  }

  datedMaintained(i: number): boolean {
    return (this.flags[i] & (DATED | MAINTAINED)) === (DATED | MAINTAINED);
  }

  year(i: number): number {
    return this.years[i];
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
