import { partText, type Inflater } from './inflate-part';
import { workbookRelationships, type Relationship } from './workbook-parts';
import type { ZipEntry } from './zip-directory';

/** A checked package's workbook: its parts by name, `xl/workbook.xml` and its relationships, read once. */
export interface WorkbookPackage {
  entry(path: string): ZipEntry | undefined;
  /** A part's text, inflated whole; null when it is missing or broken. */
  text(path: string): Promise<string | null>;
  workbookXml: string;
  relsXml: string;
  relationships: Relationship[];
  /** Where the workbook's part of a kind (`styles`, `sharedStrings`) is: its relationship's target, else `fallback`. */
  partPath(kind: string, fallback: string): string;
}

/** Null when `xl/workbook.xml` or its relationships are missing or broken. */
export async function openWorkbookPackage(entries: readonly ZipEntry[], inflater: Inflater): Promise<WorkbookPackage | null> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (path: string): Promise<string | null> => partText(inflater, byName.get(path));
  const workbookXml = await text('xl/workbook.xml');
  const relsXml = await text('xl/_rels/workbook.xml.rels');
  if (workbookXml === null || relsXml === null) return null;
  const relationships = workbookRelationships(relsXml);
  return {
    entry: (path) => byName.get(path),
    text,
    workbookXml,
    relsXml,
    relationships,
    partPath: (kind, fallback) => relationships.find((r) => r.kind === kind)?.path ?? fallback,
  };
}
