import type { Dataset } from '../dataset';
import type { ColumnKey, RegistrationRow, RuleId, Severity } from '../types';

/** What a rule reports before it is placed in the sheet: the row, the column, and the text. */
export interface Draft {
  row: RegistrationRow;
  key: ColumnKey;
  /** Builds the message from where the finding is (`Ô E12`, or `Dòng 12`). */
  message: (at: string) => string;
}

export interface RuleContext {
  dataset: Dataset;
}

interface RuleBase {
  id: RuleId;
  severity: Severity;
  /** What the rule checks, for documentation and the task pane. */
  description: string;
}

/** A rule that looks at one row at a time. */
export interface RowRule extends RuleBase {
  scope: 'row';
  check: (row: RegistrationRow, ctx: RuleContext) => Draft[];
}

/** A rule that compares rows with each other. */
export interface SetRule extends RuleBase {
  scope: 'set';
  check: (rows: readonly RegistrationRow[], ctx: RuleContext) => Draft[];
}

export type Rule = RowRule | SetRule;
