import { words } from '../words';
import { COLUMN_BY_KEY, REGISTRATION_COLUMNS } from '../columns';
import { decodeLegacy, detectLegacy, type LegacyEncoding } from '../legacy-encoding/detect';
import type { CellRef, ColumnKey, RegistrationRow } from '../types';
import { NONE, type Draft } from './rule-types';
import { rowCells } from '../parse-row';

const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows' };
const KEYS: readonly ColumnKey[] = REGISTRATION_COLUMNS.map((c) => c.key);

interface ColumnTally {
  row: RegistrationRow;
  key: ColumnKey;
  count: number;
  before: string;
  encoding: LegacyEncoding;
}

/**
 * Cells typed in TCVN3 or VNI: one finding per column of a sheet, at its first such cell, naming how
 * many there are and one before → after example. Per column rather than per cell because legacy
 * text comes a whole column or sheet at a time (a file typed under `.VnTime`): a clerk with 500 such
 * cells reads one line per column and converts them at once, instead of paging through 500 findings
 * that all say the same. The cells are read as the Unicode text they stand for meanwhile (`cellText`).
 */
export function legacyText(rows: readonly RegistrationRow[]): readonly Draft[] {
  // Only the sheets whose reader decoded legacy text have any (see `cellTextNoting`).
  if (!rows.some((row) => row.layout.legacyText)) return NONE;
  let tallies: Map<string, ColumnTally> | null = null;
  // Values repeated down a column are looked at once.
  const seen = new Map<string, LegacyEncoding | null>();
  const look = (row: RegistrationRow, key: ColumnKey, ref: CellRef | undefined): void => {
    // Legacy text always reads differently once decoded: a cell read as it is was not legacy text.
    if (ref === undefined || ref.raw === ref.text || typeof ref.raw !== 'string') return;
    let encoding = seen.get(ref.raw);
    if (encoding === undefined) seen.set(ref.raw, (encoding = detectLegacy(ref.raw)));
    if (encoding === null) return;
    const id = `${row.file ?? ''}\u0000${row.sheet}\u0000${key}`;
    const tally = (tallies ??= new Map()).get(id);
    if (tally) tally.count++;
    else tallies.set(id, { row, key, count: 1, before: ref.raw, encoding });
  };
  for (const row of rows) {
    if (!row.layout.legacyText) continue;
    const cells = rowCells(row);
    for (const key of KEYS) look(row, key, cells[key]);
  }
  if (tallies === null) return NONE;
  const found: ColumnTally[] = [...(tallies as Map<string, ColumnTally>).values()];
  // Findings are placed in sheet order by the checker; here, within a row, in the table's column order.
  found.sort((a, b) => a.row.rowNumber - b.row.rowNumber || KEYS.indexOf(a.key) - KEYS.indexOf(b.key));
  return found.map(({ row, key, count, before, encoding }) => ({
    row,
    key,
    words: words('legacyEncoding', {
      column: COLUMN_BY_KEY.get(key)?.header ?? key,
      count,
      encoding: ENCODING_NAMES[encoding],
      before,
      after: decodeLegacy(before, encoding),
    }),
  }));
}
