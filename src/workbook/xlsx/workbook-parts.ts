/** Which zip part holds which sheet, read from `xl/workbook.xml` and its relationships before exceljs runs. */
export interface SheetPart {
  name: string;
  /** The part's path in the zip, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code] ?? whole;
    const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/** An attribute's raw value in a start tag (`name` may be a pattern, as `(?:\\w+:)?id`). */
export const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The `<sheet>` elements of workbook.xml, in tab order. */
export const sheetTags = (workbookXml: string): string[] => workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? [];

export interface Relationship {
  id: string;
  /** The type's last segment: `worksheet`, `styles`, `sharedStrings`, `chartsheet`… */
  kind: string;
  /** The target's path in the zip. */
  path: string;
}

/** The relationships of `xl/workbook.xml` (`xl/_rels/workbook.xml.rels`), targets resolved from `xl/`. */
export function workbookRelationships(relsXml: string): Relationship[] {
  const list: Relationship[] = [];
  for (const tag of relsXml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    const kind = (attribute(tag, 'Type') ?? '').split('/').pop() ?? '';
    if (id && target) list.push({ id, kind, path: target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}` });
  }
  return list;
}

/** The sheets of workbook.xml in tab order, with their parts; only worksheets with `only: 'worksheet'`. */
export function sheetParts(workbookXml: string, relsXml: string, only?: 'worksheet'): SheetPart[] {
  const targets = new Map(workbookRelationships(relsXml).map((r) => [r.id, r]));
  const parts: SheetPart[] = [];
  for (const tag of sheetTags(workbookXml)) {
    const id = attribute(tag, '(?:\\w+:)?id');
    const target = id ? targets.get(id) : undefined;
    if (target && (!only || target.kind === only)) parts.push({ name: decodeXmlText(attribute(tag, 'name') ?? ''), path: target.path });
  }
  return parts;
}
