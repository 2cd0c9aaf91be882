/**
 * A picked file's bytes to grids, in the browser or Node, without exceljs: the zip guard's checks,
 * then every sheet read as it is inflated (package-grids.ts).
 */
import type { WorkbookGrids } from '../../engine';
import { checkedPackage, type LoadFailure, type LoadOptions, type LossyPart } from './checked-package';
import { packageGrids } from './package-grids';

export type FileGrids =
  | {
      ok: true;
      grids: WorkbookGrids;
      /** The workbook's own modified date (its document properties), when it holds a valid one. */
      modified: Date | null;
      /** What a copy of the file written by exceljs would not carry over. */
      lossy: LossyPart[];
    }
  | LoadFailure;

export async function readFileGrids(bytes: Uint8Array, name?: string, options: LoadOptions = {}): Promise<FileGrids> {
  try {
    const checked = await checkedPackage(bytes, options);
    if (!checked.ok) return checked;
    const read = await packageGrids(checked.entries, checked.inflater);
    if (!read) return { ok: false, reason: 'corrupt' };
    return { ok: true, grids: { file: name, sheets: read.sheets }, modified: read.modified, lossy: checked.lossy };
  } catch {
    // Each step reports bad files as values; anything thrown past them is a file none could even classify.
    return { ok: false, reason: 'corrupt' };
  }
}
