import type { SheetContent } from '../sheet-content';
import { sameName } from './addresses';
import { API, type Supports } from './capabilities';
import { Batch } from './payload';
import { applyNiceties, formatSheet } from './sheet-format';
import { writeValues } from './write-values';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/**
 * Writes a software-owned sheet **in place**: an existing sheet is cleared (values, formats, merges,
 * dropdowns, marks) and written again; a missing one is added at the end. A sheet is never deleted:
 * Excel turns every reference to a deleted sheet (a dropdown's source, a clerk's formula, a defined
 * name, a chart) into `#REF!` for good, and giving another sheet the name does not bring them back.
 *
 * Round trips: 1 to list the sheets, then one per 3.5 MB of request (clearing, values, merges,
 * formats and dropdowns), then one for the niceties (widths, heights, frozen rows, print set-up),
 * guarded: if Excel refuses one of them the written sheet stands. What Excel reports is rethrown (a
 * failure mid-way leaves the sheet partly written; the record of owned sheets then no longer matches,
 * so the next write asks first).
 *
 * Hiding a sheet needs ExcelApi 1.2; on 1.1 a sheet meant to be hidden is written visible (the pane
 * says so through `Capabilities.hideSheets`).
 */
export async function writeSheet(context: Excel.RequestContext, content: SheetContent, supports: Supports): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const existing = worksheets.items.find((ws) => sameName(ws.name, content.name));
  const batch = new Batch(context);
  await batch.actions(8);
  const sheet = existing ?? worksheets.add(content.name);
  if (existing) clearSheet(sheet, supports);
  const visibility = content.visibility ?? 'visible';
  // A new sheet is made visible by Excel; an existing one keeps its visibility unless told otherwise.
  if (supports(API.hideSheets) && (visibility !== 'visible' || existing)) sheet.visibility = VISIBILITY[visibility];
  await writeValues(sheet, 0, 0, content.values, batch);
  await formatSheet(sheet, content, batch, supports);
  await batch.sync();
  await applyNiceties(context, sheet, content, supports);
}

/** Everything a previous write (or a clerk) left on the sheet, gone; the sheet itself and references to it stay. */
function clearSheet(sheet: Excel.Worksheet, supports: Supports): void {
  const all = sheet.getRange();
  if (supports(API.merges)) all.unmerge();
  all.clear('All');
  if (supports(API.dataValidation)) all.dataValidation.clear();
  if (supports(API.conditionalFormats)) all.conditionalFormats.clearAll();
  if (supports(API.sizes)) {
    all.format.useStandardWidth = true;
    all.format.useStandardHeight = true;
  }
  if (supports(API.freezePanes)) sheet.freezePanes.unfreeze();
}
