import { normText, normTextOnce } from '../normalize';
import type { RegistrationRow } from '../types';
import { words } from '../words';
import { isValidYear } from './row-rules';
import type { Draft } from './rule-types';

/** The same model (year, unit, name) merged from two files: said on the later one's row, naming both. */
export function duplicatesAcrossFiles(rows: readonly RegistrationRow[]): readonly Draft[] {
  const firsts = new Map<string, RegistrationRow>();
  const drafts: Draft[] = [];
  for (const row of rows) {
    if (!isValidYear(row.year) || row.unit === null || row.name === '') continue;
    // Model names seldom repeat: normalised without the memo kept for units.
    const key = [row.year, normText(row.unit), normTextOnce(row.name)].join('\u0000');
    const first = firsts.get(key);
    if (!first) {
      firsts.set(key, row);
      continue;
    }
    if (first.file === row.file) continue;
    const params = { file: row.file ?? '', name: row.name, unit: row.unit, year: row.year, other: first.file ?? '', otherRow: first.rowNumber };
    drafts.push({ row, key: 'name', words: words('duplicateAcrossFiles', params) });
  }
  return drafts;
}
