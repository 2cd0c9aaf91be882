import type { CellStyle } from '../sheet-content';
import { hasFont } from './render-sheet';
import { attributes, MAIN_NS, XML_HEAD, xmlText } from './xml-text';

/** Number formats Excel knows by number; any other gets an id from 164 on. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/** The workbook's font (font 0), as exceljs writes it: Calibri 11 in the theme's text colour. */
const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';
const THIN_BORDER = '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';

/**
 * The style of one cell as renderSheet leaves it: the sheet's styles that cover the cell, applied
 * in order, each one setting only what it names (a font part, the border, an alignment part, the format).
 */
export function combineStyles(styles: readonly CellStyle[]): CellStyle {
  const out: CellStyle = {};
  for (const s of styles) {
    if (s.bold !== undefined) out.bold = s.bold;
    if (s.italic !== undefined) out.italic = s.italic;
    if (s.underline !== undefined) out.underline = s.underline;
    if (s.fontName !== undefined) out.fontName = s.fontName;
    if (s.fontSize !== undefined) out.fontSize = s.fontSize;
    if (s.border) out.border = true;
    if (s.horizontal) out.horizontal = s.horizontal;
    if (s.vertical) out.vertical = s.vertical;
    if (s.wrap) out.wrap = true;
    if (s.numberFormat) out.numberFormat = s.numberFormat;
  }
  return out;
}

export interface StyleTable {
  /** The `s` index of a cell with this style (0: no style). */
  id(style: CellStyle): number;
  /** `xl/styles.xml` holding every style asked for so far. */
  xml(): string;
  /** Another workbook's `xl/styles.xml` with the styles asked for so far added (the table made with its `StylesBase`). */
  appendedTo(stylesXml: string): string;
}

/** What a workbook's styles already hold: the styles of a table made for it are numbered after them. */
export interface StylesBase {
  fonts: number;
  borders: number;
  cellXfs: number;
  /** The first free id for a number format of our own (164 or past the workbook's). */
  firstFormatId: number;
}

const countOf = (xml: string, list: string, item: string): number => {
  const body = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml)?.[1] ?? '';
  return (body.match(new RegExp(`<${item}\\b`, 'g')) ?? []).length;
};

/** The counts a table made for this `xl/styles.xml` starts from. */
export function stylesBase(stylesXml: string): StylesBase {
  const ids = [...stylesXml.matchAll(/<numFmt\b[^>]*\snumFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  return {
    fonts: countOf(stylesXml, 'fonts', 'font'),
    borders: countOf(stylesXml, 'borders', 'border'),
    cellXfs: countOf(stylesXml, 'cellXfs', 'xf'),
    firstFormatId: Math.max(163, ...ids) + 1,
  };
}

/** Adds items at the end of a list element (made where `before` is when the list is missing), its count updated. */
export function appendToList(xml: string, [list, item]: [string, string], items: readonly string[], before: readonly string[]): string {
  if (items.length === 0) return xml;
  const found = new RegExp(`<${list}\\b([^>]*?)(/>|>([\\s\\S]*?)</${list}>)`).exec(xml);
  if (found) {
    const inner = found[3] ?? '';
    const attrs = found[1].replace(/\s*count="\d*"/, '');
    const total = countOf(found[0], list, item) + items.length;
    return xml.slice(0, found.index) + `<${list}${attrs} count="${total}">${inner}${items.join('')}</${list}>` + xml.slice(found.index + found[0].length);
  }
  const element = `<${list} count="${items.length}">${items.join('')}</${list}>`;
  for (const tag of before) {
    const at = xml.search(new RegExp(`<${tag}\\b`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  return xml.replace(/<\/styleSheet>/, () => `${element}</styleSheet>`);
}

const OWN_BASE: StylesBase = { fonts: 1, borders: 2, cellXfs: 1, firstFormatId: 164 };

/**
 * The workbook's cell styles (fonts, borders, number formats, alignment), each written once; for a
 * workbook of our own, or numbered after what another workbook's styles hold (`base`).
 */
export function styleTable(base: StylesBase = OWN_BASE): StyleTable {
  const own = base === OWN_BASE;
  const fonts = new Map<string, number>([[DEFAULT_FONT, 0]]);
  const formats = new Map<string, number>();
  const xfs = new Map<string, number>([['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0]]);
  const index = <K>(map: Map<K, number>, key: K): number => {
    const found = map.get(key);
    if (found !== undefined) return found;
    map.set(key, map.size);
    return map.size - 1;
  };
  /** Items after the first (the default) of each table are numbered after the base's. */
  const after = (i: number, count: number): number => (i === 0 ? 0 : count + i - 1);
  let bordered = false;
  const formatId = (format: string): number => BUILT_IN_FORMATS[format] ?? base.firstFormatId + index(formats, format);
  const byStyle = new Map<string, number>();

  const numFmtItems = (): string[] => [...formats.keys()].map((f, i) => `<numFmt numFmtId="${base.firstFormatId + i}" formatCode="${xmlText(f)}"/>`);

  return {
    id(style) {
      const key = JSON.stringify(style);
      const known = byStyle.get(key);
      if (known !== undefined) return known;
      const withFont = hasFont(style);
      // As exceljs writes a font: only what is set, `false` left out, in the schema's order.
      const font =
        '<font>' +
        (style.bold ? '<b/>' : '') +
        (style.italic ? '<i/>' : '') +
        (style.underline ? '<u/>' : '') +
        (style.fontSize !== undefined ? `<sz val="${style.fontSize}"/>` : '') +
        (style.fontName !== undefined ? `<name val="${xmlText(style.fontName)}"/>` : '') +
        '</font>';
      const fontId = withFont ? after(index(fonts, font), base.fonts) : 0;
      const numFmtId = style.numberFormat ? formatId(style.numberFormat) : 0;
      if (style.border) bordered = true;
      const borderId = style.border ? (own ? 1 : base.borders) : 0;
      const aligned = Boolean(style.horizontal || style.vertical || style.wrap);
      const alignment = aligned
        ? `<alignment${attributes({
            horizontal: style.horizontal,
            vertical: style.vertical === 'middle' ? 'center' : style.vertical,
            wrapText: style.wrap,
          })}/>`
        : '';
      const head = `<xf${attributes({
        numFmtId,
        fontId,
        fillId: 0,
        borderId,
        xfId: 0,
        applyNumberFormat: numFmtId !== 0,
        applyFont: withFont,
        applyBorder: style.border,
        applyAlignment: aligned,
      })}`;
      const id = after(index(xfs, aligned ? `${head}>${alignment}</xf>` : `${head}/>`), base.cellXfs);
      byStyle.set(key, id);
      return id;
    },
    xml() {
      const list = (tag: string, items: Iterable<string>, count: number): string => `<${tag} count="${count}">${[...items].join('')}</${tag}>`;
      const numFmts = numFmtItems();
      return (
        `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
        (numFmts.length > 0 ? list('numFmts', numFmts, numFmts.length) : '') +
        list('fonts', fonts.keys(), fonts.size) +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        `<borders count="2">${NO_BORDER}${THIN_BORDER}</borders>` +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        list('cellXfs', xfs.keys(), xfs.size) +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
        '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
        '</styleSheet>'
      );
    },
    appendedTo(stylesXml) {
      const added = <K>(map: Map<K, number>): string[] => [...map.keys()].slice(1).map(String);
      let xml = appendToList(stylesXml, ['numFmts', 'numFmt'], numFmtItems(), ['fonts']);
      xml = appendToList(xml, ['fonts', 'font'], added(fonts), ['fills', 'borders', 'cellStyleXfs', 'cellXfs']);
      xml = appendToList(xml, ['borders', 'border'], bordered ? [THIN_BORDER] : [], ['cellStyleXfs', 'cellXfs']);
      return appendToList(xml, ['cellXfs', 'xf'], added(xfs), ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst']);
    },
  };
}
