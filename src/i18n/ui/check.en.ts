import type { checkVi } from './check.vi';
import { plural } from '../plural';

type N = string;

/** The task pane's Kiểm tra strings (English), the same keys as `checkVi`. */
export const checkEn: typeof checkVi = {
  heading: 'Check the registrations',
  intro: 'Checks the whole registration sheet against the standard workbook’s rules. Click a result to go to its cell.',
  run: 'Check again',
  running: 'Checking…',
  resultsLabel: 'Check results',
  summary: (p: { rows: N; errors: N; warnings: N; infos: N }) =>
    `Checked ${plural(p.rows, 'row')}: ${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')}, ${plural(p.infos, 'note')}.`,
  excluded: (p: { count: N }) =>
    p.count === '1'
      ? '1 row has an error in a counted column and is left out of the counts.'
      : `${p.count} rows have an error in a counted column and are left out of the counts.`,
  clean: 'No errors or warnings: the workbook is ready to summarise.',
  group: (p: { label: string; count: N }) => `${p.label} (${p.count})`,
  showMore: (p: { count: N }) => `Show ${p.count} more`,
  mark: 'Mark cells with problems',
  markHint: 'Colours the cells with errors and warnings; the workbook’s own formatting is kept.',
  marksUnsupported: 'This version of Excel does not let the task pane colour cells (ExcelApi 1.6 needed). Use the list below to go to each cell.',
  clearMarks: 'Remove marks',
  marking: 'Marking cells…',
  marked: (p: { count: N }) => `Marked ${plural(p.count, 'cell')}.`,
  cleared: 'Marks removed.',
  unknownUnits: {
    line: (p: { unit: string; rows: N }) => `“${p.unit}”: ${plural(p.rows, 'row')}`,
    similar: (p: { names: string }) => `Similar: ${p.names}.`,
    noSimilar: 'Danh mục has no similar name.',
    goTo: (p: { unit: string }) => `Go to the first row naming “${p.unit}”`,
    asOtherName: (p: { unit: string }) => `Another name of “${p.unit}”`,
    add: 'Add to Danh mục',
    addLabel: (p: { unit: string }) => `Add “${p.unit}” to Danh mục`,
    undo: 'Undo the Danh mục change',
    writing: 'Writing Danh mục…',
    added: (p: { unit: string; sheet: string }) => `Added “${p.unit}” to sheet “${p.sheet}”.`,
    recorded: (p: { alias: string; unit: string }) => `Recorded “${p.alias}” as another name of “${p.unit}” in Danh mục.`,
    already: 'Danh mục already has this name; nothing written.',
    undone: 'Undid the Danh mục change.',
    changed: 'Not undone: Danh mục was edited since. Correct it on the sheet.',
  },
};
