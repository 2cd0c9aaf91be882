import { fingerprint, type Grid } from '../engine';
import type { SheetContent } from './sheet-content';
import type { SheetStore } from './workbook';

/**
 * The record of what the software last wrote on its own sheets, kept in the workbook itself
 * (a very hidden sheet) so the task pane and the command line share it.
 */
export const RECORD_SHEET = 'DVK_GhiNhan';
const RECORD_HEADER = ['Trang', 'Dấu kiểm', 'Ghi lúc', 'Phiên bản'];
const RECORD_VERSION = 1;

export type OwnedState = 'absent' | 'unchanged' | 'edited';

export async function readRecord(port: SheetStore): Promise<Map<string, string>> {
  const names = await port.sheetNames();
  if (!names.includes(RECORD_SHEET)) return new Map();
  const grid = await port.readSheet(RECORD_SHEET);
  return new Map(
    grid
      .slice(1)
      .filter((r) => r[0] && r[1])
      .map((r) => [String(r[0]), String(r[1])]),
  );
}

const isBlank = (grid: Grid): boolean => grid.every((row) => row.every((v) => v === null || v === undefined || v === ''));

/** Whether a sheet the software writes still holds what it wrote (or is absent or empty). */
export async function ownedSheetState(port: SheetStore, name: string, record: Map<string, string>): Promise<OwnedState> {
  if (!(await port.sheetNames()).includes(name)) return 'absent';
  const grid = await port.readSheet(name);
  if (isBlank(grid)) return 'absent';
  return record.get(name) === fingerprint(grid) ? 'unchanged' : 'edited';
}

export type OwnedWriteResult =
  | {
      ok: true;
      /** Retired sheets removed: the software wrote them and nobody edited them since (or they are empty). */
      removed: string[];
      /** Retired sheets left in place because they were edited by hand. */
      kept: string[];
    }
  | { ok: false; edited: string[] };

/**
 * Writes the software's sheets and the record, unless one of them was edited by hand since the
 * last write and `force` is not given: then nothing is written at all. Sheets of an earlier
 * layout (`retire`, e.g. v1's `Tổng hợp`) are then removed when unedited, left and named when edited.
 */
export async function writeOwnedSheets(
  port: SheetStore,
  contents: readonly SheetContent[],
  options: { force?: boolean; writtenAt: string; retire?: readonly string[] },
): Promise<OwnedWriteResult> {
  const record = await readRecord(port);
  const edited: string[] = [];
  for (const content of contents) {
    if ((await ownedSheetState(port, content.name, record)) === 'edited') edited.push(content.name);
  }
  if (edited.length > 0 && !options.force) return { ok: false, edited };
  for (const content of contents) {
    await port.writeSheet(content);
    record.set(content.name, fingerprint(content.values));
  }
  const removed: string[] = [];
  const kept: string[] = [];
  const names = await port.sheetNames();
  for (const name of options.retire ?? []) {
    if (!names.includes(name)) continue;
    const state = await ownedSheetState(port, name, record);
    // A sheet the software never recorded and that holds something is the clerk's own.
    if (state === 'edited') kept.push(name);
    else {
      await port.deleteSheet(name);
      record.delete(name);
      removed.push(name);
    }
  }
  await port.writeSheet({
    name: RECORD_SHEET,
    values: [RECORD_HEADER, ...[...record].map(([sheet, print]) => [sheet, print, options.writtenAt, RECORD_VERSION])],
    styles: [],
    merges: [],
    columnWidths: [16, 20, 26, 10],
    visibility: 'veryHidden',
  });
  return { ok: true, removed, kept };
}
