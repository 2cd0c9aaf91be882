import type { WorkbookGrids } from '../engine';
import type { LoadFailure } from './xlsx/checked-package';

/** A file the clerk picked: its name, its bytes and its date (the file system's, when known). */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  lastModified: Date | null;
}

export type WorkbookFile =
  | { ok: true; name: string; grids: WorkbookGrids; modified: Date | null; fileDate: Date | null }
  | { ok: false; name: string; failure: LoadFailure };

/** The reader (zip checks and sheet parser) comes in its own chunk, fetched the first time a file is read. */
const reader = () => import(/* webpackChunkName: "xlsx" */ './xlsx/read-file-grids');

/** Reads a picked .xlsx file in the page (nothing is uploaded); a file that cannot be read is a value saying why. */
export async function readWorkbookFile(file: PickedFile): Promise<WorkbookFile> {
  const { readFileGrids } = await reader();
  const read = await readFileGrids(file.bytes, file.name);
  if (!read.ok) return { ok: false, name: file.name, failure: read };
  return { ok: true, name: file.name, grids: read.grids, modified: read.modified, fileDate: file.lastModified };
}
