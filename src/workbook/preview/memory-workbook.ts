import type { CellValue, Grid, SheetGrid } from '../../engine';
import type { SheetContent } from '../sheet-content';
import type { Capabilities, CellMark, CellPosition, CellWrite, ChartSpec, InsertedRows, WorkbookPort } from '../workbook';
import type { LoadFailure, LossyPart } from '../xlsx/checked-package';
import { emptySheet, sheetFromContent, usedGrid, withRows, type MemorySheet } from './memory-sheet';
import { shiftMarks, shiftRows } from './shift-rows';

export type { MemorySheet } from './memory-sheet';

/** `formulas`: cells that held a formula, kept as their result (the browser version does not calculate). */
export type XlsxOpenResult = { ok: true; lossy: LossyPart[]; formulas: number } | LoadFailure;

/** A cell of the active sheet: 1-based row, 0-based column (as `CellPosition`). */
type Cell = { row: number; col: number };

const A1: Cell = { row: 1, col: 0 };

/** exceljs (about 1 MB) comes in its own chunk, fetched the first time a file is opened or saved. */
const xlsxConvert = () => import(/* webpackChunkName: "xlsx" */ './xlsx-convert');

/**
 * The workbook held in the browser preview's page: everything `WorkbookPort` offers, in memory.
 * Marks are an overlay per sheet (never written into the values or the saved file); charts are not
 * available. The page follows it through `subscribe` and the synchronous getters.
 *
 * Selection events fire whenever the active cell changes: clicks in the grid (`select`), a sheet tab
 * (`activate`) and `selectCell` alike, as Excel fires them for the clerk's and the add-in's changes.
 */
export class MemoryWorkbook implements WorkbookPort {
  private sheets: MemorySheet[] = [];
  private marks = new Map<string, readonly CellMark[]>();
  /** The active cell remembered per sheet, as Excel does when switching tabs. */
  private cells = new Map<string, Cell>();
  private active: string | null = null;
  private revision = 0;
  /** Changes to the data (not selection or marks), and how many of them the last save had. */
  private edits = 0;
  private savedEdits = 0;
  private documents = 0;
  private documentName: string;
  private readonly changeListeners = new Set<() => void>();
  private readonly selectionListeners = new Set<(position: CellPosition) => void>();

  constructor(sheets: ReadonlyArray<SheetContent | MemorySheet> = [], name = '') {
    this.documentName = name;
    this.load(sheets.map(sheetFromContent));
  }

  // ---- WorkbookPort ---------------------------------------------------------------------------

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async readSheet(name: string): Promise<Grid> {
    const sheet = this.sheet(name);
    return sheet ? usedGrid(sheet) : [];
  }

  async readWorkbook(): Promise<SheetGrid[]> {
    return this.sheets.map((s) => ({ name: s.name, grid: usedGrid(s) }));
  }

  async writeSheet(content: SheetContent): Promise<void> {
    const sheet = sheetFromContent(content);
    const at = this.indexOf(content.name);
    // Replacing a sheet keeps its place among the tabs.
    if (at >= 0) this.sheets = this.sheets.map((s, i) => (i === at ? sheet : s));
    else this.sheets = [...this.sheets, sheet];
    const shown = this.visibleSheetNames();
    if (this.active === null || !shown.includes(this.active)) this.active = shown[0] ?? null;
    this.edited();
  }

  async deleteSheet(name: string): Promise<void> {
    this.sheets = this.sheets.filter((s) => s.name !== name);
    const shown = this.visibleSheetNames();
    if (this.active === null || !shown.includes(this.active)) this.active = shown[0] ?? null;
    this.edited();
  }

  async writeRows(sheet: string, firstRow: number, rows: CellValue[][]): Promise<void> {
    const at = this.indexOf(sheet);
    if (at < 0) {
      this.sheets = [...this.sheets, withRows(emptySheet(sheet), firstRow, rows)];
    } else {
      this.sheets = this.sheets.map((s, i) => (i === at ? withRows(s, firstRow, rows) : s));
    }
    this.edited();
  }

  /** The cells' values; the preview shows no fonts, so `font` changes nothing here. */
  async writeCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    const at = this.indexOf(sheet);
    if (at < 0) throw new RangeError(`writeCells: no sheet “${sheet}”`);
    const values = [...this.sheets[at].values];
    for (const { row, col, value } of cells) {
      while (values.length < row) values.push([]);
      const cellsOfRow = [...values[row - 1]];
      while (cellsOfRow.length < col) cellsOfRow.push(null);
      cellsOfRow[col] = value === undefined || value === '' ? null : value;
      values[row - 1] = cellsOfRow;
    }
    // A new sheet object, as for every change (the page tells a changed sheet by its identity).
    this.sheets = this.sheets.map((s, i) => (i === at ? { ...s, values } : s));
    this.edited();
  }

  /**
   * Rows inserted as Excel inserts them (see `shiftRows`). The browser version keeps no formulas: every
   * number of the line under the new rows is a typed one, which the new rows leave wrong.
   */
  async insertRows(sheet: string, beforeRow: number, rows: CellValue[][]): Promise<InsertedRows> {
    if (!Number.isInteger(beforeRow) || beforeRow < 1) throw new RangeError(`insertRows: row ${beforeRow} is not a sheet row`);
    this.shift(sheet, beforeRow - 1, rows.length, (s) => withRows(s, beforeRow, rows));
    const below = this.sheet(sheet)?.values[beforeRow - 1 + rows.length] ?? [];
    return { typedNumbers: below.filter((v) => typeof v === 'number').length };
  }

  async deleteRows(sheet: string, firstRow: number, count: number): Promise<void> {
    if (!Number.isInteger(firstRow) || firstRow < 1) throw new RangeError(`deleteRows: row ${firstRow} is not a sheet row`);
    if (!Number.isInteger(count) || count < 1) return;
    this.shift(sheet, firstRow - 1, -count, (s) => s);
  }

  async selectCell(position: CellPosition): Promise<void> {
    this.select(position);
  }

  async getSelection(): Promise<CellPosition | null> {
    return this.selection();
  }

  onSelectionChanged(handler: (position: CellPosition) => void): () => void {
    this.selectionListeners.add(handler);
    return () => {
      this.selectionListeners.delete(handler);
    };
  }

  async markCells(sheet: string, marks: readonly CellMark[]): Promise<void> {
    this.marks.set(
      sheet,
      marks.map((m) => ({ ...m })),
    );
    this.changed();
  }

  async clearMarks(sheet: string): Promise<void> {
    if (this.marks.delete(sheet)) this.changed();
  }

  async addChart(_chart: ChartSpec): Promise<boolean> {
    return false;
  }

  capabilities(): Capabilities {
    return { fitColumns: true, hideSheets: true, conditionalFormats: true, freezePanes: true, dropdowns: true, pageSetup: true, charts: false };
  }

  // ---- The page's view ------------------------------------------------------------------------

  /** Calls `listener` after every change (values, sheets, marks, selection); returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.changeListeners.add(listener);
    return () => {
      this.changeListeners.delete(listener);
    };
  };

  /** A number that changes with every change (for `useSyncExternalStore`). */
  getRevision = (): number => this.revision;

  /** Counts the workbooks opened in this one's place (`replace`), so the page can start afresh for each. */
  generation(): number {
    return this.documents;
  }

  /** The file name the workbook came from (or will be saved as). */
  name(): string {
    return this.documentName;
  }

  sheetList(): readonly MemorySheet[] {
    return this.sheets;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  visibleSheetNames(): string[] {
    return this.sheets.filter((s) => (s.visibility ?? 'visible') === 'visible').map((s) => s.name);
  }

  activeSheet(): string | null {
    return this.active;
  }

  marksOf(sheet: string): readonly CellMark[] {
    return this.marks.get(sheet) ?? [];
  }

  /** The active cell, synchronously. */
  selection(): CellPosition | null {
    if (this.active === null) return null;
    return { sheet: this.active, ...(this.cells.get(this.active) ?? A1) };
  }

  /** Shows a sheet with its remembered active cell (a click on its tab). */
  activate(sheet: string): void {
    if (!this.sheet(sheet)) return;
    this.select({ sheet, ...(this.cells.get(sheet) ?? A1) });
  }

  /** Makes a cell active and shows its sheet (a click in the grid); listeners hear of real changes only. */
  select(position: CellPosition): void {
    if (!this.sheet(position.sheet)) return;
    const row = Math.max(1, Math.floor(position.row));
    const col = Math.max(0, Math.floor(position.col));
    const before = this.selection();
    this.active = position.sheet;
    this.cells.set(position.sheet, { row, col });
    const after: CellPosition = { sheet: position.sheet, row, col };
    if (before && before.sheet === after.sheet && before.row === row && before.col === col) return;
    this.changed();
    for (const listener of [...this.selectionListeners]) listener({ ...after });
  }

  /** Whether the data changed since the workbook was opened or last saved (downloaded). */
  unsaved(): boolean {
    return this.edits !== this.savedEdits;
  }

  /** The workbook as it is now was saved. */
  markSaved(): void {
    this.savedEdits = this.edits;
    this.changed();
  }

  /** Replaces the whole workbook (a file opened in the page). Listeners to selection stay subscribed. */
  replace(sheets: ReadonlyArray<SheetContent | MemorySheet>, name: string): void {
    this.documentName = name;
    this.savedEdits = this.edits;
    this.documents++;
    this.load(sheets.map(sheetFromContent));
    this.changed();
    const selection = this.selection();
    if (selection) for (const listener of [...this.selectionListeners]) listener({ ...selection });
  }

  /** Opens .xlsx bytes in place of the current workbook; an unreadable file leaves it unchanged. */
  async fromXlsx(bytes: Uint8Array, name: string): Promise<XlsxOpenResult> {
    const { readXlsx } = await xlsxConvert();
    const result = await readXlsx(bytes);
    if (!result.ok) return result;
    this.replace(result.sheets, name);
    return { ok: true, lossy: result.lossy, formulas: result.formulas };
  }

  /** The workbook as .xlsx bytes: values, styles, merges, widths, dropdowns, visibility; never the marks. */
  async toXlsx(): Promise<Uint8Array> {
    const { writeXlsx } = await xlsxConvert();
    return writeXlsx(this.sheets);
  }

  // ---- internals ------------------------------------------------------------------------------

  private load(sheets: MemorySheet[]): void {
    this.sheets = sheets;
    this.marks.clear();
    this.cells.clear();
    this.active = this.visibleSheetNames()[0] ?? null;
  }

  /** Moves a sheet's rows and its marks (`count` < 0: deletes), then `fill`s it. */
  private shift(name: string, at: number, count: number, fill: (sheet: MemorySheet) => MemorySheet): void {
    const index = this.indexOf(name);
    if (index < 0) throw new RangeError(`no sheet “${name}”`);
    if (count === 0) return;
    this.sheets = this.sheets.map((s, i) => (i === index ? fill(shiftRows(s, at, count)) : s));
    const marks = this.marks.get(name);
    if (marks) this.marks.set(name, shiftMarks(marks, at, count));
    this.edited();
  }

  private indexOf(name: string): number {
    return this.sheets.findIndex((s) => s.name === name);
  }

  private edited(): void {
    this.edits++;
    this.changed();
  }

  private changed(): void {
    this.revision++;
    for (const listener of [...this.changeListeners]) listener();
  }
}
