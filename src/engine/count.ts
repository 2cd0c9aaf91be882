import { compareVi } from './normalize';
import type { RegistrationRow, Status } from './types';
import { KIND_LABELS, KINDS, REGISTRATION_LABELS, REGISTRATIONS, STANDARD_BLOCS, STATUS_LABELS, STATUSES } from './vocabulary';

export const DIMENSIONS = ['year', 'field', 'kind', 'registration', 'bloc', 'unit', 'commune', 'status'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type DimensionValue = string | number | null;

export const MEASURES = ['registered', 'eligible', 'proposed', 'recognized', 'exemplary', 'unitsRegistered', 'unitsRecognized'] as const;
export type Measure = (typeof MEASURES)[number];
export type Measures = Record<Measure, number>;

export interface Group {
  values: Partial<Record<Dimension, DimensionValue>>;
  measures: Measures;
}

export interface Summary {
  total: Measures;
  excluded: number;
  groups: Group[];
}

/**
 * The evaluation ladder, once: how far up each status counts. A model not reaching the next rung
 * (`failed`) was still eligible; one stopped counts only as registered.
 */
const LADDER: Readonly<Record<Status, { eligible: boolean; proposed: boolean; recognized: boolean; exemplary: boolean }>> = {
  registered: { eligible: false, proposed: false, recognized: false, exemplary: false },
  eligible: { eligible: true, proposed: false, recognized: false, exemplary: false },
  proposed: { eligible: true, proposed: true, recognized: false, exemplary: false },
  recognized: { eligible: true, proposed: true, recognized: true, exemplary: false },
  exemplary: { eligible: true, proposed: true, recognized: true, exemplary: true },
  failed: { eligible: true, proposed: false, recognized: false, exemplary: false },
  stopped: { eligible: false, proposed: false, recognized: false, exemplary: false },
};

export const isEligible = (r: RegistrationRow): boolean => r.status !== null && LADDER[r.status].eligible;
export const isProposed = (r: RegistrationRow): boolean => r.status !== null && LADDER[r.status].proposed;
export const isRecognized = (r: RegistrationRow): boolean => r.status !== null && LADDER[r.status].recognized;
export const isExemplary = (r: RegistrationRow): boolean => r.status !== null && LADDER[r.status].exemplary;

/** A row's value for a dimension, as the spec's summary JSON writes it. */
export function dimensionValue(row: RegistrationRow, dimension: Dimension): DimensionValue {
  switch (dimension) {
    case 'year':
      return row.year;
    case 'field':
      return row.field;
    case 'kind':
      return row.kind && KIND_LABELS[row.kind];
    case 'registration':
      return row.registration && REGISTRATION_LABELS[row.registration];
    case 'status':
      return row.status && STATUS_LABELS[row.status];
    case 'bloc':
      return row.bloc;
    case 'unit':
      return row.unit;
    case 'commune':
      return row.commune;
  }
}

/** The ladder as bits for the tally: 1 eligible, 2 proposed, 4 recognised, 8 exemplary. */
const RUNGS = new Map<Status | null, number>(
  STATUSES.map((status) => {
    const l = LADDER[status];
    return [status, (l.eligible ? 1 : 0) | (l.proposed ? 2 : 0) | (l.recognized ? 4 : 0) | (l.exemplary ? 8 : 0)];
  }),
);
const statusMeasures = (status: Status | null): number => RUNGS.get(status) ?? 0;

/** Measures counted row by row (the units as sets until the end), each in a field of its own: small integers, updated in place. */
class Tally {
  private registered = 0;
  private eligible = 0;
  private proposed = 0;
  private recognized = 0;
  private exemplary = 0;
  private readonly units = new Set<string>();
  private readonly recognizedUnits = new Set<string>();

  add(row: RegistrationRow): void {
    this.registered++;
    if (row.unit !== null) this.units.add(row.unit);
    const counts = statusMeasures(row.status);
    if (counts === 0) return;
    this.eligible++;
    if ((counts & 2) === 0) return;
    this.proposed++;
    if ((counts & 4) === 0) return;
    this.recognized++;
    if (row.unit !== null) this.recognizedUnits.add(row.unit);
    if ((counts & 8) !== 0) this.exemplary++;
  }

  measures(): Measures {
    return {
      registered: this.registered,
      eligible: this.eligible,
      proposed: this.proposed,
      recognized: this.recognized,
      exemplary: this.exemplary,
      unitsRegistered: this.units.size,
      unitsRecognized: this.recognizedUnits.size,
    };
  }
}

/** The seven measures of a group of rows. */
export function measure(rows: readonly RegistrationRow[]): Measures {
  const tally = new Tally();
  for (const row of rows) tally.add(row);
  return tally.measures();
}

function rankOf(order: readonly string[]): (v: DimensionValue) => number {
  return (v) => {
    const i = order.indexOf(String(v));
    return i < 0 ? order.length : i;
  };
}

/** Deterministic order of a dimension's values: codes and years ascending, lists in the spec's order, names in Vietnamese order; empty last. */
export function compareValues(dimension: Dimension, blocs: readonly string[] = STANDARD_BLOCS) {
  const ranked: Partial<Record<Dimension, (v: DimensionValue) => number>> = {
    kind: rankOf(KINDS.map((k) => KIND_LABELS[k])),
    registration: rankOf(REGISTRATIONS.map((r) => REGISTRATION_LABELS[r])),
    status: rankOf(STATUSES.map((s) => STATUS_LABELS[s])),
    bloc: rankOf(blocs),
  };
  return (a: DimensionValue, b: DimensionValue): number => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    const rank = ranked[dimension];
    return (rank ? rank(a) - rank(b) : 0) || compareVi(String(a), String(b));
  };
}

interface Bucket {
  values: Group['values'];
  tally: Tally;
}

/**
 * A group's bucket, made by its first row. A function of its own: a closure over `row` in the loop
 * below would make the loop allocate a context for every row.
 */
function newBucket(row: RegistrationRow, dimensions: readonly Dimension[]): Bucket {
  return { values: Object.fromEntries(dimensions.map((d) => [d, dimensionValue(row, d)])), tally: new Tally() };
}

/**
 * The measures grouped by the given dimensions, with the total; groups in deterministic order.
 * One pass over the rows: each row is tallied in the total and in its group, found through one map
 * level per dimension keyed by the values themselves (numbers, strings, null), so no key text per row.
 */
export function summarize(
  rows: readonly RegistrationRow[],
  dimensions: readonly Dimension[],
  options: { excluded?: number; blocs?: readonly string[] } = {},
): Summary {
  const total = new Tally();
  // Groups in the order their first row comes (the sort below is stable).
  const buckets: Bucket[] = [];
  const root = new Map<DimensionValue, unknown>();
  const last = dimensions.length - 1;
  // Indexed: an iterator's result is an object per row until the loop is optimised.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    total.add(row);
    if (last < 0) continue;
    let level = root;
    for (let i = 0; i < last; i++) {
      const value = dimensionValue(row, dimensions[i]) ?? null;
      let next = level.get(value) as Map<DimensionValue, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(value, next);
      }
      level = next;
    }
    const value = dimensionValue(row, dimensions[last]) ?? null;
    let bucket = level.get(value) as Bucket | undefined;
    if (bucket === undefined) {
      bucket = newBucket(row, dimensions);
      level.set(value, bucket);
      buckets.push(bucket);
    }
    bucket.tally.add(row);
  }
  const comparers = dimensions.map((d) => [d, compareValues(d, options.blocs)] as const);
  const groups = buckets
    .map((b) => ({ values: b.values, measures: b.tally.measures() }))
    .sort((x, y) => {
      for (const [d, cmp] of comparers) {
        const c = cmp(x.values[d] ?? null, y.values[d] ?? null);
        if (c !== 0) return c;
      }
      return 0;
    });
  return { total: total.measures(), excluded: options.excluded ?? 0, groups };
}
