import type { CellValue, Grid } from '../../engine';
import { MAX_COL, parseRef } from './sheet-ranges';
import { attributeOf, ownText, textRuns, unescapeOoxml, xmlContent, xmlSegments, type XmlSegments } from './xml-segments';

/** What a sheet's cells refer to outside the sheet part. */
export interface SheetContext {
  strings: ReadonlyArray<string | null>;
  /** Cell styles (`s`) that show numbers as dates. */
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

export interface SheetRead {
  grid: Grid;
  /** 1-based numbers of the rows saved as hidden (by hand or by a filter), in order. */
  hiddenRows: number[];
  /** Whether the sheet has an AutoFilter. */
  filtered: boolean;
}

const DAY_MS = 24 * 3600 * 1000;

/** A serial date as a Date, as exceljs turns it (UTC, rounded to the millisecond). */
export const serialDate = (serial: number, date1904: boolean): Date => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));

/** The five named entities once more, as exceljs reads a formula's or `str` cell's text (a text once escaped twice reads once). */
const decodedAgain = (text: string): string =>
  text.includes('&') ? text.replace(/&([a-z]*);/g, (whole, name: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[name] ?? whole) : text;

/** 0-based column of a cell reference such as `AB12`; -1 when it has no letters. */
export function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return i === 0 ? -1 : col - 1;
}

const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/;
const INLINE = /<is\b[^>]*?(?:\/>|>([\s\S]*?)<\/is>)/;

/** The text of a cell's inline string (`<is>`): its runs joined, as exceljs reads them; null without one. */
export function inlineText(content: string): string | null {
  const inline = content.includes('<is') ? INLINE.exec(content)?.[1] : undefined;
  const runs = inline === undefined ? null : textRuns(inline);
  return runs !== null && inline?.includes('<r') ? unescapeOoxml(runs) : runs;
}

/**
 * A cell's value as Excel shows it and exceljs reads it: a formula by its cached result, a shared or
 * inline string by its text (rich text joined), a number in a date style as a Date, an error by its
 * code (`#N/A`); undefined for a cell without a value.
 */
export function cellValue(attributes: string, content: string, context: SheetContext): CellValue | undefined {
  const type = attributeOf(attributes, 't');
  const formula = content.includes('<f') ? FORMULA.exec(content) : null;
  const rawValue = content.includes('<v') ? VALUE.exec(content)?.[1] : undefined;
  const value = rawValue ? xmlContent(rawValue) : undefined;
  const style = Number(attributeOf(attributes, 's') ?? 0);
  const number = (text: string): number | Date => {
    const n = parseFloat(text);
    return context.dateStyles.has(style) && Number.isFinite(n) ? serialDate(n, context.date1904) : n;
  };
  if (formula && (formula[2] || attributeOf(formula[1], 't') !== undefined)) {
    if (!value) return null;
    if (type === 'str') return ownText(decodedAgain(value));
    if (type === 'b') return parseInt(value, 10) !== 0;
    if (type === 'e') return ownText(value);
    return number(value);
  }
  if (type === 'inlineStr') {
    const runs = inlineText(content);
    if (runs === null && value === undefined) return undefined;
    return ownText((value ?? '') + (runs ?? ''));
  }
  if (value === undefined) return undefined;
  switch (type) {
    case 's':
      return context.strings[parseInt(value, 10)] ?? null;
    case 'str':
      return ownText(decodedAgain(value));
    case 'b':
      return parseInt(value, 10) !== 0;
    case 'e':
      return ownText(value);
    case 'd': {
      // ISO 8601 dates (written by some tools, never by Excel): as the Date they name.
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? ownText(value) : date;
    }
    default:
      return number(value);
  }
}

/** The rows and cells of sheet data: a `<row>`'s attributes (group 1), or a cell's attributes (2) and content (3, none when empty). */
export const ROWS_AND_CELLS = /<row\b([^>]*)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** Where the rows and cells met in order are: a row or a cell without a reference follows the one before. */
export function cellPlaces(): { row(attributes: string): number; col(attributes: string): number } {
  let row = 0;
  let col = -1;
  return {
    row(attributes) {
      const number = parseInt(attributeOf(attributes, 'r') ?? '', 10);
      row = Number.isFinite(number) && number > 0 ? number : row + 1;
      col = -1;
      return row;
    },
    col(attributes) {
      const ref = attributeOf(attributes, 'r');
      const at = ref === undefined ? -1 : columnOf(ref);
      col = at >= 0 ? at : col + 1;
      return col;
    },
  };
}

/**
 * A worksheet part read as it is inflated, into the values of its cells from A1 (as `worksheetGrid`
 * gives them from exceljs): only rows holding a value take room; a merged area's value is in its
 * top-left cell only; cells past Excel's last column are not read.
 */
export function sheetGridReader(context: SheetContext): XmlSegments & { result(): SheetRead } {
  const grid: Grid = [];
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  let filtered = false;
  let stage: 'head' | 'rows' | 'tail' = 'head';
  let row: CellValue[] | null = null;
  let rowNumber = 0;
  const places = cellPlaces();

  function readRows(text: string): void {
    ROWS_AND_CELLS.lastIndex = 0;
    for (let m = ROWS_AND_CELLS.exec(text); m; m = ROWS_AND_CELLS.exec(text)) {
      if (m[1] !== undefined) {
        rowNumber = places.row(m[1]);
        const hidden = attributeOf(m[1], 'hidden');
        if (hidden === '1' || hidden === 'true') hiddenRows.push(rowNumber);
        row = null;
        continue;
      }
      const col = places.col(m[2]);
      if (m[3] === undefined || col >= MAX_COL || rowNumber === 0) continue;
      const value = cellValue(m[2], m[3], context);
      if (value === undefined) continue;
      if (!row) {
        row = [];
        grid[rowNumber - 1] = row;
      }
      while (row.length < col) row.push(null);
      row[col] = value;
    }
  }

  function readTail(text: string): void {
    for (const tag of text.match(/<mergeCell\b[^>]*>/g) ?? []) {
      const ref = attributeOf(tag, 'ref');
      if (ref) merges.push(ref);
    }
    if (/<autoFilter\b[^>]*\sref="[^"]+"/.test(text)) filtered = true;
  }

  const segments = xmlSegments('</row>', (text) => {
    let from = 0;
    if (stage === 'head') {
      const open = /<sheetData\b[^>]*?(\/)?>/.exec(text);
      if (!open) return;
      from = open.index + open[0].length;
      stage = open[1] ? 'tail' : 'rows';
    }
    if (stage === 'rows') {
      const close = text.indexOf('</sheetData>', from);
      readRows(close < 0 ? text.slice(from) : text.slice(from, close));
      if (close < 0) return;
      stage = 'tail';
      from = close;
    }
    readTail(from === 0 ? text : text.slice(from));
  });

  return {
    ...segments,
    result() {
      // As in Office.js, a merged area's value is in its top-left cell only.
      for (const ref of merges) {
        const box = parseRef(ref);
        if (!box) continue;
        for (let r = box.top - 1; r < Math.min(box.bottom, grid.length); r++) {
          const cells = grid[r];
          if (!cells) continue;
          for (let c = box.left - 1; c < Math.min(box.right, cells.length); c++) {
            if (r !== box.top - 1 || c !== box.left - 1) cells[c] = null;
          }
        }
      }
      return { grid: Array.from(grid, (cells) => cells ?? []), hiddenRows, filtered };
    },
  };
}
