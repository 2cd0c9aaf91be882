import type { CellValue, Grid, SheetGrid } from '../../src/engine';
import type { SheetContent } from '../../src/workbook/sheet-content';
import type { Capabilities, CellMark, CellPosition, CellWrite, ChartSpec, InsertedRows, WorkbookError, WorkbookPort } from '../../src/workbook/workbook';

export type Write =
  | { kind: 'writeSheet'; name: string; content: SheetContent }
  | { kind: 'deleteSheet'; name: string }
  | { kind: 'writeRows'; sheet: string; firstRow: number; rows: CellValue[][] }
  | { kind: 'writeCells'; sheet: string; cells: CellWrite[]; font?: string }
  | { kind: 'insertRows'; sheet: string; beforeRow: number; rows: CellValue[][] }
  | { kind: 'deleteRows'; sheet: string; firstRow: number; count: number };

interface FakeSheet {
  name: string;
  grid: Grid;
  visibility: SheetContent['visibility'];
}

const ALL: Capabilities = {
  fitColumns: true,
  hideSheets: true,
  conditionalFormats: true,
  freezePanes: true,
  dropdowns: true,
  pageSetup: true,
  charts: true,
};

const copy = (grid: readonly (readonly CellValue[])[]): Grid => grid.map((r) => [...r]);

/**
 * An in-memory workbook behind the `WorkbookPort`: a grid per sheet, every write recorded,
 * selection events, marks and charts. Writing `null` leaves a cell as it is and `''` clears it,
 * as Excel does.
 */
export class FakeWorkbook implements WorkbookPort {
  private sheets: FakeSheet[];
  readonly writes: Write[] = [];
  readonly marks = new Map<string, CellMark[]>();
  readonly charts: ChartSpec[] = [];
  /** Font names set by `writeCells`, by `sheet!row:col`. */
  readonly fonts = new Map<string, string>();
  /** Every `selectCell` call, in order. */
  readonly selected: CellPosition[] = [];
  private selection: CellPosition | null = null;
  private readonly handlers = new Set<(position: CellPosition) => void>();
  private readonly caps: Capabilities;
  /** Thrown by the next call that reaches Excel (reads and writes). */
  failNext: WorkbookError | null = null;

  constructor(sheets: ReadonlyArray<{ name: string; rows: readonly (readonly CellValue[])[] }> = [], capabilities: Partial<Capabilities> = {}) {
    this.sheets = sheets.map((s) => ({ name: s.name, grid: copy(s.rows), visibility: 'visible' }));
    this.caps = { ...ALL, ...capabilities };
  }

  private excel(): void {
    const failure = this.failNext;
    this.failNext = null;
    if (failure) throw failure;
  }

  private sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'));
  }

  /** A copy of a sheet's grid, for assertions. */
  grid(name: string): Grid {
    return copy(this.sheet(name)?.grid ?? []);
  }

  /** A row as Excel shows it (1-based). */
  row(name: string, row: number): CellValue[] {
    return [...(this.sheet(name)?.grid[row - 1] ?? [])];
  }

  has(name: string): boolean {
    return !!this.sheet(name);
  }

  visibility(name: string): SheetContent['visibility'] {
    return this.sheet(name)?.visibility;
  }

  /** The clerk types into a cell (1-based row, 0-based column). */
  editCell(name: string, row: number, col: number, value: CellValue): void {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    while (sheet.grid.length < row) sheet.grid.push([]);
    sheet.grid[row - 1][col] = value;
  }

  /** The clerk clicks a cell: the selection event fires. */
  select(position: CellPosition): void {
    this.selection = position;
    for (const handler of [...this.handlers]) handler(position);
  }

  async sheetNames(): Promise<string[]> {
    this.excel();
    return this.sheets.map((s) => s.name);
  }

  async readSheet(name: string): Promise<Grid> {
    this.excel();
    return this.grid(name);
  }

  async readWorkbook(): Promise<SheetGrid[]> {
    this.excel();
    return this.sheets.map((s) => ({ name: s.name, grid: copy(s.grid) }));
  }

  async writeSheet(content: SheetContent): Promise<void> {
    this.excel();
    this.writes.push({ kind: 'writeSheet', name: content.name, content });
    const sheet: FakeSheet = { name: content.name, grid: copy(content.values), visibility: content.visibility ?? 'visible' };
    const at = this.sheets.findIndex((s) => s.name.toLocaleLowerCase('vi') === content.name.toLocaleLowerCase('vi'));
    if (at >= 0) this.sheets[at] = sheet;
    else this.sheets.push(sheet);
  }

  async deleteSheet(name: string): Promise<void> {
    this.excel();
    this.writes.push({ kind: 'deleteSheet', name });
    this.sheets = this.sheets.filter((s) => s.name !== name);
  }

  /** The cells' values; the font is recorded in `writes` and `fonts` (`sheet!A1` → name). */
  async writeCells(name: string, cells: readonly CellWrite[], options: { font?: string } = {}): Promise<void> {
    this.excel();
    this.writes.push({ kind: 'writeCells', sheet: name, cells: cells.map((c) => ({ ...c })), font: options.font });
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`fake workbook: no sheet ${name}`);
    for (const { row, col, value } of cells) {
      while (sheet.grid.length < row) sheet.grid.push([]);
      sheet.grid[row - 1][col] = value === '' || value === undefined ? null : value;
      if (options.font) this.fonts.set(`${sheet.name}!${row}:${col}`, options.font);
    }
  }

  async writeRows(name: string, firstRow: number, rows: CellValue[][]): Promise<void> {
    this.excel();
    this.writes.push({ kind: 'writeRows', sheet: name, firstRow, rows: copy(rows) });
    let sheet = this.sheet(name);
    if (!sheet) {
      sheet = { name, grid: [], visibility: 'visible' };
      this.sheets.push(sheet);
    }
    rows.forEach((values, i) => {
      const r = firstRow - 1 + i;
      while (sheet.grid.length <= r) sheet.grid.push([]);
      values.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.grid[r][c] = value;
      });
    });
  }

  /** Rows moved down from `beforeRow`, the new ones holding `rows` (the fake keeps no formulas: every number is typed). */
  async insertRows(name: string, beforeRow: number, rows: CellValue[][]): Promise<InsertedRows> {
    this.excel();
    this.writes.push({ kind: 'insertRows', sheet: name, beforeRow, rows: copy(rows) });
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`fake workbook: no sheet ${name}`);
    while (sheet.grid.length < beforeRow - 1) sheet.grid.push([]);
    sheet.grid.splice(beforeRow - 1, 0, ...copy(rows).map((r) => r.map((v) => (v === '' ? null : v))));
    return { typedNumbers: (sheet.grid[beforeRow - 1 + rows.length] ?? []).filter((v) => typeof v === 'number').length };
  }

  async deleteRows(name: string, firstRow: number, count: number): Promise<void> {
    this.excel();
    this.writes.push({ kind: 'deleteRows', sheet: name, firstRow, count });
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`fake workbook: no sheet ${name}`);
    sheet.grid.splice(firstRow - 1, count);
  }

  async selectCell(position: CellPosition): Promise<void> {
    this.excel();
    this.selected.push(position);
    this.select(position);
  }

  async getSelection(): Promise<CellPosition | null> {
    return this.selection;
  }

  onSelectionChanged(handler: (position: CellPosition) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  async markCells(sheet: string, marks: readonly CellMark[]): Promise<void> {
    this.excel();
    this.marks.set(sheet, [...marks]);
  }

  async clearMarks(sheet: string): Promise<void> {
    this.excel();
    this.marks.delete(sheet);
  }

  async addChart(chart: ChartSpec): Promise<boolean> {
    this.excel();
    if (!this.caps.charts) return false;
    this.charts.push(chart);
    return true;
  }

  capabilities(): Capabilities {
    return this.caps;
  }
}
