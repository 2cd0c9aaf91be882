import { cellAddress, columnLetters } from './cell-text';
import { COUNTED_KEYS } from './columns';
import type { Dataset } from './dataset';
import { RULES } from './rules';
import type { Draft, Rule } from './rules/rule-types';
import type { ColumnKey, Finding, RegistrationRow } from './types';

export interface Analysis {
  findings: Finding[];
  /** Rows counted: those without an error in a counted column. */
  counted: RegistrationRow[];
  /** How many rows were left out of every count. */
  excluded: number;
}

/** Where a row's finding points: its own column, else the unit or name cell of the row. */
function columnFor(row: RegistrationRow, key: ColumnKey): number | undefined {
  for (const k of [key, 'unit', 'name'] as ColumnKey[]) {
    const col = row.cells[k]?.col;
    if (col !== undefined) return col;
  }
  return undefined;
}

function toFinding(rule: Rule, draft: Draft): Finding {
  const { row, key } = draft;
  const col = columnFor(row, key);
  const cell = col === undefined ? null : cellAddress(col, row.rowNumber);
  return {
    file: row.file,
    sheet: row.sheet,
    cell,
    row: row.rowNumber,
    column: col === undefined ? null : columnLetters(col),
    key,
    rule: rule.id,
    severity: rule.severity,
    message: draft.message(cell ? `Ô ${cell}` : `Dòng ${row.rowNumber}`),
  };
}

/** A row can be counted only when every counted value was understood. */
const countable = (row: RegistrationRow): boolean =>
  row.year !== null && row.kind !== null && row.unit !== null && row.field !== null && row.registration !== null && row.status !== null;

/** Runs every rule over the rows read and decides which rows count. */
export function analyse(dataset: Dataset): Analysis {
  const ctx = { dataset };
  const rowFindings: Finding[] = [];
  const badRows = new Set<RegistrationRow>();
  for (const rule of RULES) {
    const drafts = rule.scope === 'row' ? dataset.rows.flatMap((row) => rule.check(row, ctx)) : rule.check(dataset.rows, ctx);
    for (const draft of drafts) {
      rowFindings.push(toFinding(rule, draft));
      if (rule.severity === 'error' && COUNTED_KEYS.has(draft.key)) badRows.add(draft.row);
    }
  }
  const order = new Map(dataset.sources.map((s, i) => [`${s.file ?? ''}\u0000${s.sheet}`, i]));
  const position = (f: Finding): number => order.get(`${f.file ?? ''}\u0000${f.sheet ?? ''}`) ?? -1;
  rowFindings.sort(
    (a, b) =>
      position(a) - position(b) || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').length - (b.column ?? '').length || (a.column ?? '').localeCompare(b.column ?? ''),
  );
  const counted = dataset.rows.filter((row) => !badRows.has(row) && countable(row));
  return {
    findings: [...dataset.readFindings, ...rowFindings],
    counted,
    excluded: dataset.rows.length - counted.length,
  };
}
