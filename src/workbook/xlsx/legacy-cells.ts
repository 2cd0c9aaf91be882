/**
 * Cells typed in TCVN3 or VNI rewritten in Unicode inside a worksheet part, as it is inflated (so a
 * 200,000-row sheet is never one string): plain text, each run of rich text (its own font kept but for
 * the name), a link's text; formula cells left alone (their text is computed). A legacy font
 * (`.VnTime`, `VNI-Times`) becomes Times New Roman, size, bold and colour kept; text typed with
 * lower-case codes under an all-caps font (`.VnTimeH`) is written in the capitals it showed.
 */
import { decodeLegacy, type EncodingFix } from '../../engine';
import { appendToList } from './xlsx-styles';
import { attributeOf, textRuns, unescapeOoxml, xmlContent, xmlSegments } from './xml-segments';
import { cellPlaces, ROWS_AND_CELLS } from './sheet-grid-reader';
import { xmlText } from './xml-text';

/** Fonts that show TCVN3 (`.VnTime`, `.VnArial`, …) or VNI (`VNI-Times`, …) text. */
const LEGACY_FONT = /^(\.vn|vni[- ])/i;
/** The all-caps TCVN3 fonts (`.VnTimeH`): their text is typed with lower-case codes and shown in capitals. */
const CAPITALS_FONT = /^\.vn.*h$/i;
export const UNICODE_FONT = 'Times New Roman';

const isLegacy = (font: string | undefined): boolean => font !== undefined && LEGACY_FONT.test(font);

/** Decoded text as the cell showed it: in capitals under an all-caps TCVN3 font. */
const shown = (text: string, font: string | undefined): string => (font && CAPITALS_FONT.test(font) ? text.toLocaleUpperCase('vi') : text);

const listItems = (xml: string, list: string, item: string): string[] => {
  const body = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml)?.[1] ?? '';
  return body.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g')) ?? [];
};

/** A font element (`<font>`, a run's `<rPr>`) with its name (`name` or `rFont`) set. */
const renamed = (font: string, element: 'name' | 'rFont', name: string): string => {
  const tag = `<${element} val="${xmlText(name)}"/>`;
  const existing = new RegExp(`<${element}\\b[^>]*/>`);
  return existing.test(font)
    ? font.replace(existing, () => tag)
    : font.replace(/(\/?)>/, (_, self: string) => (self ? `>${tag}</${font.match(/^<(\w+)/)?.[1]}>` : `>${tag}`));
};

const nameIn = (font: string | undefined, element: 'name' | 'rFont'): string | undefined => {
  const value = font && new RegExp(`<${element}\\b[^>]*\\sval="([^"]*)"`).exec(font)?.[1];
  return value ? xmlContent(value) : undefined;
};

/** The workbook's cell styles as fonts, and the same styles with Times New Roman made once each. */
export interface FontStyles {
  /** The font name of cell style `s`. */
  fontOf(s: number): string | undefined;
  /** Cell style `s` with its legacy font made Times New Roman (a new style, made once); `s` when its font is not legacy. */
  unicodeStyle(s: number): number;
  /** `xl/styles.xml` with the styles made here added. */
  appendedTo(stylesXml: string): string;
}

export function fontStyles(stylesXml: string): FontStyles {
  const fonts = listItems(stylesXml, 'fonts', 'font');
  const xfs = listItems(stylesXml, 'cellXfs', 'xf');
  const newFonts: string[] = [];
  const newXfs: string[] = [];
  const made = new Map<number, number>();
  const fontIdOf = (s: number): number => Number(attributeOf(xfs[s] ?? '', 'fontId') ?? 0);
  const names = new Map<number, string | undefined>();
  const fontOf = (s: number): string | undefined => {
    if (!names.has(s)) names.set(s, nameIn(fonts[fontIdOf(s)], 'name'));
    return names.get(s);
  };
  return {
    fontOf,
    unicodeStyle(s) {
      if (!isLegacy(fontOf(s)) || !xfs[s]) return s;
      const known = made.get(s);
      if (known !== undefined) return known;
      newFonts.push(renamed(fonts[fontIdOf(s)], 'name', UNICODE_FONT));
      const fontId = fonts.length + newFonts.length - 1;
      newXfs.push(
        xfs[s]
          .replace(/\sfontId="\d*"/, ` fontId="${fontId}"`)
          .replace(/\sapplyFont="[^"]*"/, '')
          .replace(/^<xf\b/, '<xf applyFont="1"'),
      );
      const id = xfs.length + newXfs.length - 1;
      made.set(s, id);
      return id;
    },
    appendedTo(xml) {
      return appendToList(appendToList(xml, ['fonts', 'font'], newFonts, ['fills']), ['cellXfs', 'xf'], newXfs, ['cellStyles']);
    },
  };
}

/** What a sheet's legacy cells need besides the sheet: the shared strings (as their XML) and the styles. */
export interface LegacyContext {
  sharedItems: readonly string[];
  styles: FontStyles;
}

const RUN = /<r\b[^>]*>([\s\S]*?)<\/r>/g;
const RUN_PROPERTIES = /<rPr\b[^>]*?(?:\/>|>[\s\S]*?<\/rPr>)/;

/** The cell in Unicode, as an inline string, or null when it is left alone (a formula, no text). */
export function fixedCell(attributes: string, content: string, fix: EncodingFix, context: LegacyContext): string | null {
  if (content.includes('<f')) return null;
  const type = attributeOf(attributes, 't');
  const inner =
    type === 's'
      ? context.sharedItems[parseInt(/<v\b[^>]*>([^<]*)<\/v>/.exec(content)?.[1] ?? '', 10)]
      : type === 'inlineStr'
        ? /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(content)?.[1]
        : type === 'str'
          ? '<t/>'
          : undefined;
  if (inner === undefined) return null;
  const style = Number(attributeOf(attributes, 's') ?? 0);
  const cellFont = context.styles.fontOf(style);
  let text: string;
  if (/<r\b/.test(inner)) {
    text = [...inner.matchAll(RUN)]
      .map((run) => {
        const properties = RUN_PROPERTIES.exec(run[1])?.[0];
        // A run with properties shows its own font (none named: not the cell's); one without, the cell's.
        const font = properties ? nameIn(properties, 'rFont') : cellFont;
        const decoded = shown(decodeLegacy(unescapeOoxml(textRuns(run[1]) ?? ''), fix.encoding), font);
        const unicode = properties && isLegacy(font) ? renamed(properties, 'rFont', UNICODE_FONT) : (properties ?? '');
        return `<r>${unicode}<t xml:space="preserve">${xmlText(decoded)}</t></r>`;
      })
      .join('');
  } else text = `<t xml:space="preserve">${xmlText(shown(fix.after, cellFont))}</t>`;
  const s = context.styles.unicodeStyle(style);
  const kept = attributes.replace(/\s(t|s)="[^"]*"/g, '');
  return `<c${kept}${s === 0 ? '' : ` s="${s}"`} t="inlineStr"><is>${text}</is></c>`;
}

/**
 * A worksheet part's text with the planned cells rewritten, made as the part is inflated: `push`
 * receives it in pieces. Returns the number of cells rewritten.
 */
export function legacySheetRewriter(
  fixes: readonly EncodingFix[],
  context: LegacyContext,
  push: (text: string) => void,
): { write(chunk: Uint8Array): void; end(): number } {
  const byRow = new Map<number, Map<number, EncodingFix>>();
  for (const fix of fixes) {
    const row = byRow.get(fix.row) ?? new Map<number, EncodingFix>();
    row.set(fix.col, fix);
    byRow.set(fix.row, row);
  }
  const places = cellPlaces();
  let rowNumber = 0;
  let converted = 0;
  const rewrite = (text: string): string =>
    text.replace(ROWS_AND_CELLS, (whole, rowAttributes: string | undefined, attributes: string | undefined, content: string | undefined) => {
      if (rowAttributes !== undefined) {
        rowNumber = places.row(rowAttributes);
        return whole;
      }
      const wanted = byRow.get(rowNumber);
      // Most rows have nothing to convert: their cells are not even placed.
      if (!wanted) return whole;
      const fix = wanted.get(places.col(attributes ?? ''));
      const fixed = fix && content !== undefined ? fixedCell(attributes ?? '', content, fix, context) : null;
      if (fixed === null) return whole;
      converted++;
      return fixed;
    });
  const segments = xmlSegments('</row>', (text) => push(rewrite(text)));
  return {
    write: segments.push,
    end() {
      segments.end();
      return converted;
    },
  };
}
