import { columnLetters, type TableCell } from '../../engine';
import { fitText } from '../cell-limit';
import type { CellRange, CellStyle, SheetContent } from '../sheet-content';
import { listValidation, pageSetupOf, rangeAddress } from './render-sheet';
import { attributes, MAIN_NS, REL_NS, XML_HEAD, xmlText } from './xml-text';
import { combineStyles, type StyleTable } from './xlsx-styles';

/** Leading or trailing spaces and line breaks are kept only when marked so. */
const spaceOf = (text: string): string => (/^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '');

/** The workbook's shared strings: each text written once, cells refer to it by number. */
export interface SharedStrings {
  index(text: string): number;
  xml(): string;
}

export function sharedStrings(): SharedStrings {
  const texts = new Map<string, number>();
  let count = 0;
  return {
    index(text) {
      count++;
      let i = texts.get(text);
      if (i === undefined) {
        i = texts.size;
        texts.set(text, i);
      }
      return i;
    },
    xml() {
      const items: string[] = [];
      for (const text of texts.keys()) {
        items.push(`<si><t${spaceOf(text)}>${xmlText(text)}</t></si>`);
      }
      return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${count}" uniqueCount="${texts.size}">${items.join('')}</sst>`;
    },
  };
}

const letters: string[] = [];
const column = (c: number): string => (letters[c] ??= columnLetters(c));

/** Where a sheet's text goes: the workbook's shared strings, or each cell itself (a sheet added to another workbook). */
export type CellTexts = SharedStrings | 'inline';

/** One cell; text always as a string, so "=…" is never a formula. */
function cellXml(ref: string, value: TableCell | undefined, s: number, strings: CellTexts): string {
  const style = s === 0 ? '' : ` s="${s}"`;
  if (typeof value === 'string') {
    if (strings !== 'inline') return `<c r="${ref}"${style} t="s"><v>${strings.index(fitText(value))}</v></c>`;
    const text = fitText(value);
    return `<c r="${ref}"${style} t="inlineStr"><is><t${spaceOf(text)}>${xmlText(text)}</t></is></c>`;
  }
  // A number XML cannot hold (NaN, ∞) leaves the cell empty rather than the file broken.
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
  return s === 0 ? `<c r="${ref}"/>` : `<c r="${ref}"${style}/>`;
}

/** The sheet's styles by row, in their order (a later one goes over an earlier one). */
function stylesByRow(content: SheetContent): Map<number, Array<{ range: CellRange; style: CellStyle }>> {
  const rows = new Map<number, Array<{ range: CellRange; style: CellStyle }>>();
  for (const entry of content.styles) {
    for (let r = entry.range.r1; r <= entry.range.r2; r++) {
      const list = rows.get(r);
      if (list) list.push(entry);
      else rows.set(r, [entry]);
    }
  }
  return rows;
}

/** The cells a merge covers besides its top-left one, by row: they hold no value and take that cell's style. */
function mergedCells(merges: readonly CellRange[]): Map<number, Map<number, CellRange>> {
  const rows = new Map<number, Map<number, CellRange>>();
  for (const m of merges) {
    for (let r = m.r1; r <= m.r2; r++) {
      const row = rows.get(r) ?? new Map<number, CellRange>();
      rows.set(r, row);
      for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) row.set(c, m);
    }
  }
  return rows;
}

/** Rows per piece of sheet XML handed on at a time, so no sheet is ever one huge string. */
const ROWS_PER_PIECE = 1000;

function* sheetDataXml(content: SheetContent, styles: StyleTable, strings: CellTexts): Generator<string> {
  const byRow = stylesByRow(content);
  const merged = mergedCells(content.merges);
  const heights = new Map(Object.entries(content.rowHeights ?? {}).map(([r, h]) => [Number(r), h]));
  const styleAt = (r: number, c: number): number => {
    const covering = (byRow.get(r) ?? []).filter((e) => e.range.c1 <= c && c <= e.range.c2).map((e) => e.style);
    return covering.length === 0 ? 0 : styles.id(combineStyles(covering));
  };
  let last = content.values.length - 1;
  for (const s of content.styles) last = Math.max(last, s.range.r2);
  for (const m of content.merges) last = Math.max(last, m.r2);
  for (const r of heights.keys()) last = Math.max(last, r);

  let piece = '<sheetData>';
  for (let r = 0; r <= last; r++) {
    const values = content.values[r] ?? [];
    const styled = byRow.get(r);
    const covered = merged.get(r);
    let cells = '';
    if (!styled && !covered) {
      // The usual row of data: values only.
      for (let c = 0; c < values.length; c++) {
        const value = values[c];
        if (value !== null && value !== undefined) cells += cellXml(`${column(c)}${r + 1}`, value, 0, strings);
      }
    } else {
      const columns = new Set<number>();
      values.forEach((v, c) => v !== null && v !== undefined && columns.add(c));
      for (const { range } of styled ?? []) for (let c = range.c1; c <= range.c2; c++) columns.add(c);
      for (const c of covered?.keys() ?? []) columns.add(c);
      for (const c of [...columns].sort((a, b) => a - b)) {
        const master = covered?.get(c);
        cells += master
          ? cellXml(`${column(c)}${r + 1}`, null, styleAt(master.r1, master.c1), strings)
          : cellXml(`${column(c)}${r + 1}`, values[c], styleAt(r, c), strings);
      }
    }
    const height = heights.get(r);
    if (cells !== '' || height !== undefined) {
      piece += `<row r="${r + 1}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>${cells}</row>`;
    }
    if ((r + 1) % ROWS_PER_PIECE === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}</sheetData>`;
}

/** Margins exceljs gives a sheet without a page set-up. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/**
 * `xl/worksheets/sheetN.xml` for a described sheet, in pieces: the same values, styles, merges,
 * widths, heights, frozen rows, dropdowns and page set-up renderSheet gives an exceljs worksheet.
 * The styles and shared strings it uses are in `styles` and `strings` once every piece is taken
 * (with `'inline'`, its text is in its cells).
 */
export function* sheetXml(content: SheetContent, styles: StyleTable, strings: CellTexts): Generator<string> {
  const page = content.page ? pageSetupOf(content.page) : null;
  const parts: string[] = [XML_HEAD, `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
  if (page?.fitToPage) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  if (content.freezeRows) {
    const pane = attributes({ ySplit: content.freezeRows, topLeftCell: `A${content.freezeRows + 1}`, activePane: 'bottomLeft', state: 'frozen' });
    parts.push(`<sheetViews><sheetView workbookViewId="0"><pane${pane}/><selection pane="bottomLeft"/></sheetView></sheetViews>`);
  }
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const cols = content.columnWidths.flatMap((width, c) => (width ? [`<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`] : []));
  if (cols.length > 0) parts.push(`<cols>${cols.join('')}</cols>`);
  yield parts.join('');
  parts.length = 0;
  yield* sheetDataXml(content, styles, strings);
  if (content.merges.length > 0) {
    parts.push(`<mergeCells count="${content.merges.length}">${content.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join('')}</mergeCells>`);
  }
  const validations = (content.validations ?? []).map((v) => {
    const dv = listValidation(v);
    const attrs = attributes({
      type: dv.type,
      allowBlank: dv.allowBlank,
      showInputMessage: dv.showInputMessage,
      showErrorMessage: dv.showErrorMessage,
      prompt: dv.prompt,
      sqref: rangeAddress(v.range),
    });
    return `<dataValidation${attrs}><formula1>${xmlText(String(dv.formulae[0]))}</formula1></dataValidation>`;
  });
  if (validations.length > 0) parts.push(`<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`);
  parts.push(`<pageMargins${attributes({ ...(page?.margins ?? DEFAULT_MARGINS) })}/>`);
  // Without a page set-up, exceljs's defaults (Excel's own), so both writers' sheets read back alike.
  const setup = page ?? { orientation: 'portrait', fitToWidth: 1, fitToHeight: 1 };
  parts.push(
    `<pageSetup${attributes({ paperSize: setup.paperSize, orientation: setup.orientation, fitToWidth: setup.fitToWidth, fitToHeight: setup.fitToHeight })}/>`,
  );
  parts.push('</worksheet>');
  yield parts.join('');
}
