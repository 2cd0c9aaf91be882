/**
 * A copy of a workbook with its TCVN3 and VNI cells in Unicode (`dvk fix-encoding`), made at the
 * package level: the sheets with such cells rewritten as they are inflated (legacy-cells.ts), the new
 * Times New Roman styles added to `styles.xml`, every other part copied with its compressed bytes.
 * Browser-safe.
 */
import type { EncodingFix } from '../../engine';
import type { CheckedFile } from './checked-package';
import { fontStyles, legacySheetRewriter } from './legacy-cells';
import { sheetParts } from './workbook-parts';
import { openWorkbookPackage } from './workbook-package';
import { rewrittenPackage, type PartChange } from './zip-rewrite';

export interface LegacyCopy {
  bytes: Uint8Array;
  /** Cells rewritten (a formula cell of the plan is left alone). */
  converted: number;
}

/** The copy, or null when the package lacks a workbook's parts or one is broken. */
export async function legacyFixedCopy({ bytes, entries, inflater }: CheckedFile, fixes: readonly EncodingFix[]): Promise<LegacyCopy | null> {
  const workbook = await openWorkbookPackage(entries, inflater);
  if (!workbook) return null;
  const stylesPath = workbook.partPath('styles', 'xl/styles.xml');
  const stylesXml = (await workbook.text(stylesPath)) ?? '';
  const stringsXml = (await workbook.text(workbook.partPath('sharedStrings', 'xl/sharedStrings.xml'))) ?? '';
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
  for (const part of sheetParts(workbook.workbookXml, workbook.relsXml, 'worksheet')) {
    const entry = workbook.entry(part.path);
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
  const styled = workbook.entry(stylesPath) !== undefined;
  if (styled) changes.set(stylesPath, null);
  const lastStyles = async (push: (text: string) => void): Promise<boolean> => {
    push(styles.appendedTo(stylesXml));
    return true;
  };
  const added = styled ? [{ name: stylesPath, data: lastStyles }] : [];
  const out = await rewrittenPackage(bytes, entries, changes, added);
  return out && { bytes: out, converted };
}
