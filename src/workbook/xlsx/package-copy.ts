/**
 * A copy of a workbook with the software's sheets written anew and retired ones removed, made at
 * the level of the package: every other part (the clerk's sheets, charts, images, macros, pivot
 * tables) keeps its compressed bytes, never parsed or rebuilt. The copy of a 200,000-row workbook
 * costs the sheets we write, not a model of every cell (exceljs's copy took 3.5 GB), and loses
 * nothing exceljs cannot carry. Browser-safe (Uint8Array, no Buffer).
 */
import type { Grid, SheetGrid } from '../../engine';
import type { SheetContent } from '../sheet-content';
import type { SheetStore } from '../workbook';
import { cellsTooLong } from '../cell-limit';
import { fitInlineStrings, fitSharedStrings } from './fit-long-text';
import type { CheckedFile } from './checked-package';
import { sheetXml } from './sheet-xml';
import { styleTable, stylesBase } from './xlsx-styles';
import { attribute, decodeXmlText, sheetTags } from './workbook-parts';
import { openWorkbookPackage } from './workbook-package';
import { attributes, xmlText } from './xml-text';
import { rewrittenPackage, type PartChange } from './zip-rewrite';

interface Tab {
  name: string;
  /** The workbook's `<sheet>` element; null for a sheet added here. */
  tag: string | null;
  /** Its position among the workbook's sheets (what `localSheetId` counts); null when added. */
  original: number | null;
  relId: string;
  path: string;
  grid: Grid;
  /** What the software writes there; the part is then made anew. */
  content?: SheetContent;
}

/** A sheet taken out: its part (and relationship) when the part was the workbook's, its name when it is gone from the tabs. */
interface Removed {
  name: string | null;
  part: { path: string; relId: string } | null;
}

const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** A start tag with an attribute set, replaced or (undefined) removed; always self-closing. */
function withAttribute(tag: string, name: string, value: string | undefined): string {
  const bare = tag.replace(new RegExp(`\\s${name}="[^"]*"`), '').replace(/\s*\/?>$/, '');
  return `${bare}${value === undefined ? '' : ` ${name}="${xmlText(value)}"`}/>`;
}

/** The part's `.rels`, e.g. `xl/worksheets/_rels/sheet3.xml.rels`. */
const relsOf = (path: string): string => path.replace(/([^/]+)$/, '_rels/$1.rels');

/** `'Tổng hợp'!` and, for a name that needs no quotes, `Tong!`: how a formula names a sheet. */
const mentions = (formula: string, sheet: string): boolean =>
  formula.includes(`'${sheet.replace(/'/g, "''")}'!`) ||
  (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && new RegExp(`(^|[^\\p{L}\\p{N}_.'])${sheet.replace(/\./g, '\\.')}!`, 'u').test(formula));

/** The elements workbook.xml has after `<definedNames>`, in the schema's order. */
const AFTER_DEFINED_NAMES =
  /<(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b/;

/** Excel's own names for a sheet's print area, print titles and filter: ours replace them on a sheet written anew. */
const SHEET_NAMES = /^_xlnm\.(Print_Titles|Print_Area|_FilterDatabase)$/;

/** The prefix the new sheets' relationship ids take: `r`, unless the workbook binds `r` to another namespace. */
function relationshipsPrefix(workbookXml: string): string {
  const bound = /\sxmlns:r="([^"]*)"/.exec(/<workbook\b[^>]*>/.exec(workbookXml)?.[0] ?? '')?.[1];
  return bound === undefined || bound === OFFICE_RELS ? 'r' : 'dvkr';
}

/** workbook.xml with its `<definedNames>` replaced by `section` (removed when empty), or put where the schema has it. */
function withDefinedNames(xml: string, section: string): string {
  const existing = /<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\s*\/>/;
  if (existing.test(xml)) return xml.replace(existing, () => section);
  if (!section) return xml;
  const at = xml.search(AFTER_DEFINED_NAMES);
  return at >= 0 ? xml.slice(0, at) + section + xml.slice(at) : xml.replace('</workbook>', () => `${section}</workbook>`);
}

export interface PackageCopy extends SheetStore {
  /** The copy's bytes; null when a copied part's bytes are not where the directory says. */
  bytes(): Promise<Uint8Array | null>;
}

/**
 * The checked workbook as a sheet store: its sheets' values are
 * `sheets` (as read from it), what is written is kept until `bytes()`. Null when the package lacks
 * the parts a workbook needs.
 */
export async function openPackageCopy({ bytes, entries, inflater }: CheckedFile, sheets: readonly SheetGrid[]): Promise<PackageCopy | null> {
  const workbook = await openWorkbookPackage(entries, inflater);
  const typesXml = workbook && (await workbook.text('[Content_Types].xml'));
  if (!workbook || typesXml === null) return null;
  const { workbookXml, relsXml, relationships, text, partPath } = workbook;
  const stylesPath = partPath('styles', 'xl/styles.xml');
  const stylesXml = await text(stylesPath);
  const grids = new Map(sheets.map((s) => [s.name, s.grid]));

  const tabs: Tab[] = [];
  sheetTags(workbookXml).forEach((tag, original) => {
    const name = decodeXmlText(attribute(tag, 'name') ?? '');
    const relId = attribute(tag, '(?:\\w+:)?id') ?? '';
    const path = relationships.find((r) => r.id === relId)?.path ?? '';
    tabs.push({ name, tag, original, relId, path, grid: grids.get(name) ?? [] });
  });
  const removed: Removed[] = [];
  const usedIds = new Set(relationships.map((r) => r.id));
  const usedPaths = new Set(entries.map((e) => e.name));
  const fresh = (): { relId: string; path: string } => {
    let n = 1;
    while (usedIds.has(`rId${n}`)) n++;
    let k = 1;
    while (usedPaths.has(`xl/worksheets/sheet${k}.xml`)) k++;
    usedIds.add(`rId${n}`);
    usedPaths.add(`xl/worksheets/sheet${k}.xml`);
    return { relId: `rId${n}`, path: `xl/worksheets/sheet${k}.xml` };
  };

  const find = (name: string): number => tabs.findIndex((t) => t.name === name);

  async function build(): Promise<Uint8Array | null> {
    const styles = styleTable(stylesXml === null ? undefined : stylesBase(stylesXml));
    const added: Array<Required<PartChange>> = [];
    for (const tab of tabs) {
      if (tab.content) added.push({ name: tab.path, data: [...sheetXml(tab.content, styles, 'inline')].join('') });
    }
    const changes = new Map<string, PartChange | null>();
    const parts = removed.flatMap((r) => (r.part ? [r.part] : []));
    for (const part of parts) {
      changes.set(part.path, null);
      changes.set(relsOf(part.path), null);
    }
    // Excel rebuilds its calculation chain; one naming cells of a sheet made anew would be "repaired".
    const calcChain = relationships.find((r) => r.kind === 'calcChain');
    if (calcChain) changes.set(calcChain.path, null);

    for (const [path, data] of await fittedParts()) changes.set(path, { name: path, data });
    changes.set('xl/workbook.xml', { name: 'xl/workbook.xml', data: workbookPart() });
    const dropped = new Set([...parts.map((p) => p.relId), ...(calcChain ? [calcChain.id] : [])]);
    // Every sheet written here is a new part under a new relationship.
    const newRels = tabs.filter((t) => t.content);
    changes.set('xl/_rels/workbook.xml.rels', { name: 'xl/_rels/workbook.xml.rels', data: relsPart(dropped, newRels, stylesXml === null) });
    const droppedParts = new Set([...parts.map((p) => p.path), ...(calcChain ? [calcChain.path] : [])]);
    changes.set('[Content_Types].xml', {
      name: '[Content_Types].xml',
      data: typesPart(
        droppedParts,
        newRels.map((t) => t.path),
        stylesXml === null,
      ),
    });
    if (stylesXml === null) added.push({ name: stylesPath, data: styles.xml() });
    else changes.set(stylesPath, { name: stylesPath, data: styles.appendedTo(stylesXml) });
    return rewrittenPackage(bytes, entries, changes, added);
  }

  /** The shared strings and the sheets copied whose cells hold text too long for Excel, that text cut. */
  async function fittedParts(): Promise<Map<string, string>> {
    const parts = new Map<string, string>();
    const long = tabs.filter((t) => !t.content && cellsTooLong(t.name, t.grid).length > 0);
    if (long.length === 0) return parts;
    const strings = partPath('sharedStrings', 'xl/sharedStrings.xml');
    const stringsXml = await text(strings);
    if (stringsXml !== null) parts.set(strings, fitSharedStrings(stringsXml));
    for (const tab of long) {
      const xml = await text(tab.path);
      if (xml !== null) parts.set(tab.path, fitInlineStrings(xml));
    }
    return parts;
  }

  function workbookPart(): string {
    const xml = workbookXml;
    let nextSheetId = Math.max(0, ...sheetTags(xml).map((t) => Number(attribute(t, 'sheetId')) || 0)) + 1;
    const prefix = relationshipsPrefix(xml);
    const list = tabs
      .map((tab) => {
        const state = tab.content && tab.content.visibility !== 'visible' ? tab.content.visibility : undefined;
        if (!tab.tag) return `<sheet${attributes({ name: tab.name, sheetId: nextSheetId++, state })} ${prefix}:id="${tab.relId}"/>`;
        if (!tab.content) return tab.tag.endsWith('/>') ? tab.tag : tab.tag.replace(/\s*>$/, '/>');
        const idName = /\s((?:\w+:)?id)="/.exec(tab.tag)?.[1] ?? 'r:id';
        return withAttribute(withAttribute(tab.tag, 'state', state), idName, tab.relId);
      })
      .join('');
    const names = definedNames(xml);
    const section = names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '';
    let out = withDefinedNames(
      xml.replace(/<sheets\b[^>]*>[\s\S]*?<\/sheets>/, () => `<sheets>${list}</sheets>`),
      section,
    );
    if (!xml.includes(`xmlns:${prefix}="${OFFICE_RELS}"`)) out = out.replace(/<workbook\b/, `<workbook xmlns:${prefix}="${OFFICE_RELS}"`);
    // The active and first shown tabs follow their sheets; one no longer there would make Excel repair the file.
    const position = positions();
    return out.replace(/<workbookView\b[^>]*>/, (view) =>
      ['activeTab', 'firstSheet'].reduce((tag, name) => {
        const at = attribute(tag, name);
        return at === undefined ? tag : tag.replace(new RegExp(`\\s${name}="[^"]*"`), ` ${name}="${position.get(Number(at)) ?? 0}"`);
      }, view),
    );
  }

  /** Where each of the workbook's sheets now is among the tabs. */
  function positions(): Map<number, number> {
    const position = new Map<number, number>();
    tabs.forEach((t, i) => t.original !== null && position.set(t.original, i));
    return position;
  }

  function definedNames(xml: string): string[] {
    const position = positions();
    const remade = new Set(tabs.filter((t) => t.content && t.original !== null).map((t) => t.original));
    const names: string[] = [];
    const section = /<definedNames\b[^>]*>([\s\S]*?)<\/definedNames>/.exec(xml)?.[1] ?? '';
    for (const m of section.matchAll(/<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g)) {
      const formula = decodeXmlText(m[2] ?? '');
      if (removed.some((r) => r.name !== null && mentions(formula, r.name))) continue;
      const local = attribute(m[1], 'localSheetId');
      if (local === undefined) {
        names.push(m[0]);
        continue;
      }
      const at = position.get(Number(local));
      if (at === undefined || (remade.has(Number(local)) && SHEET_NAMES.test(decodeXmlText(attribute(m[1], 'name') ?? '')))) continue;
      names.push(m[0].replace(/\slocalSheetId="\d+"/, ` localSheetId="${at}"`));
    }
    tabs.forEach((tab, i) => {
      const rows = tab.content?.page?.repeatRows;
      if (!rows) return;
      const ref = `'${tab.name.replace(/'/g, "''")}'!$${rows.first + 1}:$${rows.last + 1}`;
      names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(ref)}</definedName>`);
    });
    return names;
  }

  function relsPart(dropped: ReadonlySet<string>, added: readonly Tab[], addStyles: boolean): string {
    const kept = relsXml.replace(/<Relationship\b[^>]*?(?:\/>|>\s*<\/Relationship>)/g, (tag) => (dropped.has(attribute(tag, 'Id') ?? '') ? '' : tag));
    const target = (path: string): string => path.replace(/^xl\//, '');
    const more = added.map((t) => `<Relationship Id="${t.relId}" Type="${OFFICE_RELS}/worksheet" Target="${target(t.path)}"/>`);
    if (addStyles) more.push(`<Relationship Id="${fresh().relId}" Type="${OFFICE_RELS}/styles" Target="${target(stylesPath)}"/>`);
    return kept.replace(/<\/Relationships>\s*$/, () => `${more.join('')}</Relationships>`);
  }

  function typesPart(dropped: ReadonlySet<string>, sheetsAdded: readonly string[], addStyles: boolean): string {
    const kept = (typesXml as string).replace(/<Override\b[^>]*?(?:\/>|>\s*<\/Override>)/g, (tag) =>
      dropped.has(decodeXmlText(attribute(tag, 'PartName') ?? '').replace(/^\//, '')) ? '' : tag,
    );
    const more = sheetsAdded.map((path) => `<Override PartName="/${xmlText(path)}" ContentType="${WORKSHEET_TYPE}"/>`);
    if (addStyles) more.push(`<Override PartName="/${xmlText(stylesPath)}" ContentType="${STYLES_TYPE}"/>`);
    return kept.replace(/<\/Types>\s*$/, () => `${more.join('')}</Types>`);
  }

  return {
    sheetNames: async () => tabs.map((t) => t.name),
    readSheet: async (name) => {
      const tab = tabs[find(name)];
      return tab ? (tab.content?.values ?? tab.grid) : [];
    },
    writeSheet: async (content) => {
      const at = find(content.name);
      const tab = tabs[at];
      // A sheet written anew is a new part in the old one's place among the tabs (keeping its id).
      if (tab && !tab.content) removed.push({ name: null, part: { path: tab.path, relId: tab.relId } });
      if (tab?.content) {
        tab.content = content;
        return;
      }
      const { relId, path } = fresh();
      if (tab) Object.assign(tab, { relId, path, content });
      else tabs.push({ name: content.name, tag: null, original: null, relId, path, grid: [], content });
    },
    deleteSheet: async (name) => {
      const at = find(name);
      if (at < 0) return;
      const [tab] = tabs.splice(at, 1);
      // A part written here and not yet in the package needs no removing; the name goes all the same.
      removed.push({ name: tab.name, part: tab.content ? null : { path: tab.path, relId: tab.relId } });
    },
    bytes: build,
  };
}
