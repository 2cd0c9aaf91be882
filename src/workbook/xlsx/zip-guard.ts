/**
 * The checks an .xlsx passes before exceljs parses it. exceljs inflates every part whole and trusts
 * it: a zip bomb, a header that lies about a part's size, thousands of sheets, a sheet of millions of
 * rows or a validation over whole columns would exhaust memory or hang. Here the central directory is
 * read first (declared sizes), then each part is inflated as a stream that stops as soon as it
 * outgrows its declared size, counting sheet rows on the way. Browser-safe (Uint8Array, no Buffer).
 */
import { inflaterFor, partText, type Inflater } from './inflate-part';
import type { XlsxLimits } from './limits';
import { fitDefinedNames, needsRewrite, rewriteSheet, type StrippedPart } from './oversized-ranges';
import { needsPlain, needsRenames, normalizedPackage } from './normalize-package';
import { MAX_ROW } from './sheet-ranges';
import { sheetScanner } from './sheet-scan';
import { sheetParts, sheetTags } from './workbook-parts';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import { rewrittenPackage, type PartChange } from './zip-rewrite';

/** A file refused for what it would cost to read, with the numbers its message names. */
export type LimitFailure =
  | { ok: false; reason: 'tooLarge'; part: string | null; bytes: number; limit: number }
  | { ok: false; reason: 'zipBomb'; part: string; ratio: number; limit: number }
  | { ok: false; reason: 'tooManyParts'; count: number; limit: number }
  | { ok: false; reason: 'tooManySheets'; count: number; limit: number }
  | { ok: false; reason: 'tooManyRows'; sheet: string; count: number; limit: number }
  | { ok: false; reason: 'rowOutOfRange'; sheet: string; row: number; limit: number };

export type GuardResult =
  /** `bytes`: the file as given, or with oversized ranges cut from its sheets. */
  { ok: true; bytes: Uint8Array; names: string[]; stripped: StrippedPart[] } | LimitFailure | { ok: false; reason: 'corrupt' | 'notXlsx' };

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

export async function guardZip(bytes: Uint8Array, limits: XlsxLimits, inflater: Inflater = inflaterFor(bytes), plain = false): Promise<GuardResult> {
  const directory = readZipDirectory(bytes, limits.parts);
  if (!directory) return { ok: false, reason: 'corrupt' };
  if (directory.count > limits.parts) return { ok: false, reason: 'tooManyParts', count: directory.count, limit: limits.parts };
  const declared = sizeFailure(directory.entries, limits);
  if (declared) return declared;
  // Part names in another case, UTF-16 or prefixed XML: checked again, and read, in the plain form.
  if (!plain && needsRenames(directory.entries)) {
    const normalized = await normalizedPackage(bytes, directory.entries, inflater);
    if (normalized) return guardZip(normalized, limits, inflaterFor(normalized), true);
  }
  const entries = new Map(directory.entries.map((e) => [e.name, e]));
  if (!entries.has('xl/workbook.xml')) return { ok: false, reason: 'notXlsx' };
  const workbookXml = await partText(inflater, entries.get('xl/workbook.xml'));
  const relsXml = await partText(inflater, entries.get('xl/_rels/workbook.xml.rels'));
  if (workbookXml === null || relsXml === null) return { ok: false, reason: 'corrupt' };
  const sheetCount = sheetTags(workbookXml).length;
  if (sheetCount > limits.sheets) return { ok: false, reason: 'tooManySheets', count: sheetCount, limit: limits.sheets };

  const sheets = new Map(sheetParts(workbookXml, relsXml).map((s) => [s.path, s.name]));
  const rewrite: ZipEntry[] = [];
  const toPlain = new Set<string>();
  // Every part exceljs will inflate, inflated here first no further than its declared size.
  for (const entry of directory.entries) {
    if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue;
    const sheet = sheets.get(entry.name);
    const scanner = sheet === undefined ? undefined : sheetScanner();
    // The first chunk says whether the part is UTF-16 or prefixed XML (then the package is made plain first).
    let first = !plain && /\.xml$/i.test(entry.name);
    const size = await inflater.inflate(entry, entry.uncompressedSize, (chunk) => {
      if (first && needsPlain(chunk)) toPlain.add(entry.name);
      first = false;
      scanner?.push(chunk);
    });
    if (size !== entry.uncompressedSize) return { ok: false, reason: 'corrupt' };
    if (sheet === undefined || !scanner) continue;
    const scan = scanner.end();
    if (scan.rows > limits.rows) return { ok: false, reason: 'tooManyRows', sheet, count: scan.rows, limit: limits.rows };
    // Excel has no row past 1,048,576 (it cannot open such a file); a grid that long would take all memory.
    if (scan.lastRow > MAX_ROW) return { ok: false, reason: 'rowOutOfRange', sheet, row: scan.lastRow, limit: MAX_ROW };
    if (needsRewrite(scan, limits)) rewrite.push(entry);
  }
  if (toPlain.size > 0) {
    const normalized = await normalizedPackage(bytes, directory.entries, inflater, toPlain);
    if (normalized) return guardZip(normalized, limits, inflaterFor(normalized), true);
  }
  const names = directory.entries.map((e) => e.name);
  const fittedNames = fitDefinedNames(workbookXml, limits.validationCells);
  if (rewrite.length === 0 && fittedNames === workbookXml) return { ok: true, bytes, names, stripped: [] };

  const changes = new Map<string, PartChange>();
  const stripped = new Set<StrippedPart>();
  if (fittedNames !== workbookXml) {
    changes.set('xl/workbook.xml', { name: 'xl/workbook.xml', data: fittedNames });
    stripped.add('definedNames');
  }
  for (const entry of rewrite) {
    const xml = await partText(inflater, entry);
    if (xml === null) return { ok: false, reason: 'corrupt' };
    const result = rewriteSheet(xml, limits);
    changes.set(entry.name, { name: entry.name, data: result.xml });
    for (const part of result.stripped) stripped.add(part);
  }
  // Parts left alone keep their compressed bytes; only the rewritten ones are deflated again.
  const rewritten = await rewrittenPackage(bytes, directory.entries, changes);
  if (!rewritten) return { ok: false, reason: 'corrupt' };
  return { ok: true, bytes: rewritten, names, stripped: [...stripped] };
}
