/**
 * exceljs expands every data validation and every merged area cell by cell while it parses, so a
 * rule over whole columns (`sqref="A:A"`, `A1:XFD1048576`) can take minutes and gigabytes. Such rules
 * are cut to the sheet's rows in the XML before exceljs sees it, and what still exceeds the bound is
 * dropped. exceljs also checks each merge against every earlier one, so past `mergeRanges` merges the
 * rest are dropped (the first ones, titles and headers, kept). The load result says so, so nothing is
 * written back as if the file were whole.
 */
import type { XlsxLimits } from './limits';
import { boxCells, clipRows, formatBox, isCellRef, MAX_COL, parseRefList } from './sheet-ranges';
import type { SheetScan } from './sheet-scan';

export type StrippedPart = 'dataValidations' | 'mergedCells' | 'definedNames';

const SQREF = /<dataValidation\b[^>]*?\ssqref="([^"]*)"/g;
const MERGE_REF = /<mergeCell\b[^>]*?\sref="([^"]*)"/g;
const VALIDATION = /<dataValidation\b(?:[^>]*?\/>|[^>]*>[\s\S]*?<\/dataValidation>)/g;
const MERGE = /<mergeCell\b[^>]*?\/?>(?:\s*<\/mergeCell>)?/g;
const COL = /<col\b[^>]*?\/?>(?:\s*<\/col>)?/g;
const COL_SPAN = /\s(min|max)="(\d+)"/g;

/** A `<col>` cut to Excel's last column (exceljs makes every column it spans), or null when it starts past it. */
function fitCol(element: string): string | null {
  const span = Object.fromEntries([...element.matchAll(COL_SPAN)].map((m) => [m[1], Number(m[2])]));
  if ((span.min ?? 1) > MAX_COL) return null;
  return (span.max ?? 0) > MAX_COL ? element.replace(/\smax="\d+"/, ` max="${MAX_COL}"`) : element;
}

const refsIn = (section: string, pattern: RegExp): string[][] => [...section.matchAll(pattern)].map((m) => m[1].split(/\s+/).filter(Boolean));
const cellsOf = (refs: string[]): number => parseRefList(refs.join(' ')).reduce((sum, box) => sum + boxCells(box), 0);

function tooBig(lists: string[][], budget: number): boolean {
  let cells = 0;
  for (const refs of lists) {
    if (!refs.every(isCellRef)) return true;
    cells += cellsOf(refs);
  }
  return cells > budget;
}

/** Whether the scanned sheet must be rewritten before exceljs parses it. */
export function needsRewrite(scan: SheetScan, limits: XlsxLimits): boolean {
  const merges = refsIn(scan.merges, MERGE_REF);
  const cols = [...scan.cols.matchAll(COL)].some(([element]) => fitCol(element) !== element);
  return cols || tooBig(refsIn(scan.validations, SQREF), limits.validationCells) || merges.length > limits.mergeRanges || tooBig(merges, limits.mergedCells);
}

/** The sheet's last row number (rows without `r` follow the one before). */
function lastRow(xml: string): number {
  let last = 0;
  for (const m of xml.matchAll(/<row\b([^>]*)>/g)) {
    const r = /\sr="(\d+)"/.exec(m[1]);
    last = r ? Math.max(last, Number(r[1])) : last + 1;
  }
  return Math.max(last, 1);
}

/** Replaces the section `<tag …>…</tag>` with the kept elements (or removes it), keeping its place in the XML. */
function replaceSection(
  xml: string,
  tag: string,
  elements: RegExp,
  keep: (element: string) => string | null,
  counted = true,
): { xml: string; changed: boolean } {
  const start = xml.indexOf(`<${tag}`);
  if (start < 0) return { xml, changed: false };
  const open = xml.indexOf('>', start);
  const selfClosing = xml[open - 1] === '/';
  const close = selfClosing ? -1 : xml.indexOf(`</${tag}>`, open);
  const end = selfClosing ? open + 1 : close < 0 ? xml.length : close + tag.length + 3;
  const inner = selfClosing ? '' : xml.slice(open + 1, close < 0 ? xml.length : close);
  let changed = false;
  const kept: string[] = [];
  for (const [element] of inner.matchAll(elements)) {
    const result = keep(element);
    if (result !== element) changed = true;
    if (result !== null) kept.push(result);
  }
  if (!changed) return { xml, changed };
  const section = kept.length === 0 ? '' : `<${tag}${counted ? ` count="${kept.length}"` : ''}>${kept.join('')}</${tag}>`;
  return { xml: xml.slice(0, start) + section + xml.slice(end), changed };
}

const DEFINED_NAME = /<definedName\b[^>]*>([\s\S]*?)<\/definedName>/g;

/**
 * workbook.xml without the defined names whose ranges cover more than `budget` cells (a name over the
 * whole sheet, a filter over whole columns): exceljs makes every cell they cover. Formulas and names
 * that are not ranges are kept. The same text when nothing is dropped.
 */
export function fitDefinedNames(workbookXml: string, budget: number): string {
  if (!workbookXml.includes('<definedName')) return workbookXml;
  let dropped = false;
  const fitted = workbookXml.replace(DEFINED_NAME, (element: string, body: string) => {
    // `'Đăng ký'!$A$1:$XFD$1048576,Sheet2!$A:$P`: each area's cells, the sheet prefix aside.
    const areas = body.split(',').map((area) => area.slice(area.lastIndexOf('!') + 1).replace(/\$/g, ''));
    const boxes = parseRefList(areas.join(' '));
    if (boxes.length === 0 || boxes.reduce((sum, box) => sum + boxCells(box), 0) <= budget) return element;
    dropped = true;
    return '';
  });
  return dropped ? fitted : workbookXml;
}

/** The sheet with oversized validations cut to its rows (or dropped) and oversized merges dropped. */
export function rewriteSheet(xml: string, limits: XlsxLimits): { xml: string; stripped: StrippedPart[] } {
  const rows = lastRow(xml);
  const stripped: StrippedPart[] = [];
  let validationBudget = limits.validationCells;
  // Whole rows written out as A1:XFD1 lose nothing; rules cut below the last row or dropped do.
  let lost = false;
  const validations = replaceSection(xml, 'dataValidations', VALIDATION, (element) => {
    const sqref = new RegExp(SQREF.source).exec(element);
    if (!sqref) return element;
    const boxes = parseRefList(sqref[1]);
    const clipped = boxes.map((box) => clipRows(box, rows)).filter((box) => box !== null);
    const cells = clipped.reduce((sum, box) => sum + boxCells(box), 0);
    if (cells < cellsOf(sqref[1].split(/\s+/))) lost = true;
    if (clipped.length === 0 || cells > validationBudget) {
      lost = true;
      return null;
    }
    validationBudget -= cells;
    const list = clipped.map(formatBox).join(' ');
    return list === sqref[1] ? element : element.replace(sqref[0], sqref[0].replace(`sqref="${sqref[1]}"`, `sqref="${list}"`));
  });
  if (lost) stripped.push('dataValidations');
  let mergeBudget = limits.mergedCells;
  let mergesLeft = limits.mergeRanges;
  const merges = replaceSection(validations.xml, 'mergeCells', MERGE, (element) => {
    const ref = new RegExp(MERGE_REF.source).exec(element);
    if (!ref) return element;
    const cells = isCellRef(ref[1]) ? cellsOf([ref[1]]) : Infinity;
    if (cells > mergeBudget || mergesLeft === 0) return null;
    mergeBudget -= cells;
    mergesLeft--;
    return element;
  });
  if (merges.changed) stripped.push('mergedCells');
  // Widths past the last column are of no column: cut without loss.
  const cols = replaceSection(merges.xml, 'cols', COL, fitCol, false);
  return { xml: cols.xml, stripped };
}
