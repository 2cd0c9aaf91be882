/**
 * Workbooks other tools write, which Excel opens but exceljs does not: part names in another case
 * (`XL/WORKBOOK.XML`; package part names are case-insensitive), XML in UTF-16, SpreadsheetML under a
 * prefix (`<x:worksheet xmlns:x="…/main">`). Such a package is rewritten into the plain form before
 * the guard's checks and exceljs see it; nothing of its content changes.
 */
import { inflatedPart, type Inflater } from './inflate-part';
import type { ZipEntry } from './zip-directory';
import { rewrittenPackage, type PartChange } from './zip-rewrite';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const KNOWN = new Map(
  [
    '[Content_Types].xml',
    '_rels/.rels',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/sharedStrings.xml',
    'xl/styles.xml',
    'docProps/core.xml',
    'docProps/app.xml',
    'docProps/custom.xml',
  ].map((name) => [name.toLowerCase(), name]),
);
const NUMBERED: Array<[RegExp, (n: string) => string]> = [
  [/^xl\/worksheets\/sheet(\d+)\.xml$/, (n) => `xl/worksheets/sheet${n}.xml`],
  [/^xl\/worksheets\/_rels\/sheet(\d+)\.xml\.rels$/, (n) => `xl/worksheets/_rels/sheet${n}.xml.rels`],
  [/^xl\/theme\/theme(\d+)\.xml$/, (n) => `xl/theme/theme${n}.xml`],
];

/** The name exceljs looks for, for a part it reads whatever its case; other names as they are. */
export function canonicalPartName(name: string): string {
  const lower = name.toLowerCase();
  const known = KNOWN.get(lower);
  if (known) return known;
  for (const [pattern, make] of NUMBERED) {
    const match = pattern.exec(lower);
    if (match) return make(match[1]);
  }
  return name;
}

const isUtf16 = (head: Uint8Array): 'utf-16le' | 'utf-16be' | null =>
  head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : null;

/** SpreadsheetML bound to a prefix at the root (`xmlns:x="…/main"` with `<x:worksheet`). */
const prefixOf = (text: string): string | null => new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${MAIN.replace(/[./]/g, '\\$&')}"`).exec(text)?.[1] ?? null;

/** The part's text as UTF-8 XML without the SpreadsheetML prefix. */
export function plainXml(bytes: Uint8Array): string {
  const utf16 = isUtf16(bytes);
  let text = new TextDecoder(utf16 ?? 'utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (utf16) text = text.replace(/^(<\?xml[^>]*encoding=["'])utf-16(["'])/i, '$1UTF-8$2');
  const prefix = prefixOf(text.slice(0, 4096));
  if (prefix && !text.slice(0, 4096).includes(`xmlns="${MAIN}"`)) {
    text = text.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1').replace(`xmlns:${prefix}="${MAIN}"`, `xmlns="${MAIN}"`);
  }
  return text;
}

/** Whether a part's first bytes show UTF-16 or a SpreadsheetML prefix. */
export function needsPlain(head: Uint8Array): boolean {
  if (isUtf16(head)) return true;
  // The root element and its namespaces are at the start: a chunk may be the whole part.
  const text = new TextDecoder('windows-1252').decode(head.subarray(0, 1024));
  const prefix = prefixOf(text);
  return prefix !== null && !text.includes(`xmlns="${MAIN}"`);
}

/** Part references (`Target`, `PartName`) made to name the parts as renamed, in the same form (relative or absolute). */
function renamedReferences(xml: string, base: string, renamed: ReadonlyMap<string, string>): string {
  return xml.replace(/\s(Target|PartName)="([^"]*)"/g, (all, attribute: string, value: string) => {
    const absolute = value.startsWith('/');
    const full = absolute ? value.slice(1) : `${base}${value.replace(/^\.\//, '')}`;
    const next = renamed.get(full.toLowerCase());
    if (!next) return all;
    return ` ${attribute}="${absolute ? `/${next}` : next.slice(next.length - (full.length - base.length))}"`;
  });
}

/** The folder a relationships part speaks from: `xl/_rels/workbook.xml.rels` → `xl/`. */
const relsBase = (name: string): string => name.replace(/_rels\/[^/]*\.rels$/, '');

/** Whether some part is named in another case than exceljs looks for. */
export const needsRenames = (entries: readonly ZipEntry[]): boolean => entries.some((e) => canonicalPartName(e.name) !== e.name);

/**
 * The package in the plain form, or null when it already is. `known`: the parts already seen to need
 * it (the guard looks at each part's first chunk as it inflates them); else each XML part's head is
 * inflated to decide (the guard checked the declared sizes before).
 */
export async function normalizedPackage(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  inflater: Inflater,
  known?: ReadonlySet<string>,
): Promise<Uint8Array | null> {
  const renamed = new Map<string, string>();
  for (const entry of entries) {
    const canonical = canonicalPartName(entry.name);
    if (canonical !== entry.name) renamed.set(entry.name.toLowerCase(), canonical);
  }
  const plain = new Set<string>(known);
  for (const entry of known ? [] : entries) {
    if (!/\.(xml|rels)$/i.test(entry.name) || entry.uncompressedSize === 0) continue;
    const head = await inflater.head(entry, 4096);
    if (head && needsPlain(head)) plain.add(entry.name);
  }
  if (renamed.size === 0 && plain.size === 0) return null;

  const changes = new Map<string, PartChange>();
  for (const entry of entries) {
    const name = renamed.get(entry.name.toLowerCase()) ?? entry.name;
    const isReferences = /\.rels$/i.test(name) || name === '[Content_Types].xml';
    if (!plain.has(entry.name) && !(isReferences && renamed.size > 0)) {
      // Only renamed: its compressed bytes are copied under the new name.
      if (name !== entry.name) changes.set(entry.name, { name });
      continue;
    }
    const data = await inflatedPart(inflater, entry);
    if (!data) return null;
    let xml = plainXml(data);
    if (isReferences && renamed.size > 0) xml = renamedReferences(xml, name === '[Content_Types].xml' ? '' : relsBase(name), renamed);
    changes.set(entry.name, { name, data: xml });
  }
  return rewrittenPackage(bytes, entries, changes);
}
