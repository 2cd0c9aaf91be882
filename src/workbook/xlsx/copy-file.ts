import type { SheetGrid } from '../../engine';
import { checkedPackage, type LoadOptions } from './checked-package';
import { inflaterFor } from './inflate-part';
import { XLSX_LIMITS } from './limits';
import { openPackageCopy, type PackageCopy } from './package-copy';
import { readZipDirectory } from './zip-directory';

/**
 * A file's bytes opened for a package-level copy (package-copy.ts), checked as when it was read;
 * `sheets` are its grids as read. Null when it no longer passes (changed on disk since) or lacks a workbook's parts.
 */
export async function copyOfFile(bytes: Uint8Array, sheets: readonly SheetGrid[], options: LoadOptions = {}): Promise<PackageCopy | null> {
  try {
    const checked = await checkedPackage(bytes, options);
    if (!checked.ok) return null;
    const directory = readZipDirectory(checked.bytes, { ...XLSX_LIMITS, ...options.limits }.parts);
    const inflater = options.inflater?.(checked.bytes) ?? inflaterFor(checked.bytes);
    return directory && (await openPackageCopy(checked.bytes, directory.entries, inflater, sheets));
  } catch {
    return null;
  }
}
