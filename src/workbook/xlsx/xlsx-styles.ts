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
}

/** The workbook's cell styles (fonts, borders, number formats, alignment), each written once. */
export function styleTable(): StyleTable {
  const fonts = new Map<string, number>([[DEFAULT_FONT, 0]]);
  const formats = new Map<string, number>();
  const xfs = new Map<string, number>([['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0]]);
  const index = <K>(map: Map<K, number>, key: K): number => {
    const found = map.get(key);
    if (found !== undefined) return found;
    map.set(key, map.size);
    return map.size - 1;
  };
  const formatId = (format: string): number => BUILT_IN_FORMATS[format] ?? 164 + index(formats, format);
  const byStyle = new Map<string, number>();

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
      const fontId = withFont ? index(fonts, font) : 0;
      const numFmtId = style.numberFormat ? formatId(style.numberFormat) : 0;
      const borderId = style.border ? 1 : 0;
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
      const id = index(xfs, aligned ? `${head}>${alignment}</xf>` : `${head}/>`);
      byStyle.set(key, id);
      return id;
    },
    xml() {
      const list = (tag: string, items: Iterable<string>, count: number): string => `<${tag} count="${count}">${[...items].join('')}</${tag}>`;
      const numFmts = [...formats.keys()].map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(f)}"/>`);
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
  };
}
