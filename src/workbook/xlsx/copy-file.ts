import type { SheetGrid } from '../../engine';
import { checkedPackage, type CheckedFile, type LoadOptions } from './checked-package';
import { openPackageCopy, type PackageCopy } from './package-copy';

/** The file checked as when it was read; null when it no longer passes (changed on disk since). */
export async function checkedFile(bytes: Uint8Array, options: LoadOptions = {}): Promise<CheckedFile | null> {
  try {
    const checked = await checkedPackage(bytes, options);
    return checked.ok ? checked : null;
  } catch {
    return null;
  }
}

/**
 * A file's bytes opened for a package-level copy with the software's sheets written anew
 * (package-copy.ts); `sheets` are its grids as read. Null when it no longer passes or lacks a workbook's parts.
 */
export async function copyOfFile(bytes: Uint8Array, sheets: readonly SheetGrid[], options: LoadOptions = {}): Promise<PackageCopy | null> {
  const file = await checkedFile(bytes, options);
  return file && openPackageCopy(file, sheets);
}
