/**
 * The in-memory workbook behind the fake Excel object model: sheets as grids of values, formulas
 * kept apart, formats as layers over rectangles, conditional formats, validations and the rest.
 */
export type Scalar = string | number | boolean;

/** 0-based, inclusive. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface ConditionalFormatModel {
  id: number;
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  /** Who added it, for the tests' assertions (the adapter cannot see this). */
  addedBy: 'software' | 'clerk';
}

export interface ValidationModel {
  rect: Rect;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface ChartModel {
  type: string;
  source: Rect;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  position?: [string, string];
}

export class OfficeFailure extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string };

  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

export const intersects = (a: Rect, b: Rect): boolean => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
const contains = (a: Rect, r: number, c: number): boolean => r >= a.r1 && r <= a.r2 && c >= a.c1 && c <= a.c2;

/** What Excel does with a value typed or written through `values`. */
export function excelParse(input: Scalar): { value: Scalar; formula?: string; quotePrefix?: boolean } {
  if (typeof input !== 'string') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input === '') return { value: '' };
  if (/^[=+@]/.test(input)) return { value: '#NAME?', formula: input.startsWith('=') ? input : `=${input.slice(1)}` };
  const compact = input.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i.test(compact)) {
    const n = Number(compact.replace('%', ''));
    return { value: compact.endsWith('%') ? n / 100 : n };
  }
  if (input.startsWith('-')) return { value: '#NAME?', formula: `=${input}` };
  if (/^(true|false)$/i.test(compact)) return { value: compact.toLowerCase() === 'true' };
  return { value: input };
}

export class SheetModel {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  rows: Scalar[][] = [];
  formulas = new Map<string, string>();
  quotePrefixed = new Set<string>();
  /** Formats as applied, in order: the last layer setting a property over a cell wins. */
  layers: Array<{ rect: Rect; prop: string; value: unknown }> = [];
  merges: Rect[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  validations: ValidationModel[] = [];
  freezeRows = 0;
  /** 0-based rows hidden by hand or by a filter. */
  hiddenRows = new Set<number>();
  /** The AutoFilter's range, when the sheet has one. */
  autoFilter: Rect | null = null;
  pageLayout: Record<string, unknown> = {};
  charts: ChartModel[] = [];

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  value(r: number, c: number): Scalar {
    return this.rows[r]?.[c] ?? '';
  }

  /** Writes one cell as Excel would take the input. */
  input(r: number, c: number, input: Scalar): void {
    const parsed = excelParse(input);
    const key = `${r},${c}`;
    const row = (this.rows[r] ??= []);
    row[c] = parsed.value;
    if (parsed.formula) this.formulas.set(key, parsed.formula);
    else this.formulas.delete(key);
    if (parsed.quotePrefix) this.quotePrefixed.add(key);
    else this.quotePrefixed.delete(key);
  }

  formula(r: number, c: number): string | undefined {
    return this.formulas.get(`${r},${c}`);
  }

  setFormat(rect: Rect, prop: string, value: unknown): void {
    this.layers.push({ rect, prop, value });
  }

  /** The format property of a cell (the last layer over it), or undefined. */
  format(r: number, c: number, prop: string): unknown {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      if (layer.prop === prop && contains(layer.rect, r, c)) return layer.value;
    }
    return undefined;
  }

  /** The rectangle of cells holding values, or null when the sheet has none. */
  valuesRect(): Rect | null {
    let rect: Rect | null = null;
    this.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === '' || v === undefined) return;
        rect = rect ? { r1: Math.min(rect.r1, r), c1: Math.min(rect.c1, c), r2: Math.max(rect.r2, r), c2: Math.max(rect.c2, c) } : { r1: r, c1: c, r2: r, c2: c };
      });
    });
    return rect;
  }

  /** Excel's used range: values and formatted cells (whole rows/columns' formats aside); A1 when empty. */
  usedRect(valuesOnly: boolean): Rect {
    let rect = this.valuesRect();
    if (!valuesOnly) {
      for (const { rect: l } of this.layers) {
        if (l.r2 >= MAX_ROWS - 1 || l.c2 >= MAX_COLS - 1) continue;
        rect = rect ? { r1: Math.min(rect.r1, l.r1), c1: Math.min(rect.c1, l.c1), r2: Math.max(rect.r2, l.r2), c2: Math.max(rect.c2, l.c2) } : { ...l };
      }
    }
    return rect ?? { r1: 0, c1: 0, r2: 0, c2: 0 };
  }

  read(rect: Rect): Scalar[][] {
    const out: Scalar[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const source = this.rows[r];
      const row: Scalar[] = new Array(rect.c2 - rect.c1 + 1);
      for (let c = rect.c1; c <= rect.c2; c++) row[c - rect.c1] = source?.[c] ?? '';
      out.push(row);
    }
    return out;
  }
}

export interface SelectionModel {
  sheet: SheetModel;
  rect: Rect;
  /** A chart or shape selected: no cell range. */
  notCells?: boolean;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  selection: SelectionModel | null = null;
  private ids = 1;

  byName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  add(name: string, at = this.sheets.length): SheetModel {
    if (this.byName(name)) throw new OfficeFailure('ItemAlreadyExists', `A sheet named ${name} exists.`);
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new OfficeFailure('InvalidArgument', `Bad sheet name ${name}`);
    const sheet = new SheetModel(this.ids++, name);
    this.sheets.splice(at, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  visibleCount(except?: SheetModel): number {
    return this.sheets.filter((s) => s !== except && s.visibility === 'Visible').length;
  }
}
