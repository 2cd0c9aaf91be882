import { words } from '../words';
import type { RegistrationRow } from '../types';
import { rowPeersOf } from './row-groups';
import type { Draft, RuleContext } from './rule-types';

/** How a finding names another row: its number, with the sheet or file when they differ. */
function rowName(first: RegistrationRow, row: RegistrationRow): string {
  if (first.file !== row.file && first.file) return `${first.rowNumber} (tệp ${first.file})`;
  if (first.sheet !== row.sheet) return `${first.rowNumber} (trang ${first.sheet})`;
  return String(first.rowNumber);
}

/** Same year, unit, name and implementer: reported on the second and later rows, naming the first. */
export function duplicates(rows: readonly RegistrationRow[], ctx?: RuleContext): readonly Draft[] {
  const peers = rowPeersOf(rows, ctx);
  const drafts: Draft[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (!peers.comparable(i)) continue;
    const first = peers.firstPeer(i, true);
    if (first < 0) continue;
    const row = rows[i];
    drafts.push({ row, key: 'name', words: words('duplicate', { first: rowName(rows[first], row) }) });
  }
  return drafts;
}

/** Same year and unit, names equal once diacritics, case and punctuation are ignored; exact duplicates aside. */
export function nearDuplicates(rows: readonly RegistrationRow[], ctx?: RuleContext): readonly Draft[] {
  const peers = rowPeersOf(rows, ctx);
  const drafts: Draft[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (!peers.comparable(i)) continue;
    const first = peers.firstPeer(i, false);
    // The first row of that loose name, year and unit: an exact duplicate of it is reported as such.
    if (first < 0 || peers.sameExact(i, first)) continue;
    const row = rows[i];
    drafts.push({ row, key: 'name', words: words('nearDuplicate', { first: rowName(rows[first], row) }) });
  }
  return drafts;
}

/** `Duy trì` needs the same model (unit and name, or its code) in an earlier year, when earlier years are present. */
export function maintainedHistory(rows: readonly RegistrationRow[], ctx?: RuleContext): readonly Draft[] {
  const peers = rowPeersOf(rows, ctx);
  const { earliest } = peers;
  const drafts: Draft[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (!peers.datedMaintained(i)) continue;
    const year = peers.year(i);
    if (earliest >= year) continue;
    if (peers.hasEarlier(i, year) || peers.codeYear(i) < year) continue;
    drafts.push({ row: rows[i], key: 'registration', words: words('maintainedWithoutHistory', { year }) });
  }
  return drafts;
}
