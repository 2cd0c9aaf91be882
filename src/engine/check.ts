import { placeText, say, type Words } from './words';
import { cellAddress, columnLetters } from './cell-text';
import { COUNTED_KEYS } from './columns';
import type { Dataset } from './dataset';
import { RULES } from './rules';
import type { Draft, FilesRule, Rule, RowRule, SheetDraft, SheetRule } from './rules/rule-types';
import type { ColumnKey, Finding, RegistrationRow } from './types';
import { rowCells } from './parse-row';

export interface Analysis {
  findings: Finding[];
  /** Rows counted: those without an error in a counted column. */
  counted: RegistrationRow[];
  /** How many rows were left out of every count. */
  excluded: number;
}

/** Where a row's finding points: its own column, else the unit or name cell of the row. */
function columnFor(row: RegistrationRow, key: ColumnKey): number | undefined {
  const cells = rowCells(row);
  return cells[key]?.col ?? cells.unit?.col ?? cells.name?.col;
}

/**
 * A rule's finding about one row, placed at its cell (`Ô E12`) or, without a column, at its row
 * (`Dòng 12`): the registrations' and the Khối rows' alike.
 */
export function rowFinding(
  rule: Pick<Rule, 'id' | 'severity'>,
  at: { file?: string; sheet: string; rowNumber: number; col: number | undefined; key: Finding['key'] },
  said: Words,
): Finding {
  const { col, rowNumber } = at;
  const cell = col === undefined ? null : cellAddress(col, rowNumber);
  const place = { cell, row: rowNumber, sheet: at.sheet };
  return {
    file: at.file,
    sheet: at.sheet,
    cell,
    row: rowNumber,
    column: col === undefined ? null : columnLetters(col),
    key: at.key,
    rule: rule.id,
    severity: rule.severity,
    message: say(said, placeText(place)),
    words: said,
  };
}

function toFinding(rule: Rule, draft: Draft): Finding {
  const { row, key } = draft;
  return rowFinding(rule, { file: row.file, sheet: row.sheet, rowNumber: row.rowNumber, col: columnFor(row, key), key }, draft.words);
}

function sheetFinding(rule: SheetRule, draft: SheetDraft): Finding {
  const { source, row, col, key } = draft;
  const cell = row !== null && col !== null ? cellAddress(col, row) : null;
  return {
    file: source.file,
    sheet: source.sheet,
    cell,
    row,
    column: col === null ? null : columnLetters(col),
    key,
    rule: rule.id,
    severity: rule.severity,
    message: say(draft.words, placeText({ cell, row, sheet: source.sheet })),
    words: draft.words,
  };
}

/** A row can be counted only when every counted value was understood. */
const countable = (row: RegistrationRow): boolean =>
  row.year !== null && row.kind !== null && row.unit !== null && row.field !== null && row.registration !== null && row.status !== null;

export interface AnalyseOptions {
  /** The current year by the caller's clock: a year beyond next year is said when Thông tin gives no year to compare with. */
  thisYear?: number;
}

/** The rules of rows merged from several files (`scope: 'files'`), over a consolidation's merged rows. */
export function analyseMerged(rows: readonly RegistrationRow[]): Finding[] {
  return RULES.filter((rule): rule is FilesRule => rule.scope === 'files').flatMap((rule) => rule.check(rows).map((draft) => toFinding(rule, draft)));
}

/** Runs every rule over the rows read and decides which rows count. */
export function analyse(dataset: Dataset, options: AnalyseOptions = {}): Analysis {
  const ctx = { dataset, thisYear: options.thisYear };
  const rowFindings: Finding[] = [];
  const badRows = new Set<RegistrationRow>();
  const { rows } = dataset;
  const take = (rule: Rule, drafts: readonly Draft[]): void => {
    for (const draft of drafts) {
      rowFindings.push(toFinding(rule, draft));
      if (rule.severity === 'error' && COUNTED_KEYS.has(draft.key)) badRows.add(draft.row);
    }
  };
  // The row rules in one pass over the rows (rows are many, and each pass reads them all again);
  // their drafts are kept per rule, so findings come in the rule table's order as if each ran alone.
  const rowRules = RULES.filter((rule): rule is RowRule => rule.scope === 'row');
  const drafted = new Map<Rule, Draft[]>(rowRules.map((rule) => [rule, []]));
  const lists = rowRules.map((rule) => drafted.get(rule) as Draft[]);
  // Whether each row can count, noted in the same pass (while the row is at hand).
  const understood = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (countable(row)) understood[i] = 1;
    for (let r = 0; r < rowRules.length; r++) {
      const drafts = rowRules[r].check(row, ctx);
      for (let d = 0; d < drafts.length; d++) lists[r].push(drafts[d]);
    }
  }
  for (const rule of RULES) {
    // The Khối Dân vận rules look at other rows (analyseKhoi); the files' rules at a consolidation's (analyseMerged).
    if (rule.scope === 'khoi' || rule.scope === 'files') continue;
    if (rule.scope === 'sheet') {
      for (const source of dataset.sources) for (const draft of rule.check(source, ctx)) rowFindings.push(sheetFinding(rule, draft));
    } else take(rule, rule.scope === 'row' ? (drafted.get(rule) as Draft[]) : rule.check(rows, ctx));
  }
  // Sheet order of the sources, then row, then column (A before AA): each finding's place worked out once.
  const order = new Map(dataset.sources.map((s, i) => [`${s.file ?? ''}\u0000${s.sheet}`, i]));
  const placed = rowFindings.map((f) => ({
    f,
    position: order.get(`${f.file ?? ''}\u0000${f.sheet ?? ''}`) ?? -1,
    row: f.row ?? 0,
    column: f.column ?? '',
  }));
  placed.sort(
    (a, b) => a.position - b.position || a.row - b.row || a.column.length - b.column.length || (a.column === b.column ? 0 : a.column.localeCompare(b.column)),
  );
  const counted: RegistrationRow[] = [];
  for (let i = 0; i < rows.length; i++) if (understood[i] === 1 && (badRows.size === 0 || !badRows.has(rows[i]))) counted.push(rows[i]);
  const findings = dataset.readFindings.slice();
  for (const p of placed) findings.push(p.f);
  return {
    findings,
    counted,
    excluded: rows.length - counted.length,
  };
}
