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

/**
 * A formula's same-sheet A1 references with their 0-based rows moved by `move`. With `deleted`, a
 * single reference into deleted rows becomes `#REF!` and a range's end inside them stops at the
 * rows kept (`first` / `last`), as Excel does. Text in quotes and other sheets' references are kept.
 */
export function shiftReferences(formula: string, move: (r: number) => number, deleted?: { gone: (r: number) => boolean; first: number; last: number }): string {
  const ref = /(^|[^A-Za-z0-9_!.$'])(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![A-Za-z0-9_(])/g;
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(ref, (_all, lead: string, c1: string, r1: string, c2: string | undefined, r2: string | undefined) => {
            const a = Number(r1) - 1;
            if (c2 === undefined || r2 === undefined) return deleted?.gone(a) ? `${lead}#REF!` : `${lead}${c1}${move(a) + 1}`;
            const b = Number(r2) - 1;
            if (deleted && deleted.gone(a) && deleted.gone(b)) return `${lead}#REF!`;
            const start = deleted?.gone(a) ? deleted.first : move(a);
            const end = deleted?.gone(b) ? deleted.last : move(b);
            return `${lead}${c1}${start + 1}:${c2}${end + 1}`;
          }),
    )
    .join('"');
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

  /**
   * Whole rows inserted at 0-based `at` (Excel's `insert(Down)` on rows): everything from there
   * moves down, formulas' references to moved rows follow them, as Excel does. A range ending above
   * `at` is not extended (Excel only stretches ranges the insertion falls inside).
   */
  insertRows(at: number, count: number): void {
    this.rows.splice(at, 0, ...Array.from({ length: count }, () => [] as Scalar[]));
    this.moveRows((r) => (r >= at ? r + count : r), (formula) => shiftReferences(formula, (r) => (r >= at ? r + count : r)));
  }

  /** Whole rows deleted from 0-based `at` (Excel's `delete(Up)`): references into them shrink or become #REF!. */
  deleteRows(at: number, count: number): void {
    const end = at + count - 1;
    this.rows.splice(at, count);
    const gone = (r: number) => r >= at && r <= end;
    const keep = (r: number) => (r > end ? r - count : r);
    for (const key of [...this.formulas.keys(), ...this.quotePrefixed]) {
      if (gone(Number(key.split(',')[0]))) {
        this.formulas.delete(key);
        this.quotePrefixed.delete(key);
      }
    }
    this.moveRows(keep, (formula) => shiftReferences(formula, keep, { gone, first: at, last: at - 1 }));
  }

  private moveRows(move: (r: number) => number, rewrite: (formula: string) => string): void {
    const key = (k: string) => {
      const [r, c] = k.split(',').map(Number);
      return `${move(r)},${c}`;
    };
    this.formulas = new Map([...this.formulas].map(([k, f]) => [key(k), rewrite(f)]));
    this.quotePrefixed = new Set([...this.quotePrefixed].map(key));
    const rect = (x: Rect): Rect => ({ ...x, r1: move(x.r1), r2: x.r2 >= MAX_ROWS - 1 ? x.r2 : move(x.r2) });
    this.layers = this.layers.map((l) => ({ ...l, rect: rect(l.rect) }));
    this.merges = this.merges.map(rect);
    this.conditionalFormats = this.conditionalFormats.map((f) => ({ ...f, rect: rect(f.rect) }));
    this.validations = this.validations.map((v) => ({ ...v, rect: rect(v.rect) }));
    this.hiddenRows = new Set([...this.hiddenRows].map(move));
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
