import type { Words } from '../words';
import type { Dataset, RegistrationSource } from '../dataset';
import type { KhoiKey } from '../khoi/khoi-columns';
import type { KhoiRow } from '../khoi/read-khoi';
import type { ColumnKey, RegistrationRow, RuleId, Severity } from '../types';

/** What a rule reports before it is placed in the sheet: the row, the column, and the text. */
export interface Draft {
  row: RegistrationRow;
  key: ColumnKey;
  /** What it says (worded with where the finding is: `Ô E12`, or `Dòng 12`). */
  words: Words;
}

export interface RuleContext {
  dataset: Dataset;
  /** The current year by the caller's clock (the engine has none), when it gave one. */
  thisYear?: number;
}

/** What a rule returns when it finds nothing: one shared empty list rather than one per row. */
export const NONE: readonly Draft[] = Object.freeze([]);

interface RuleBase {
  id: RuleId;
  severity: Severity;
  /** What the rule checks, for documentation and the task pane. */
  description: string;
}

/** A rule that looks at one row at a time. */
export interface RowRule extends RuleBase {
  scope: 'row';
  check: (row: RegistrationRow, ctx: RuleContext) => readonly Draft[];
}

/** A rule that compares rows with each other. */
export interface SetRule extends RuleBase {
  scope: 'set';
  check: (rows: readonly RegistrationRow[], ctx: RuleContext) => readonly Draft[];
}

/** What a sheet rule reports: the sheet, and the cell when there is one. */
export interface SheetDraft {
  source: RegistrationSource;
  /** 1-based row and 0-based column, or null for the whole sheet. */
  row: number | null;
  col: number | null;
  key: ColumnKey | null;
  words: Words;
}

/** A rule about a registration sheet as read, besides its model rows (total lines, hidden rows). */
export interface SheetRule extends RuleBase {
  scope: 'sheet';
  check: (source: RegistrationSource, ctx: RuleContext) => readonly SheetDraft[];
}

/** What a rule of the `Khối Dân vận` rows reports: the row, the column (or none), and the text. */
export interface KhoiDraft {
  row: KhoiRow;
  key: KhoiKey | null;
  words: Words;
}

/** A rule about the Khối Dân vận rows (seed 002), all of them at once. */
export interface KhoiRule extends RuleBase {
  scope: 'khoi';
  check: (rows: readonly KhoiRow[], ctx: RuleContext) => readonly KhoiDraft[];
}

/** A rule about the rows merged from several files (a consolidation), all of them at once. */
export interface FilesRule extends RuleBase {
  scope: 'files';
  /** `rows`: the merged rows, each with its `file`, in the order the files were taken. */
  check: (rows: readonly RegistrationRow[]) => readonly Draft[];
}

export type Rule = RowRule | SetRule | SheetRule | KhoiRule | FilesRule;
