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

/** The parts of `a` outside `b`, as up to four rectangles. */
function subtract(a: Rect, b: Rect): Rect[] {
  const out: Rect[] = [];
  if (a.r1 < b.r1) out.push({ ...a, r2: b.r1 - 1 });
  if (a.r2 > b.r2) out.push({ ...a, r1: b.r2 + 1 });
  const r1 = Math.max(a.r1, b.r1);
  const r2 = Math.min(a.r2, b.r2);
  if (a.c1 < b.c1) out.push({ r1, r2, c1: a.c1, c2: b.c1 - 1 });
  if (a.c2 > b.c2) out.push({ r1, r2, c1: b.c2 + 1, c2: a.c2 });
  return out;
}
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

/** `Name!` or `'Sheet name'!` as a formula writes a reference to another sheet. */
function sheetPrefix(name: string): RegExp {
  const plain = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = name.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:'${quoted}'|(?<![A-Za-z0-9_.'])${plain})!`, 'gi');
}

const quoteSheet = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/**
 * What Excel does to a formula (or a dropdown's source) when a sheet is deleted: every reference to it
 * becomes `#REF!` (`'Danh mục'!$A$2:$A$1000` → `#REF!`), for good: a sheet given that name later does
 * not bring it back. Text in quotes is kept.
 */
export function dropSheetReferences(formula: string, deleted: string): string {
  const ref = new RegExp(`${sheetPrefix(deleted).source}\\$?[A-Z]{0,3}\\$?\\d*(?::\\$?[A-Z]{0,3}\\$?\\d*)?`, 'gi');
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(ref, '#REF!')))
    .join('"');
}

/** What Excel does when a sheet is renamed: references to it follow the new name. */
export function renameSheetReferences(formula: string, from: string, to: string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(sheetPrefix(from), `${quoteSheet(to)}!`)))
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
    // Excel takes at most 32,767 characters in a cell (the quote prefix aside).
    if (typeof input === 'string' && input.replace(/^'/, '').length > 32_767)
      throw new OfficeFailure('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
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

  /** Excel refuses to change part of a merged area: a write must cover each merge it touches whole. */
  checkMergedWrite(rect: Rect): void {
    const partial = this.merges.find((m) => intersects(m, rect) && !(rect.r1 <= m.r1 && rect.c1 <= m.c1 && rect.r2 >= m.r2 && rect.c2 >= m.c2));
    if (partial) throw new OfficeFailure('InvalidOperation', "We can't do that to a merged cell (the range covers part of a merged area).");
  }

  /** Formulas and dropdown sources of this sheet, rewritten (a sheet deleted or renamed elsewhere). */
  rewriteReferences(rewrite: (formula: string) => string): void {
    for (const [key, formula] of this.formulas) this.formulas.set(key, rewrite(formula));
    for (const v of this.validations) {
      const list = (v.rule as { list?: { source?: unknown } } | undefined)?.list;
      if (list && typeof list.source === 'string' && list.source.startsWith('='))
        v.rule = { ...(v.rule as object), list: { ...list, source: rewrite(list.source) } };
    }
  }

  setFormat(rect: Rect, prop: string, value: unknown): void {
    this.layers.push({ rect, prop, value });
  }

  /** A property back to Excel's default over `rect` (the layers over it cut away). */
  clearLayers(rect: Rect, prop?: string): void {
    this.layers = this.layers.flatMap((layer) =>
      (prop !== undefined && layer.prop !== prop) || !intersects(layer.rect, rect) ? [layer] : subtract(layer.rect, rect).map((r) => ({ ...layer, rect: r })),
    );
  }

  /** Excel's Clear: `Contents` the values and formulas; `Formats` the formats, merges and conditional formats; `All` both. */
  clear(rect: Rect, applyTo: 'All' | 'Formats' | 'Contents'): void {
    if (applyTo !== 'Formats') {
      this.rows.forEach((row, r) => {
        if (r < rect.r1 || r > rect.r2) return;
        for (let c = rect.c1; c <= Math.min(rect.c2, row.length - 1); c++) {
          if (c in row) row[c] = '';
          this.formulas.delete(`${r},${c}`);
          this.quotePrefixed.delete(`${r},${c}`);
        }
      });
    }
    if (applyTo !== 'Contents') {
      this.clearLayers(rect);
      this.merges = this.merges.filter((m) => !intersects(m, rect));
      this.conditionalFormats = this.conditionalFormats.filter((f) => !intersects(f.rect, rect));
    }
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
        rect = rect
          ? { r1: Math.min(rect.r1, r), c1: Math.min(rect.c1, c), r2: Math.max(rect.r2, r), c2: Math.max(rect.c2, c) }
          : { r1: r, c1: c, r2: r, c2: c };
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
    this.moveRows(
      (r) => (r >= at ? r + count : r),
      (formula) => shiftReferences(formula, (r) => (r >= at ? r + count : r)),
    );
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

  /** Excel's rules for a sheet name: 1-31 characters, none of `[ ] : * ? / \`, no apostrophe at either end, unique. */
  checkName(name: string, renaming?: SheetModel): void {
    const other = this.byName(name);
    if (other && other !== renaming) throw new OfficeFailure('ItemAlreadyExists', `A sheet named ${name} exists.`);
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new OfficeFailure('InvalidArgument', `The sheet name "${name}" is not valid.`);
    }
  }

  add(name: string, at = this.sheets.length): SheetModel {
    this.checkName(name);
    const sheet = new SheetModel(this.ids++, name);
    this.sheets.splice(at, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  /** Deletes a sheet as Excel does: every reference to it elsewhere becomes `#REF!`. */
  remove(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    for (const other of this.sheets) other.rewriteReferences((f) => dropSheetReferences(f, sheet.name));
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === 'Visible') ?? null;
  }

  /** Renames a sheet as Excel does: references to it follow the new name (references already `#REF!` stay so). */
  rename(sheet: SheetModel, name: string): void {
    this.checkName(name, sheet);
    const from = sheet.name;
    sheet.name = name;
    for (const s of this.sheets) s.rewriteReferences((f) => renameSheetReferences(f, from, name));
  }

  visibleCount(except?: SheetModel): number {
    return this.sheets.filter((s) => s !== except && s.visibility === 'Visible').length;
  }
}
