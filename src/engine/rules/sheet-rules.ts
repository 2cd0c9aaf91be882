import { words } from '../words';
import type { RegistrationSource } from '../dataset';
import type { SheetDraft } from './rule-types';

const NO_DRAFTS: readonly SheetDraft[] = Object.freeze([]);

/** Each `Tổng cộng` / `Cộng` line: said once, at its label, that it is not counted as a model. */
export function totalLines(source: RegistrationSource): readonly SheetDraft[] {
  if (!source.totals) return NO_DRAFTS;
  return source.totals.map(({ row, col, key, label }) => ({
    source,
    row,
    col,
    key,
    words: words('totalRow', { label }),
  }));
}

/** Hidden model rows and a filter: once per sheet, saying they are counted all the same. */
export function hiddenRows(source: RegistrationSource): readonly SheetDraft[] {
  const count = source.hiddenRows ?? 0;
  const filtered = source.filtered === true;
  if (count === 0 && !filtered) return NO_DRAFTS;
  const sheet = source.sheet;
  return [{ source, row: null, col: null, key: null, words: words('hiddenRows', { sheet, count, filtered }) }];
}
