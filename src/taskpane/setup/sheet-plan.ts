import { findRegistrationSheet, KHOI_SHEET, normLoose, type SheetGrid } from '../../engine';
import type { UiStrings } from '../../i18n/ui.vi';
import { REPORT_SHEET } from '../../workbook/layout-report';
import type { SheetContent } from '../../workbook/sheet-content';
import { INFO_SHEET, LISTS_SHEET, REGISTRATION_SHEET, UNIT_SHEET, standardSheets } from '../../workbook/standard-template';

export type SheetPurpose = keyof UiStrings['setup']['purposes'];

const PURPOSES: Record<string, SheetPurpose> = {
  [REGISTRATION_SHEET]: 'registration',
  [UNIT_SHEET]: 'units',
  [INFO_SHEET]: 'info',
  [REPORT_SHEET]: 'report',
  [KHOI_SHEET]: 'khoi',
  [LISTS_SHEET]: 'lists',
};

export interface SheetStatus {
  content: SheetContent;
  purpose: SheetPurpose;
  present: boolean;
}

export interface SetupView {
  sheets: SheetStatus[];
  /** Where the registrations are, when the engine finds them. */
  registrations: { sheet: string; headerRow: number } | null;
  /** True when they are in a sheet other than `Đăng ký` (a unit's own layout): no set-up needed. */
  otherLayout: boolean;
  /** A `Đăng ký` sheet without a header row. */
  noHeader: string | null;
}

/** Excel compares sheet names without case; the engine also without diacritics. */
const sameSheet = (a: string, b: string): boolean => normLoose(a) === normLoose(b);

/**
 * The standard sheets against the workbook's. Without dropdowns (ExcelApi before 1.8) the hidden lists
 * sheet behind them would serve nothing (and on 1.1 could not even be hidden): it is not offered.
 */
export function setupView(grids: readonly SheetGrid[], options: { dropdowns: boolean } = { dropdowns: true }): SetupView {
  const names = grids.map((g) => g.name);
  const found = findRegistrationSheet({ sheets: [...grids] });
  const registrations = 'header' in found ? { sheet: found.sheet.name, headerRow: found.header.rowIndex + 1 } : null;
  return {
    sheets: standardSheets()
      .filter((content) => options.dropdowns || content.name !== LISTS_SHEET)
      .map((content) => ({
        content,
        purpose: PURPOSES[content.name],
        present: names.some((n) => sameSheet(n, content.name)),
      })),
    registrations,
    otherLayout: registrations !== null && !sameSheet(registrations.sheet, REGISTRATION_SHEET),
    noHeader: 'rule' in found && found.rule === 'no-header' ? found.sheet : null,
  };
}

const referencedSheet = (reference: string): string | null => /^'?(.+?)'?!/.exec(reference)?.[1]?.replace(/''/g, "'") ?? null;

/** The missing standard sheets, in the standard tab order. `Đăng ký` is left out when registrations live elsewhere. */
export function sheetsToCreate(view: SetupView): SheetContent[] {
  return view.sheets.filter((s) => !s.present && !(view.otherLayout && s.content.name === REGISTRATION_SHEET)).map((s) => s.content);
}

/**
 * The writes that create `contents` in their tab order: a dropdown needs its source sheet to exist,
 * so a sheet whose dropdowns refer to a sheet still to be created is written first without those
 * dropdowns, then written again with them once its sources exist (a rewrite keeps its tab place).
 */
export function creationWrites(contents: readonly SheetContent[]): SheetContent[] {
  const creating = new Set(contents.map((c) => c.name));
  const waits = (v: NonNullable<SheetContent['validations']>[number]): boolean =>
    !Array.isArray(v.list) && creating.has(referencedSheet(v.list.reference) ?? '');
  const later = contents.filter((c) => (c.validations ?? []).some(waits));
  const first = contents.map((c) => (later.includes(c) ? { ...c, validations: (c.validations ?? []).filter((v) => !waits(v)) } : c));
  return [...first, ...later];
}

/** The sheets a clerk sees, for messages (the hidden lists sheet is an implementation detail). */
export const visibleSheets = (contents: readonly SheetContent[]): SheetContent[] => contents.filter((c) => (c.visibility ?? 'visible') === 'visible');
