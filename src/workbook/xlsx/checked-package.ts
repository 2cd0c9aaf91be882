/** The first steps of reading an .xlsx: what kind of file it is, and the zip guard's checks. Browser-safe. */
import { inflaterFor, type Inflater } from './inflate-part';
import { XLSX_LIMITS, type XlsxLimits } from './limits';
import type { StrippedPart } from './oversized-ranges';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import { guardZip, type LimitFailure } from './zip-guard';

export type UnreadableReason = 'notXlsx' | 'oldXls' | 'encrypted' | 'corrupt' | LimitFailure['reason'];
/** What a copy of the file would not carry over unchanged (parts cut before parsing included). */
export type LossyPart = 'charts' | 'pivotTables' | 'images' | 'macros' | StrippedPart;

/** Why a file was not opened; the limit reasons carry the numbers their messages name (see unreadable-problem.ts). */
export type LoadFailure = { ok: false; reason: 'notXlsx' | 'oldXls' | 'encrypted' | 'corrupt' } | LimitFailure;

export interface LoadOptions {
  /** Bounds other than the defaults (tests lower them to keep hostile files small). */
  limits?: Partial<XlsxLimits>;
  /** How parts are inflated for the checks; the CLI passes Node's zlib (`node/zlib-inflate.ts`). */
  inflater?: (bytes: Uint8Array) => Inflater;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** `EncryptedPackage` as UTF-16LE, the name of the stream an encrypted .xlsx keeps its content in. */
const ENCRYPTED_MARKER = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, marker: number[]): boolean {
  outer: for (let i = bytes.indexOf(marker[0]); i >= 0 && i <= bytes.length - marker.length; i = bytes.indexOf(marker[0], i + 1)) {
    for (let j = 1; j < marker.length; j++) if (bytes[i + j] !== marker[j]) continue outer;
    return true;
  }
  return false;
}

/** An encrypted .xlsx is an OLE container with an `EncryptedPackage` stream; any other OLE file is an old .xls. Browser-safe (no Buffer). */
function oleKind(bytes: Uint8Array): 'encrypted' | 'oldXls' {
  return contains(bytes, ENCRYPTED_MARKER) ? 'encrypted' : 'oldXls';
}

const LOSSY_PARTS: Array<[LossyPart, RegExp]> = [
  ['charts', /^xl\/charts\//],
  ['pivotTables', /^xl\/pivot(Tables|Cache)\//],
  ['images', /^xl\/(media|drawings)\//],
  ['macros', /^xl\/vbaProject\.bin$/],
];

/**
 * The bytes checked and, where a part had to be cut or made plain, rewritten; their zip directory and an
 * inflater for them (what the reader and the copies work from); what a copy of it would not carry over.
 */
export type CheckedPackage = { ok: true; bytes: Uint8Array; entries: ZipEntry[]; inflater: Inflater; lossy: LossyPart[] } | LoadFailure;

/** A package that passed the checks: what the reader and the package-level copies work from. */
export type CheckedFile = Extract<CheckedPackage, { ok: true }>;

export async function checkedPackage(bytes: Uint8Array, options: LoadOptions): Promise<CheckedPackage> {
  if (startsWith(bytes, OLE)) return { ok: false, reason: oleKind(bytes) };
  if (!startsWith(bytes, ZIP)) return { ok: false, reason: 'notXlsx' };
  let checked: Awaited<ReturnType<typeof guardZip>>;
  try {
    checked = await guardZip(bytes, { ...XLSX_LIMITS, ...options.limits }, options.inflater?.(bytes));
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!checked.ok) return checked;
  const { names } = checked;
  const lossy: LossyPart[] = LOSSY_PARTS.filter(([, pattern]) => names.some((n) => pattern.test(n))).map(([part]) => part);
  lossy.push(...checked.stripped);
  const directory = readZipDirectory(checked.bytes, { ...XLSX_LIMITS, ...options.limits }.parts);
  if (!directory) return { ok: false, reason: 'corrupt' };
  const inflater = options.inflater?.(checked.bytes) ?? inflaterFor(checked.bytes);
  return { ok: true, bytes: checked.bytes, entries: directory.entries, inflater, lossy };
}

/** A part the zip guard cut from the file (a copy of the package would carry the cut form). */
export const isStripped = (part: LossyPart): part is StrippedPart => !LOSSY_PARTS.some(([kept]) => kept === part);
