/**
 * Proxies of the fake Excel object model. As in Office.js, reading a property needs a `load` and a
 * `sync` first; setting a property or calling a method queues an action that `sync` applies in order.
 * Each proxy throws on any member it does not define, and on members newer than the simulated
 * ExcelApi version, so tests catch use of an API the adapter must not rely on.
 */
import {
  type ChartModel,
  type ConditionalFormatModel,
  MAX_COLS,
  MAX_ROWS,
  OfficeFailure,
  type Rect,
  type Scalar,
  type SheetModel,
  intersects,
} from './fake-model';
import type { FakeContext } from './fake-excel';

/** Excel refuses to read the values of more cells than this in one range. */
export const READ_CELL_LIMIT = 5_000_000;

function checkShape(rows: unknown[][], rect: Rect): void {
  if (rows.length !== rect.r2 - rect.r1 + 1 || rows.some((r) => r.length !== rect.c2 - rect.c1 + 1)) {
    throw new OfficeFailure('InvalidArgument', 'The number of rows or columns in the input array does not match the size of the range.');
  }
}

const PASS = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect']);

/** Makes an object throw on members it does not have, as a missing Office.js API would fail. */
function strict<T extends object>(target: T, kind: string): T {
  return new Proxy(target, {
    get(t, p, receiver) {
      if (typeof p === 'symbol' || p in t || PASS.has(p) || p.startsWith('$$') || p.startsWith('@@')) return Reflect.get(t, p, receiver);
      throw new Error(`fake Excel: ${kind}.${p} is not supported by the fake`);
    },
    set(t, p, value, receiver) {
      if (typeof p === 'symbol' || p in t) return Reflect.set(t, p, value, receiver);
      throw new Error(`fake Excel: setting ${kind}.${String(p)} is not supported by the fake`);
    },
  });
}

function parseProps(spec: string | string[] | undefined): string[] {
  if (spec === undefined) return [];
  return (Array.isArray(spec) ? spec : spec.split(',')).map((p) => p.trim()).filter(Boolean);
}

export function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A1 addresses: `B3`, `C5:Q104`, `5:7` (rows), `B:D` (columns). */
export function parseAddress(address: string): Rect {
  const [a, b = a] = address.replace(/\$/g, '').split(':');
  const cell = (s: string): { r?: number; c?: number } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(s);
    if (!m || (!m[1] && !m[2])) throw new OfficeFailure('InvalidArgument', `Bad address ${address}`);
    return { c: m[1] ? columnIndex(m[1]) : undefined, r: m[2] ? Number(m[2]) - 1 : undefined };
  };
  const p = cell(a);
  const q = cell(b);
  return { r1: p.r ?? 0, c1: p.c ?? 0, r2: q.r ?? MAX_ROWS - 1, c2: q.c ?? MAX_COLS - 1 };
}

export function formatAddress(sheet: string, rect: Rect): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = `${columnName(rect.c1)}${rect.r1 + 1}`;
  const b = `${columnName(rect.c2)}${rect.r2 + 1}`;
  return `${quoted}!${a === b ? a : `${a}:${b}`}`;
}

/** Base of every proxy: lazy resolution at sync time, loaded properties, queued actions. */
abstract class ClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private target: T | undefined;

  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T,
    readonly kind: string,
  ) {
    return strict(this, kind);
  }

  resolve(): T {
    return (this.target ??= this.resolver());
  }

  protected value<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw new OfficeFailure('PropertyNotLoaded', `The property '${prop}' is not available. Call load first.`);
    return this.loaded.get(prop) as V;
  }

  protected act(label: string, payload: unknown, apply: (target: T) => void): void {
    this.context.enqueue({
      label,
      payload,
      apply: () => {
        apply(this.resolve());
      },
    });
  }

  /** Properties by path (`items/name` handled by collections). */
  protected abstract read(prop: string, target: T): unknown;

  load(spec?: string | string[]): this {
    const props = parseProps(spec);
    this.context.enqueue({
      label: `${this.kind}.load`,
      payload: null,
      apply: () => {
        const target = this.resolve();
        const values = Object.fromEntries(props.map((p) => [p, this.read(p, target)]));
        return { values, commit: () => Object.entries(values).forEach(([p, v]) => this.loaded.set(p, v)) };
      },
    });
    return this;
  }

  protected need(version: string, api: string): void {
    this.context.fake.need(this.context, version, `${this.kind}.${api}`);
  }
}

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget) {
    super(context, resolver, 'Range');
  }

  protected read(prop: string, { sheet, rect }: RangeTarget): unknown {
    if ((prop === 'values' || prop === 'formulas') && (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1) > READ_CELL_LIMIT) {
      throw new OfficeFailure('GeneralException', `The range has more than ${READ_CELL_LIMIT} cells, the limit of a get operation.`);
    }
    if (prop === 'values') return sheet.read(rect);
    if (prop === 'formulas') return sheet.read(rect).map((row, i) => row.map((v, j) => sheet.formula(rect.r1 + i, rect.c1 + j) ?? v));
    if (prop === 'address') return formatAddress(sheet.name, rect);
    if (prop === 'rowCount') return rect.r2 - rect.r1 + 1;
    if (prop === 'columnCount') return rect.c2 - rect.c1 + 1;
    throw new Error(`fake Excel: Range.load('${prop}') is not supported`);
  }

  get values(): Scalar[][] {
    return this.value('values');
  }
  set values(rows: (Scalar | null)[][]) {
    this.act('Range.values', rows, ({ sheet, rect }) => {
      checkShape(rows, rect);
      sheet.checkMergedWrite(rect);
      rows.forEach((row, i) => row.forEach((v, j) => v !== null && sheet.input(rect.r1 + i, rect.c1 + j, v)));
    });
  }
  /** Formulas where the cells have one, values elsewhere; setting one writes it as Excel takes typed input. */
  get formulas(): Scalar[][] {
    return this.value('formulas');
  }
  set formulas(rows: Scalar[][]) {
    this.act('Range.formulas', rows, ({ sheet, rect }) => {
      checkShape(rows, rect);
      sheet.checkMergedWrite(rect);
      rows.forEach((row, i) => row.forEach((v, j) => sheet.input(rect.r1 + i, rect.c1 + j, v)));
    });
  }
  /** Only whole rows shifted down (what the adapter uses): `5:6` inserts two rows before row 5. */
  insert(shift: string): RangeProxy {
    this.act('Range.insert', shift, ({ sheet, rect }) => {
      if (shift !== 'Down' || rect.c1 !== 0 || rect.c2 !== MAX_COLS - 1)
        throw new Error(`fake Excel: Range.insert(${shift}) is only supported on whole rows, shifted down`);
      sheet.insertRows(rect.r1, rect.r2 - rect.r1 + 1);
    });
    return new RangeProxy(this.context, () => this.resolve());
  }
  /** Only whole rows shifted up. */
  delete(shift: string): void {
    this.act('Range.delete', shift, ({ sheet, rect }) => {
      if (shift !== 'Up' || rect.c1 !== 0 || rect.c2 !== MAX_COLS - 1)
        throw new Error(`fake Excel: Range.delete(${shift}) is only supported on whole rows, shifted up`);
      sheet.deleteRows(rect.r1, rect.r2 - rect.r1 + 1);
    });
  }
  get address(): string {
    return this.value('address');
  }
  get rowCount(): number {
    return this.value('rowCount');
  }
  get columnCount(): number {
    return this.value('columnCount');
  }
  /** As documented: a 2-D array the size of the range (`null` leaves a cell's format as it is). */
  set numberFormat(format: (string | null)[][]) {
    this.act('Range.numberFormat', format, ({ sheet, rect }) => {
      if (!Array.isArray(format) || !format.every(Array.isArray))
        throw new OfficeFailure('InvalidArgument', 'Range.numberFormat takes a two-dimensional array the size of the range.');
      checkShape(format, rect);
      format.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null) sheet.setFormat({ r1: rect.r1 + i, c1: rect.c1 + j, r2: rect.r1 + i, c2: rect.c1 + j }, 'numberFormat', f);
        }),
      );
    });
  }
  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this);
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.resolve().sheet);
  }
  /** `All`, `Formats` or `Contents`, as Excel's Clear: formats and merges go with `All` and `Formats`; dropdowns stay. */
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.act('Range.clear', applyTo, ({ sheet, rect }) => sheet.clear(rect, applyTo));
  }
  unmerge(): void {
    this.need('1.2', 'unmerge');
    this.act('Range.unmerge', null, ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }
  merge(across = false): void {
    this.need('1.2', 'merge');
    this.act('Range.merge', { across }, ({ sheet, rect }) => {
      if (sheet.merges.some((m) => intersects(m, rect))) throw new OfficeFailure('MergedRangeConflict');
      sheet.merges.push(rect);
    });
  }
  select(): void {
    this.act('Range.select', null, ({ sheet, rect }) => {
      const model = this.context.fake.model;
      if (model.active !== sheet) throw new OfficeFailure('InvalidSelection', 'Select on an inactive sheet');
      model.selection = { sheet, rect };
    });
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.need('1.6', 'conditionalFormats');
    return new ConditionalFormatCollectionProxy(this);
  }
  get dataValidation(): DataValidationProxy {
    this.need('1.8', 'dataValidation');
    return new DataValidationProxy(this);
  }
  /** Only `Visible`: the range's cells outside hidden rows, as areas of consecutive rows; null when all are hidden. */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    this.need('1.9', 'getSpecialCellsOrNullObject');
    if (cellType !== 'Visible') throw new Error(`fake Excel: getSpecialCellsOrNullObject('${cellType}') is not supported`);
    return new RangeAreasProxy(this.context, () => {
      const { sheet, rect } = this.resolve();
      const areas: string[] = [];
      for (let r = rect.r1; r <= rect.r2; r++) {
        if (sheet.hiddenRows.has(r)) continue;
        let end = r;
        while (end < rect.r2 && !sheet.hiddenRows.has(end + 1)) end++;
        areas.push(formatAddress(sheet.name, { ...rect, r1: r, r2: end }));
        r = end;
      }
      return { address: areas.length > 0 ? areas.join(',') : null };
    });
  }
}

export class RangeAreasProxy extends ClientObject<{ address: string | null }> {
  constructor(context: FakeContext, resolver: () => { address: string | null }) {
    super(context, resolver, 'RangeAreas');
  }

  protected read(prop: string, target: { address: string | null }): unknown {
    if (prop === 'address') return target.address;
    throw new Error(`fake Excel: RangeAreas.load('${prop}') is not supported`);
  }

  get isNullObject(): boolean {
    return this.value<string | null>('address') === null;
  }
  get address(): string {
    if (this.isNullObject) throw new OfficeFailure('InvalidObjectPath', 'The object is a null object.');
    return this.value('address');
  }
}

export class AutoFilterProxy extends ClientObject<SheetModel> {
  constructor(context: FakeContext, resolver: () => SheetModel) {
    super(context, resolver, 'AutoFilter');
  }

  protected read(prop: string, sheet: SheetModel): unknown {
    if (prop === 'enabled') return sheet.autoFilter !== null;
    throw new Error(`fake Excel: AutoFilter.load('${prop}') is not supported`);
  }

  get enabled(): boolean {
    return this.value('enabled');
  }
}

class Settable<T> extends ClientObject<T> {
  constructor(context: FakeContext, resolver: () => T, kind: string, props: Record<string, { version?: string; apply: (target: T, value: unknown) => void }>) {
    super(context, resolver, kind);
    for (const [prop, { version, apply }] of Object.entries(props)) {
      Object.defineProperty(this, prop, {
        get: () => {
          throw new Error(`fake Excel: reading ${kind}.${prop} is not supported`);
        },
        set: (value: unknown) => {
          if (version) this.need(version, prop);
          this.act(`${kind}.${prop}`, value, (target) => apply(target, value));
        },
      });
    }
  }

  protected read(prop: string): unknown {
    throw new Error(`fake Excel: ${this.kind}.load('${prop}') is not supported`);
  }
}

const layer =
  (prop: string) =>
  ({ sheet, rect }: RangeTarget, value: unknown): void =>
    sheet.setFormat(rect, prop, value);

class RangeFormatProxy extends Settable<RangeTarget> {
  readonly font: Settable<RangeTarget>;
  readonly borders: { getItem(edge: string): Settable<RangeTarget> };

  constructor(range: RangeProxy) {
    const resolve = () => range.resolve();
    super(range.context, resolve, 'RangeFormat', {
      horizontalAlignment: { apply: layer('horizontalAlignment') },
      verticalAlignment: { apply: layer('verticalAlignment') },
      wrapText: { apply: layer('wrapText') },
      columnWidth: { version: '1.2', apply: layer('columnWidth') },
      rowHeight: { version: '1.2', apply: layer('rowHeight') },
      useStandardWidth: { version: '1.2', apply: ({ sheet, rect }) => sheet.clearLayers(rect, 'columnWidth') },
      useStandardHeight: { version: '1.2', apply: ({ sheet, rect }) => sheet.clearLayers(rect, 'rowHeight') },
    });
    this.font = new Settable(range.context, resolve, 'RangeFont', {
      bold: { apply: layer('font.bold') },
      italic: { apply: layer('font.italic') },
      size: { apply: layer('font.size') },
      name: { apply: layer('font.name') },
      underline: { apply: layer('font.underline') },
    });
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];
    this.borders = strict(
      {
        getItem: (edge: string) => {
          if (!edges.includes(edge)) throw new Error(`fake Excel: border ${edge}`);
          return new Settable(range.context, resolve, 'RangeBorder', {
            style: { apply: layer(`border.${edge}.style`) },
            weight: { apply: layer(`border.${edge}.weight`) },
          });
        },
      },
      'RangeBorderCollection',
    );
  }
}

class DataValidationProxy extends Settable<RangeTarget> {
  constructor(range: RangeProxy) {
    const entry = ({ sheet, rect }: RangeTarget) => {
      let v = sheet.validations.find((x) => x.rect.r1 === rect.r1 && x.rect.c1 === rect.c1 && x.rect.r2 === rect.r2 && x.rect.c2 === rect.c2);
      if (!v) sheet.validations.push((v = { rect }));
      return v;
    };
    super(range.context, () => range.resolve(), 'DataValidation', {
      rule: { apply: (t, value) => (entry(t).rule = value) },
      prompt: { apply: (t, value) => (entry(t).prompt = value) },
      errorAlert: { apply: (t, value) => (entry(t).errorAlert = value) },
      ignoreBlanks: { apply: (t, value) => (entry(t).ignoreBlanks = value as boolean) },
    });
  }

  /** Removes the dropdowns of every cell of the range. */
  clear(): void {
    this.act('DataValidation.clear', null, ({ sheet, rect }) => {
      sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
    });
  }
}

export class ConditionalFormatCollectionProxy extends ClientObject<RangeTarget> {
  constructor(private readonly range: RangeProxy) {
    super(range.context, () => range.resolve(), 'ConditionalFormatCollection');
  }

  protected read(prop: string, { sheet, rect }: RangeTarget): unknown {
    const sub = /^items\/(.+)$/.exec(prop)?.[1];
    if (!sub) throw new Error(`fake Excel: ConditionalFormatCollection.load('${prop}')`);
    if (sub !== 'type') throw new Error(`fake Excel: ConditionalFormatCollection.load('${prop}') is not supported`);
    return sheet.conditionalFormats.filter((f) => intersects(f.rect, rect)).map((f) => ({ id: f.id, type: f.type }));
  }

  get items(): ConditionalFormatProxy[] {
    const rows = new Map<number, Record<string, unknown>>();
    for (const [, list] of this.loaded)
      for (const item of list as Array<Record<string, unknown>>) rows.set(item.id as number, { ...rows.get(item.id as number), ...item });
    if (rows.size === 0 && this.loaded.size === 0) this.value('items');
    const { sheet } = this.resolve();
    return [...rows.values()].map((loaded) => {
      const format = sheet.conditionalFormats.find((f) => f.id === loaded.id);
      return new ConditionalFormatProxy(
        this.context,
        () => {
          const target = format && sheet.conditionalFormats.includes(format) ? format : undefined;
          if (!target) throw new OfficeFailure('ItemNotFound', 'conditional format gone');
          return { sheet, format: target };
        },
        loaded,
      );
    });
  }

  clearAll(): void {
    this.context.enqueue({
      label: 'ConditionalFormatCollection.clearAll',
      payload: null,
      apply: () => {
        const { sheet, rect } = this.range.resolve();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.rect, rect));
      },
    });
  }

  add(type: string): ConditionalFormatProxy {
    let created: ConditionalFormatModel | undefined;
    this.context.enqueue({
      label: 'ConditionalFormatCollection.add',
      payload: type,
      apply: () => {
        const { sheet, rect } = this.range.resolve();
        created = { id: this.context.fake.nextId(), rect, type, addedBy: 'software' };
        sheet.conditionalFormats.push(created);
      },
    });
    return new ConditionalFormatProxy(this.context, () => ({ sheet: this.range.resolve().sheet, format: created! }));
  }
}

interface FormatTarget {
  sheet: SheetModel;
  format: ConditionalFormatModel;
}

export class ConditionalFormatProxy extends ClientObject<FormatTarget> {
  constructor(context: FakeContext, resolver: () => FormatTarget, loaded?: Record<string, unknown>) {
    super(context, resolver, 'ConditionalFormat');
    for (const [k, v] of Object.entries(loaded ?? {})) this.loaded.set(k, v);
  }

  protected read(prop: string, { format }: FormatTarget): unknown {
    if (prop === 'type') return format.type;
    throw new Error(`fake Excel: ConditionalFormat.load('${prop}') is not supported`);
  }

  get type(): string {
    return this.value('type');
  }

  private customCache: unknown = undefined;

  /** As in Office.js, a navigation property gives the same object each time. */
  get custom(): { rule: ClientObject<FormatTarget> & { formula: string }; format: { fill: { color: string } } } {
    return (this.customCache ??= this.makeCustom()) as never;
  }

  private makeCustom(): unknown {
    const resolve = () => {
      const target = this.resolve();
      if (target.format.type !== 'Custom') throw new OfficeFailure('InvalidOperation', 'not a custom format');
      return target;
    };
    const rule = new RuleProxy(this.context, resolve);
    const fill = new Settable(this.context, resolve, 'ConditionalFill', { color: { apply: ({ format }, v) => (format.fill = v as string) } });
    return strict({ rule, format: strict({ fill }, 'ConditionalRangeFormat') }, 'CustomConditionalFormat');
  }

  delete(): void {
    this.act('ConditionalFormat.delete', null, ({ sheet, format }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format);
    });
  }
}

class RuleProxy extends ClientObject<FormatTarget> {
  constructor(context: FakeContext, resolver: () => FormatTarget) {
    super(context, resolver, 'ConditionalFormatRule');
  }

  protected read(prop: string, { format }: FormatTarget): unknown {
    if (prop === 'formula') return format.formula ?? null;
    throw new Error(`fake Excel: ConditionalFormatRule.load('${prop}')`);
  }

  get formula(): string {
    return this.value('formula');
  }
  set formula(formula: string) {
    this.act('ConditionalFormatRule.formula', formula, ({ format }) => (format.formula = formula));
  }
}

export class WorksheetProxy extends ClientObject<SheetModel> {
  constructor(context: FakeContext, resolver: () => SheetModel, loaded?: Record<string, unknown>) {
    super(context, resolver, 'Worksheet');
    for (const [k, v] of Object.entries(loaded ?? {})) this.loaded.set(k, v);
  }

  static property(context: FakeContext, sheet: SheetModel, prop: string): unknown {
    if (prop === 'name') return sheet.name;
    if (prop === 'visibility') return sheet.visibility;
    if (prop === 'position') return context.fake.model.sheets.indexOf(sheet);
    throw new Error(`fake Excel: Worksheet.load('${prop}') is not supported`);
  }

  protected read(prop: string, sheet: SheetModel): unknown {
    return WorksheetProxy.property(this.context, sheet, prop);
  }

  get name(): string {
    return this.value('name');
  }
  set name(name: string) {
    this.act('Worksheet.name', name, (sheet) => this.context.fake.model.rename(sheet, name));
  }
  get position(): number {
    return this.value('position');
  }
  set position(position: number) {
    this.act('Worksheet.position', position, (sheet) => {
      const sheets = this.context.fake.model.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }
  get visibility(): string {
    return this.value('visibility');
  }
  /** Reading it is ExcelApi 1.1; setting it, 1.2. */
  set visibility(visibility: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.need('1.2', 'visibility (set)');
    this.act('Worksheet.visibility', visibility, (sheet) => {
      const model = this.context.fake.model;
      if (visibility !== 'Visible' && model.visibleCount(sheet) === 0)
        throw new OfficeFailure('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      sheet.visibility = visibility;
      if (visibility !== 'Visible' && model.active === sheet) model.active = model.sheets.find((s) => s.visibility === 'Visible') ?? null;
    });
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => ({
      sheet: this.resolve(),
      rect: address === undefined ? { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 } : parseAddress(address),
    }));
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== undefined) this.need('1.2', 'getUsedRange(valuesOnly)');
    return new RangeProxy(this.context, () => {
      const sheet = this.resolve();
      return { sheet, rect: sheet.usedRect(valuesOnly ?? false) };
    });
  }

  get autoFilter(): AutoFilterProxy {
    this.need('1.9', 'autoFilter');
    return new AutoFilterProxy(this.context, () => this.resolve());
  }

  activate(): void {
    this.act('Worksheet.activate', null, (sheet) => {
      if (sheet.visibility !== 'Visible') throw new OfficeFailure('InvalidOperation', 'Cannot activate a hidden sheet');
      this.context.fake.model.active = sheet;
    });
  }

  delete(): void {
    this.act('Worksheet.delete', null, (sheet) => {
      const model = this.context.fake.model;
      if (sheet.visibility === 'VeryHidden') throw new OfficeFailure('InvalidOperation', 'Cannot delete a very hidden sheet');
      if (model.visibleCount(sheet) === 0) throw new OfficeFailure('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      model.remove(sheet);
    });
  }

  get freezePanes(): { freezeRows(count: number): void; unfreeze(): void } {
    this.need('1.7', 'freezePanes');
    return strict(
      {
        freezeRows: (count: number) => this.act('WorksheetFreezePanes.freezeRows', count, (sheet) => (sheet.freezeRows = count)),
        unfreeze: () => this.act('WorksheetFreezePanes.unfreeze', null, (sheet) => (sheet.freezeRows = 0)),
      },
      'WorksheetFreezePanes',
    );
  }

  get pageLayout(): Settable<SheetModel> {
    this.need('1.9', 'pageLayout');
    const props = ['paperSize', 'orientation', 'zoom', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'];
    const layout = new Settable(
      this.context,
      () => this.resolve(),
      'PageLayout',
      Object.fromEntries(props.map((p) => [p, { apply: (sheet: SheetModel, v: unknown) => (sheet.pageLayout[p] = v) }])),
    );
    // Defined, not assigned: the strict proxy refuses assignments of members Excel does not have.
    Object.defineProperty(layout, 'setPrintTitleRows', {
      value: (rows: string) => {
        // Excel takes whole rows only, e.g. `$1:$5`.
        this.act('PageLayout.setPrintTitleRows', rows, (sheet) => {
          if (!/^\$\d+:\$\d+$/.test(rows)) throw new OfficeFailure('InvalidArgument', `Bad print title rows ${rows}`);
          sheet.pageLayout.printTitleRows = rows;
        });
      },
    });
    return layout;
  }

  get charts(): { add(type: string, source: RangeProxy, seriesBy: string): ChartProxy } {
    return strict(
      {
        add: (type: string, source: RangeProxy, seriesBy: string) => {
          let chart: ChartModel | undefined;
          this.act('ChartCollection.add', { type, seriesBy }, (sheet) => sheet.charts.push((chart = { type, source: source.resolve().rect, seriesBy })));
          return new ChartProxy(this.context, () => chart!);
        },
      },
      'ChartCollection',
    );
  }
}

class ChartProxy extends ClientObject<ChartModel> {
  readonly title: Settable<ChartModel>;
  readonly legend: Settable<ChartModel>;

  constructor(context: FakeContext, resolver: () => ChartModel) {
    super(context, resolver, 'Chart');
    this.title = new Settable(context, resolver, 'ChartTitle', { text: { apply: (c, v) => (c.title = v as string) } });
    this.legend = new Settable(context, resolver, 'ChartLegend', { visible: { apply: (c, v) => (c.legendVisible = v as boolean) } });
  }

  protected read(prop: string): unknown {
    throw new Error(`fake Excel: Chart.load('${prop}')`);
  }

  setPosition(start: string, end: string): void {
    this.act('Chart.setPosition', [start, end], (chart) => (chart.position = [start, end]));
  }
}

export class WorksheetCollectionProxy extends ClientObject<SheetModel[]> {
  constructor(context: FakeContext) {
    super(context, () => context.fake.model.sheets, 'WorksheetCollection');
  }

  protected read(prop: string): unknown {
    const sub = /^items\/(.+)$/.exec(prop)?.[1];
    if (!sub) throw new Error(`fake Excel: WorksheetCollection.load('${prop}')`);
    return this.context.fake.model.sheets.map((sheet) => ({ sheet, [sub]: WorksheetProxy.property(this.context, sheet, sub) }));
  }

  get items(): WorksheetProxy[] {
    if (this.loaded.size === 0) this.value('items');
    const bySheet = new Map<SheetModel, Record<string, unknown>>();
    for (const [, list] of this.loaded) {
      for (const { sheet, ...props } of list as Array<{ sheet: SheetModel }>) bySheet.set(sheet, { ...bySheet.get(sheet), ...props });
    }
    return [...bySheet].map(([sheet, props]) => new WorksheetProxy(this.context, () => sheet, props));
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const sheet = this.context.fake.model.byName(name);
      if (!sheet) throw new OfficeFailure('ItemNotFound', `The requested resource doesn't exist: ${name}`);
      return sheet;
    });
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const active = this.context.fake.model.active;
      if (!active) throw new Error('fake Excel: a workbook always has a sheet; add one in the test');
      return active;
    });
  }

  add(name: string): WorksheetProxy {
    let created: SheetModel | undefined;
    this.context.enqueue({ label: 'WorksheetCollection.add', payload: name, apply: () => void (created = this.context.fake.model.add(name)) });
    return new WorksheetProxy(this.context, () => created!);
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    return strict(this, 'Workbook');
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const selection = this.context.fake.model.selection;
      if (!selection || selection.notCells) throw new OfficeFailure('InvalidSelection', 'The current selection is invalid for this operation.');
      return { sheet: selection.sheet, rect: selection.rect };
    });
  }

  get onSelectionChanged(): { add(handler: () => Promise<void>): { remove(): void; context: FakeContext } } {
    this.context.fake.need(this.context, '1.2', 'Workbook.onSelectionChanged');
    return strict(
      {
        add: (handler: () => Promise<void>) => {
          this.context.enqueue({ label: 'Workbook.onSelectionChanged.add', payload: null, apply: () => void this.context.fake.selectionHandlers.add(handler) });
          const context = this.context;
          return strict(
            {
              context,
              remove: () =>
                context.enqueue({
                  label: 'Workbook.onSelectionChanged.remove',
                  payload: null,
                  apply: () => void context.fake.selectionHandlers.delete(handler),
                }),
            },
            'EventHandlerResult',
          );
        },
      },
      'EventHandlers',
    );
  }
}
