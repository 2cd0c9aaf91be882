import type { SheetContent } from '../sheet-content';
import { sameName } from './addresses';
import { API, type Supports } from './capabilities';
import { Batch } from './payload';
import { formatSheet, pageSetup } from './sheet-format';
import { writeValues } from './write-values';

/** Temporary sheets are named with this prefix (tab names are at most 31 characters). */
export const TEMP_PREFIX = 'DVK_tam_';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/**
 * Replaces (or creates) a sheet with nothing half-written: the new sheet is built, hidden, under a
 * temporary name; only the last sync deletes the old sheet and renames the new one into its place
 * and tab position. Round trips: 1 to list the sheets, then one per 4 MB of request (values, then
 * formats), the last one also swapping the sheets, and one for the print set-up where there is one;
 * so 2 or 3 whatever the number of rows. On failure the temporary sheet is removed and the workbook
 * is as it was; the error is rethrown.
 */
export async function writeSheet(context: Excel.RequestContext, content: SheetContent, supports: Supports): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position,items/visibility');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();
  const names = new Set(worksheets.items.map((ws) => ws.name));
  const old = worksheets.items.find((ws) => sameName(ws.name, content.name));
  const oldVisibility = old?.visibility;
  const tempName = freeName(names);
  let temp: Excel.Worksheet;
  try {
    const batch = new Batch(context);
    await batch.actions(2);
    temp = worksheets.add(tempName);
    temp.visibility = 'Hidden';
    await writeValues(temp, 0, 0, content.values, batch);
    await formatSheet(temp, content, batch, supports);
    await batch.actions(6);
    // Made visible first: a workbook must keep one visible sheet when the old one goes.
    temp.visibility = VISIBILITY[content.visibility ?? 'visible'];
    if (old) {
      // Excel refuses to delete a very hidden sheet.
      if (old.visibility === 'VeryHidden') old.visibility = 'Hidden';
      old.delete();
    }
    temp.name = content.name;
    if (old) temp.position = old.position;
    if (old && sameName(active.name, content.name) && content.visibility !== 'hidden' && content.visibility !== 'veryHidden') temp.activate();
    await batch.sync();
  } catch (error) {
    await restore(context, tempName, content, oldVisibility).catch(() => undefined);
    throw error;
  }
  if (content.page && supports(API.pageLayout)) await pageSetup(context, temp, content.page);
}

function freeName(names: Set<string>): string {
  for (let n = Date.now() % 1_000_000; ; n++) {
    const name = `${TEMP_PREFIX}${n.toString(36)}`;
    if (!names.has(name)) return name;
  }
}

/**
 * After a failure: deletes the temporary sheet and gives the old one back its visibility; unless the
 * old sheet is already gone (the failure came after deleting it): then the complete new sheet takes
 * its name rather than lose both.
 */
async function restore(context: Excel.RequestContext, tempName: string, content: SheetContent, oldVisibility?: string): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const temp = worksheets.items.find((ws) => ws.name === tempName);
  const old = worksheets.items.find((ws) => sameName(ws.name, content.name));
  if (old && oldVisibility === 'VeryHidden' && old.visibility !== 'VeryHidden') old.visibility = 'VeryHidden';
  if (temp && old) {
    if (temp.visibility === 'VeryHidden') temp.visibility = 'Hidden';
    temp.delete();
  } else if (temp) {
    temp.visibility = VISIBILITY[content.visibility ?? 'visible'];
    temp.name = content.name;
  }
  await context.sync();
}
