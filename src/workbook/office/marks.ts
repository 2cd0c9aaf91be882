import type { Severity } from '../../engine';
import type { CellMark } from '../workbook';
import { rangeAddress } from './addresses';
import { API, type Supports } from './capabilities';
import { ACTION_BYTES, Batch } from './payload';

/**
 * Marking bad cells with conditional formats (ExcelApi 1.6), which lie over the cells without
 * changing the clerk's own fill, font or borders.
 *
 * Each mark is a custom conditional format whose always-true formula carries a tag,
 * `=N("DVK-dau:error")=0`. The tag is how `clearMarks` knows its own formats from the clerk's: it
 * lives in the workbook with the format itself, so it survives a reload of the pane, saving and
 * reopening the file, and a second pane or computer; nothing is kept in memory or in named items.
 * A conditional format the clerk added never carries the tag and is never touched.
 */
export const MARK_TAG = 'DVK-dau';
export const markFormula = (severity: Severity): string => `=N("${MARK_TAG}:${severity}")=0`;
export const isMarkFormula = (formula: string | null | undefined): boolean => (formula ?? '').includes(`"${MARK_TAG}:`);

/** Light fills: red for errors, yellow for warnings (Excel's own "light red" and "yellow" fills), blue for notes. */
export const MARK_FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Replaces this software's marks on a sheet (3 syncs, more only past 4 MB of formats). Nothing without 1.6. */
export async function markCells(context: Excel.RequestContext, sheetName: string, marks: readonly CellMark[], supports: Supports): Promise<void> {
  if (!supports(API.conditionalFormats)) return;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const batch = new Batch(context);
  await deleteOwn(sheet, context, batch);
  for (const run of markRuns(marks)) {
    await batch.actions(5);
    const format = sheet.getRange(rangeAddress(run.row - 1, run.col, run.rows, 1)).conditionalFormats.add('Custom');
    format.custom.rule.formula = markFormula(run.severity);
    format.custom.format.fill.color = MARK_FILL[run.severity];
  }
  await batch.sync();
}

/** Removes exactly the conditional formats this software added (3 syncs). Nothing without 1.6. */
export async function clearMarks(context: Excel.RequestContext, sheetName: string, supports: Supports): Promise<void> {
  if (!supports(API.conditionalFormats)) return;
  const batch = new Batch(context);
  await deleteOwn(context.workbook.worksheets.getItem(sheetName), context, batch);
  await batch.sync();
}

/** Finds the tagged conditional formats (2 syncs: their types, then the custom ones' formulas; 1 when none is custom) and queues their deletion. */
async function deleteOwn(sheet: Excel.Worksheet, context: Excel.RequestContext, batch: Batch): Promise<void> {
  const formats = sheet.getRange().conditionalFormats;
  formats.load('items/type');
  await context.sync();
  const custom = formats.items.filter((f) => f.type === 'Custom');
  if (custom.length === 0) return;
  for (const f of custom) f.custom.rule.load('formula');
  await context.sync();
  for (const f of custom) {
    if (!isMarkFormula(f.custom.rule.formula)) continue;
    await batch.room(ACTION_BYTES);
    f.delete();
  }
}

interface Run {
  /** 1-based first row. */
  row: number;
  rows: number;
  col: number;
  severity: Severity;
}

/** One mark per cell (the most severe), joined into runs down a column so a long list needs few formats. */
export function markRuns(marks: readonly CellMark[]): Run[] {
  const worst = new Map<string, CellMark>();
  for (const m of marks) {
    const key = `${m.col}:${m.row}`;
    const seen = worst.get(key);
    if (!seen || RANK[m.severity] > RANK[seen.severity]) worst.set(key, m);
  }
  const sorted = [...worst.values()].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Run[] = [];
  for (const m of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === m.col && last.severity === m.severity && last.row + last.rows === m.row) last.rows++;
    else runs.push({ row: m.row, rows: 1, col: m.col, severity: m.severity });
  }
  return runs;
}
