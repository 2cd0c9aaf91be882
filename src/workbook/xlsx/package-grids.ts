/**
 * A checked package's sheets read into grids without exceljs: each part inflated as a stream and
 * parsed as it comes, so a 200,000-row sheet costs its values, not a model of every cell (exceljs
 * holds about 1 GB for such a file). Browser-safe (Uint8Array, TextDecoder, no Buffer).
 */
import type { SheetGrid } from '../../engine';
import { dateStyles } from './date-styles';
import { partText, type Inflater } from './inflate-part';
import { sharedStringsReader } from './shared-strings';
import { sheetGridReader } from './sheet-grid-reader';
import { sheetParts } from './workbook-parts';
import { openWorkbookPackage } from './workbook-package';
import type { ZipEntry } from './zip-directory';

export interface PackageGrids {
  sheets: SheetGrid[];
  /** The workbook's own modified date (`docProps/core.xml`), when it holds a valid one. */
  modified: Date | null;
}

/** The date in `<dcterms:modified>`, if valid. */
function modifiedDate(coreXml: string | null): Date | null {
  const value = coreXml && /<dcterms:modified\b[^>]*>([^<]*)</.exec(coreXml)?.[1];
  const date = value ? new Date(value.trim()) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** Every worksheet (hidden ones included, chart sheets left out) in tab order; null when a part is missing or broken. */
export async function packageGrids(entries: readonly ZipEntry[], inflater: Inflater): Promise<PackageGrids | null> {
  const workbook = await openWorkbookPackage(entries, inflater);
  if (!workbook) return null;
  const { workbookXml, relsXml } = workbook;
  const partOf = (kind: string, fallback: string): ZipEntry | undefined => workbook.entry(workbook.partPath(kind, fallback)) ?? workbook.entry(fallback);

  const stylesEntry = partOf('styles', 'xl/styles.xml');
  const stylesXml = stylesEntry ? await partText(inflater, stylesEntry) : '';
  const stringsEntry = partOf('sharedStrings', 'xl/sharedStrings.xml');
  const strings = sharedStringsReader();
  if (stylesXml === null || (stringsEntry && (await inflater.inflate(stringsEntry, stringsEntry.uncompressedSize, strings.push)) === null)) return null;
  strings.end();

  const workbookPr = /<workbookPr\b[^>]*>/.exec(workbookXml)?.[0] ?? '';
  const context = { strings: strings.strings, dateStyles: dateStyles(stylesXml), date1904: /\sdate1904="(1|true)"/.test(workbookPr) };
  const sheets: SheetGrid[] = [];
  for (const part of sheetParts(workbookXml, relsXml, 'worksheet')) {
    const entry = workbook.entry(part.path);
    if (!entry) continue;
    const reader = sheetGridReader(context);
    if ((await inflater.inflate(entry, entry.uncompressedSize, reader.push)) === null) return null;
    reader.end();
    sheets.push({ name: part.name, ...reader.result() });
  }
  return { sheets, modified: modifiedDate(await workbook.text('docProps/core.xml')) };
}
