import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export type UnreadableReason = 'notXlsx' | 'oldXls' | 'encrypted' | 'corrupt';
/** What an exceljs copy of the file would not carry over unchanged. */
export type LossyPart = 'charts' | 'pivotTables' | 'images' | 'macros';

export type LoadResult =
  | { ok: true; workbook: ExcelJS.Workbook; lossy: LossyPart[] }
  | { ok: false; reason: UnreadableReason };

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
function oleKind(bytes: Uint8Array): UnreadableReason {
  return contains(bytes, ENCRYPTED_MARKER) ? 'encrypted' : 'oldXls';
}

const LOSSY_PARTS: Array<[LossyPart, RegExp]> = [
  ['charts', /^xl\/charts\//],
  ['pivotTables', /^xl\/pivot(Tables|Cache)\//],
  ['images', /^xl\/(media|drawings)\//],
  ['macros', /^xl\/vbaProject\.bin$/],
];

/** Opens .xlsx bytes; problems with the file are values, never exceptions. */
export async function loadXlsx(bytes: Uint8Array): Promise<LoadResult> {
  if (startsWith(bytes, OLE)) return { ok: false, reason: oleKind(bytes) };
  if (!startsWith(bytes, ZIP)) return { ok: false, reason: 'notXlsx' };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!zip.file('xl/workbook.xml')) return { ok: false, reason: 'notXlsx' };
  const names = Object.keys(zip.files);
  const lossy = LOSSY_PARTS.filter(([, pattern]) => names.some((n) => pattern.test(n))).map(([part]) => part);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  return { ok: true, workbook, lossy };
}
