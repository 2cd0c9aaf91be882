/**
 * A copy of a workbook with its TCVN3 and VNI cells in Unicode (`dvk fix-encoding`), made at the
 * package level: the sheets with such cells rewritten as they are inflated (legacy-cells.ts), the new
 * Times New Roman styles added to `styles.xml`, every other part copied with its compressed bytes.
 * Browser-safe.
 */
import type { EncodingFix } from '../../engine';
import { partText, type Inflater } from './inflate-part';
import { fontStyles, legacySheetRewriter } from './legacy-cells';
import { sheetParts, workbookRelationships } from './workbook-parts';
import type { ZipEntry } from './zip-directory';
import { rewrittenPackage, type PartChange } from './zip-rewrite';

export interface LegacyCopy {
  bytes: Uint8Array;
  /** Cells rewritten (a formula cell of the plan is left alone). */
  converted: number;
}

/** The copy, or null when the package lacks a workbook's parts or one is broken. */
export async function legacyFixedCopy(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  inflater: Inflater,
  fixes: readonly EncodingFix[],
): Promise<LegacyCopy | null> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbookXml = await partText(inflater, byName.get('xl/workbook.xml'));
  const relsXml = await partText(inflater, byName.get('xl/_rels/workbook.xml.rels'));
  if (workbookXml === null || relsXml === null) return null;
  const relationships = workbookRelationships(relsXml);
  const pathOf = (kind: string, fallback: string): string => relationships.find((r) => r.kind === kind)?.path ?? fallback;
  const stylesPath = pathOf('styles', 'xl/styles.xml');
  const stylesXml = (await partText(inflater, byName.get(stylesPath))) ?? '';
  const stringsXml = (await partText(inflater, byName.get(pathOf('sharedStrings', 'xl/sharedStrings.xml')))) ?? '';
  const sharedItems = [...stringsXml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => m[1] ?? '');
  const styles = fontStyles(stylesXml);
  const context = { sharedItems, styles };

  const bySheet = new Map<string, EncodingFix[]>();
  for (const fix of fixes) {
    const list = bySheet.get(fix.sheet);
    if (list) list.push(fix);
    else bySheet.set(fix.sheet, [fix]);
  }
  let converted = 0;
  const changes = new Map<string, PartChange | null>();
  for (const part of sheetParts(workbookXml, relsXml, 'worksheet')) {
    const entry = byName.get(part.path);
    const planned = bySheet.get(part.name);
    if (!entry || !planned) continue;
    changes.set(part.path, {
      name: part.path,
      data: async (push) => {
        const rewriter = legacySheetRewriter(planned, context, push);
        const size = await inflater.inflate(entry, entry.uncompressedSize, rewriter.write);
        converted += rewriter.end();
        return size === entry.uncompressedSize;
      },
    });
  }
  // The styles go last: they hold the styles the sheets made as they were written.
  const styled = byName.has(stylesPath);
  if (styled) changes.set(stylesPath, null);
  const lastStyles = async (push: (text: string) => void): Promise<boolean> => {
    push(styles.appendedTo(stylesXml));
    return true;
  };
  const added = styled ? [{ name: stylesPath, data: lastStyles }] : [];
  const out = await rewrittenPackage(bytes, entries, changes, added);
  return out && { bytes: out, converted };
}
