import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding, WorkbookGrids } from '../engine';
import type { LossyPart } from '../workbook/xlsx/checked-package';
import { readFileGrids } from '../workbook/xlsx/read-file-grids';
import type { CheckedFile } from '../workbook/xlsx/checked-package';
import { checkedFile, copyOfFile } from '../workbook/xlsx/copy-file';
import type { PackageCopy } from '../workbook/xlsx/package-copy';
import { zlibInflater } from '../workbook/xlsx/node/zlib-inflate';
import { XLSX_LIMITS } from '../workbook/xlsx/limits';
import { unreadableProblem, type FileFailure } from '../workbook/xlsx/unreadable-problem';
import type { CliIO } from './io';
import { both } from './messages';

export interface LoadedFile {
  file: string;
  absolute: string;
  grids: WorkbookGrids;
  /** The workbook's own modified date (document properties), when it has a valid one. */
  modified: Date | null;
  /** What a copy written by exceljs would not carry over. */
  lossy: LossyPart[];
}

export interface LoadedSet {
  files: LoadedFile[];
  /** One `unreadable-file` finding per file that could not be read at all. */
  unreadable: Finding[];
}

/**
 * Reads one file: only a regular file (a device such as /dev/zero, a pipe or a folder would be read
 * without end), followed through links (a loop is said), its size checked before a byte is read.
 */
async function loadOne(file: string, cwd: string): Promise<LoadedFile | FileFailure> {
  const absolute = path.resolve(cwd, file);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => (error.code === 'ELOOP' ? ('loop' as const) : null));
  if (info === 'loop') return { reason: 'linkLoop' };
  if (!info) return { reason: 'missing' };
  if (!info.isFile()) return { reason: 'notFile' };
  if (info.size > FILE_LIMIT) return { reason: 'fileTooLarge', bytes: info.size, limit: FILE_LIMIT };
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch {
    return { reason: 'missing' };
  }
  const read = await readFileGrids(bytes, file, { inflater: zlibInflater });
  if (!read.ok) return read;
  return { file, absolute, grids: read.grids, modified: read.modified, lossy: read.lossy };
}

/** A file already read, opened for a copy with the software's sheets written anew (read again from disk). */
export async function copyOf(file: LoadedFile): Promise<PackageCopy | null> {
  const bytes = await readFile(file.absolute).catch(() => null);
  return bytes && copyOfFile(bytes, file.grids.sheets, { inflater: zlibInflater });
}

/** A file already read, checked again from disk for a package-level copy of it (fix-encoding). */
export async function checkedOf(file: LoadedFile): Promise<CheckedFile | null> {
  const bytes = await readFile(file.absolute).catch(() => null);
  return bytes && checkedFile(bytes, { inflater: zlibInflater });
}

const WILDCARD = /[*?]/;

/** A file-name pattern (`*.xlsx`, `don-vi-?.xlsx`) as a regular expression; case-insensitive, as Windows names are. */
function patternOf(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

const isWorkbookName = (name: string): boolean => !name.startsWith('~$') && !name.startsWith('.');

/** A folder's entry that may be a workbook: a file, or a link (to a file, or a loop said when read). */
const fileLike = (e: { isFile(): boolean; isSymbolicLink(): boolean }): boolean => e.isFile() || e.isSymbolicLink();

/** No workbook file is larger than what its parts may hold once unpacked. */
const FILE_LIMIT = XLSX_LIMITS.totalBytes;

/**
 * Files as given, directories as their .xlsx files (sorted, not recursive, without Excel's `~$` lock
 * files), and a quoted wildcard in the file name (`"don-vi/*.xlsx"`: Windows shells do not expand it)
 * as the files of that folder it matches; a pattern matching nothing stays as given (then reported).
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const info = await stat(path.resolve(cwd, arg)).catch(() => null);
    if (!info && WILDCARD.test(path.basename(arg)) && !WILDCARD.test(path.dirname(arg))) {
      const dir = path.dirname(arg);
      const pattern = patternOf(path.basename(arg));
      const entries = await readdir(path.resolve(cwd, dir), { withFileTypes: true }).catch(() => []);
      const names = entries
        .filter((e) => fileLike(e) && pattern.test(e.name) && isWorkbookName(e.name))
        .map((e) => e.name)
        .sort();
      files.push(...(names.length > 0 ? names.map((name) => (dir === '.' && !arg.startsWith('.') ? name : path.join(dir, name))) : [arg]));
      continue;
    }
    if (!info?.isDirectory()) {
      files.push(arg);
      continue;
    }
    const names = (await readdir(path.resolve(cwd, arg), { withFileTypes: true }))
      .filter((e) => fileLike(e) && /\.xlsx$/i.test(e.name) && isWorkbookName(e.name))
      .map((e) => e.name)
      .sort();
    files.push(...names.map((name) => path.join(arg, name)));
  }
  return files;
}

/** Reads every file (a folder: its .xlsx files); a file that cannot be read is reported (one line, Vietnamese and English) and skipped. */
export async function loadFiles(files: readonly string[], io: CliIO): Promise<LoadedSet> {
  const set: LoadedSet = { files: [], unreadable: [] };
  for (const file of await expandInputs(files, io.cwd)) {
    const result = await loadOne(file, io.cwd);
    if ('grids' in result) {
      set.files.push(result);
      continue;
    }
    const line = both((m) => m.unreadable.line({ file, problem: unreadableProblem(m, result) }));
    io.err(line);
    set.unreadable.push({
      file,
      sheet: null,
      cell: null,
      row: null,
      column: null,
      key: null,
      rule: 'unreadable-file',
      severity: 'error',
      message: line,
    });
  }
  return set;
}
