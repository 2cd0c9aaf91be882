import { cellAddress } from '../cell-text';
import type { SheetGrid } from '../types';
import { decodeLegacy, detectLegacy, isUnicodeVietnamese, mayBeLegacy, type LegacyEncoding } from './detect';

/** One cell to convert: where it is, its text now and in Unicode. */
export interface EncodingFix {
  sheet: string;
  /** 1-based, as Excel shows it. */
  row: number;
  /** 0-based. */
  col: number;
  /** `G12`. */
  cell: string;
  before: string;
  after: string;
  encoding: LegacyEncoding;
}

/** A column's share of the conversion: how many cells, in which encodings, and the first few as examples. */
export interface EncodingColumn {
  sheet: string;
  col: number;
  count: number;
  encodings: LegacyEncoding[];
  examples: EncodingFix[];
}

export interface EncodingPlan {
  fixes: EncodingFix[];
  /** By sheet (tab order), then column. */
  columns: EncodingColumn[];
}

/** How many cells of a row or column must surely be in an encoding for its undecided cells to be taken as in it too. */
const EVIDENCE = 2;

type Kind = LegacyEncoding | 'unicode';
const KINDS: ReadonlyArray<Kind | null> = [null, 'tcvn3', 'vni', 'unicode'];
const CODE: Record<Kind, number> = { tcvn3: 1, vni: 2, unicode: 3 };

/** What a text surely is: legacy in an encoding, Unicode Vietnamese, or undecided; each distinct text decided once. */
function kindOf(memo: Map<string, Kind | null>, value: string): Kind | null {
  let kind = memo.get(value);
  if (kind === undefined) {
    kind = detectLegacy(value) ?? (isUnicodeVietnamese(value) ? 'unicode' : null);
    memo.set(value, kind);
  }
  return kind;
}

/** What the cells of each row and column of a sheet surely are: legacy in each encoding, or Unicode Vietnamese. */
function evidence(grid: SheetGrid['grid']) {
  const rows = new Map<number, Record<Kind, number>>();
  const cols = new Map<number, Record<Kind, number>>();
  const memo = new Map<string, Kind | null>();
  // Each cell's kind, by row: one byte a cell (a register of 200,000 rows holds millions).
  const kinds: Uint8Array[] = [];
  const tally = (map: typeof rows, at: number, kind: Kind) => {
    let counts = map.get(at);
    if (!counts) map.set(at, (counts = { tcvn3: 0, vni: 0, unicode: 0 }));
    counts[kind]++;
  };
  grid.forEach((cells, r) => {
    const row = new Uint8Array(cells.length);
    kinds[r] = row;
    cells.forEach((value, c) => {
      if (typeof value !== 'string') return;
      const kind = kindOf(memo, value);
      if (kind === null) return;
      row[c] = CODE[kind];
      tally(rows, r, kind);
      tally(cols, c, kind);
    });
  });
  /** The encoding a cell is surely in. */
  const sure = (r: number, c: number): LegacyEncoding | null => {
    const kind = KINDS[kinds[r]?.[c] ?? 0];
    return kind === 'unicode' ? null : kind;
  };
  /** The encoding an undecided cell is in: that of its row or column, when the line has enough legacy cells and no Unicode one. */
  const around = (r: number, c: number, value: string): LegacyEncoding | null => {
    for (const counts of [rows.get(r), cols.get(c)]) {
      if (!counts || counts.unicode > 0) continue;
      for (const encoding of ['tcvn3', 'vni'] as const) {
        if (counts[encoding] >= EVIDENCE && mayBeLegacy(value, encoding)) return encoding;
      }
    }
    return null;
  };
  return { sure, around };
}

/**
 * Every text cell of every sheet typed in a legacy encoding, with its Unicode text: what the task
 * pane previews and converts, and what `dvk fix-encoding` writes. A cell legacy text cannot be told
 * from by itself (`Khoái`, VNI for the header `Khối`; `12-QÑ/TU`) is converted when its row or its
 * column has other cells surely in that encoding and none surely Unicode. Pure: the caller writes the cells.
 */
export function planEncodingFix(sheets: readonly SheetGrid[], examples = 3): EncodingPlan {
  const fixes: EncodingFix[] = [];
  const columns: EncodingColumn[] = [];
  for (const { name, grid } of sheets) {
    const bySheet = new Map<number, EncodingColumn>();
    const { sure, around } = evidence(grid);
    // A register repeats its units and communes: each distinct text decoded once.
    const decoded = new Map<string, string>();
    const decode = (value: string, encoding: LegacyEncoding): string => {
      const key = `${encoding}\u0000${value}`;
      let after = decoded.get(key);
      if (after === undefined) decoded.set(key, (after = decodeLegacy(value, encoding)));
      return after;
    };
    grid.forEach((cells, r) => {
      cells.forEach((value, col) => {
        if (typeof value !== 'string') return;
        const encoding = sure(r, col) ?? around(r, col, value);
        if (encoding === null) return;
        const fix: EncodingFix = { sheet: name, row: r + 1, col, cell: cellAddress(col, r + 1), before: value, after: decode(value, encoding), encoding };
        fixes.push(fix);
        let column = bySheet.get(col);
        if (!column) bySheet.set(col, (column = { sheet: name, col, count: 0, encodings: [], examples: [] }));
        column.count++;
        if (!column.encodings.includes(encoding)) column.encodings.push(encoding);
        if (column.examples.length < examples) column.examples.push(fix);
      });
    });
    columns.push(...[...bySheet.values()].sort((a, b) => a.col - b.col));
  }
  return { fixes, columns };
}
