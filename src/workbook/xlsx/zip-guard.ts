/**
 * The checks an .xlsx passes before exceljs parses it. exceljs inflates every part whole and trusts
 * it: a zip bomb, a header that lies about a part's size, thousands of sheets, a sheet of millions of
 * rows or a validation over whole columns would exhaust memory or hang. Here the central directory is
 * read first (declared sizes), then each part is inflated as a stream that stops as soon as it
 * outgrows its declared size, counting sheet rows on the way. Browser-safe (Uint8Array, no Buffer).
 */
import JSZip from 'jszip';
import type { XlsxLimits } from './limits';
import { needsRewrite, rewriteSheet, type StrippedPart } from './oversized-ranges';
import { sheetScanner, type SheetScanner } from './sheet-scan';
import { sheetParts, sheetTags } from './workbook-parts';
import { readZipDirectory, type ZipEntry } from './zip-directory';

/** A file refused for what it would cost to read, with the numbers its message names. */
export type LimitFailure =
  | { ok: false; reason: 'tooLarge'; part: string | null; bytes: number; limit: number }
  | { ok: false; reason: 'zipBomb'; part: string; ratio: number; limit: number }
  | { ok: false; reason: 'tooManyParts'; count: number; limit: number }
  | { ok: false; reason: 'tooManySheets'; count: number; limit: number }
  | { ok: false; reason: 'tooManyRows'; sheet: string; count: number; limit: number };

export type GuardResult =
  | { ok: true; zip: JSZip; changed: boolean; stripped: StrippedPart[] }
  | LimitFailure
  | { ok: false; reason: 'corrupt' | 'notXlsx' };

type ZipObjectStream = JSZip.JSZipObject & { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };

/**
 * Inflates a part without keeping it, stopping once it outgrows `limit`: its size, or null when it
 * outgrew the limit, was broken, or (with a declared size) came out a different size.
 */
function inflateWithin(file: JSZip.JSZipObject, limit: number, declared: boolean, scanner?: SheetScanner): Promise<number | null> {
  return new Promise((resolve) => {
    let size = 0;
    const stream = (file as ZipObjectStream).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          resolve(null);
          return;
        }
        scanner?.push(chunk);
      })
      .on('error', () => resolve(null))
      .on('end', () => resolve(declared && size !== limit ? null : size));
    stream.resume();
  });
}

function sizeFailure(entries: ZipEntry[], limits: XlsxLimits): LimitFailure | null {
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.totalBytes) return { ok: false, reason: 'tooLarge', part: null, bytes: total, limit: limits.totalBytes };
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.partBytes) {
      return { ok: false, reason: 'tooLarge', part: entry.name, bytes: entry.uncompressedSize, limit: limits.partBytes };
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFromBytes && ratio > limits.ratio) {
      return { ok: false, reason: 'zipBomb', part: entry.name, ratio: Math.round(ratio), limit: limits.ratio };
    }
  }
  return null;
}

async function text(zip: JSZip, entries: Map<string, ZipEntry>, name: string): Promise<string | null> {
  const file = zip.file(name);
  const entry = entries.get(name);
  if (!file || !entry || (await inflateWithin(file, entry.uncompressedSize, true)) === null) return null;
  return file.async('string');
}

export async function guardZip(bytes: Uint8Array, limits: XlsxLimits): Promise<GuardResult> {
  const directory = readZipDirectory(bytes, limits.parts);
  if (!directory) return { ok: false, reason: 'corrupt' };
  if (directory.count > limits.parts) return { ok: false, reason: 'tooManyParts', count: directory.count, limit: limits.parts };
  const declared = sizeFailure(directory.entries, limits);
  if (declared) return declared;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const entries = new Map(directory.entries.map((e) => [e.name, e]));
  if (!zip.file('xl/workbook.xml')) return { ok: false, reason: 'notXlsx' };
  const workbookXml = await text(zip, entries, 'xl/workbook.xml');
  const relsXml = await text(zip, entries, 'xl/_rels/workbook.xml.rels');
  if (workbookXml === null || relsXml === null) return { ok: false, reason: 'corrupt' };
  const sheetCount = sheetTags(workbookXml).length;
  if (sheetCount > limits.sheets) return { ok: false, reason: 'tooManySheets', count: sheetCount, limit: limits.sheets };

  const sheets = new Map(sheetParts(workbookXml, relsXml).map((s) => [s.path, s.name]));
  const rewrite: string[] = [];
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    // A name JSZip decodes differently from the directory's bytes is held to the per-part bound instead.
    const entry = entries.get(file.name);
    const limit = entry ? entry.uncompressedSize : Math.min(limits.partBytes, limits.totalBytes - total);
    const sheet = sheets.get(file.name);
    const scanner = sheet === undefined ? undefined : sheetScanner();
    const size = await inflateWithin(file, limit, entry !== undefined, scanner);
    if (size === null) return { ok: false, reason: 'corrupt' };
    total += size;
    if (sheet === undefined || !scanner) continue;
    const scan = scanner.end();
    if (scan.rows > limits.rows) return { ok: false, reason: 'tooManyRows', sheet, count: scan.rows, limit: limits.rows };
    if (needsRewrite(scan, limits)) rewrite.push(file.name);
  }

  const stripped = new Set<StrippedPart>();
  for (const name of rewrite) {
    const result = rewriteSheet(await (zip.file(name) as JSZip.JSZipObject).async('string'), limits);
    zip.file(name, result.xml);
    for (const part of result.stripped) stripped.add(part);
  }
  return { ok: true, zip, changed: rewrite.length > 0, stripped: [...stripped] };
}
