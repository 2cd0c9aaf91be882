/**
 * A fake Excel object model for the Office.js adapter's tests: a `RequestContext` whose proxies queue
 * loads and writes and whose `sync()` applies them in order, counting syncs and recording each
 * request's payload (the JSON of the values and formats it carries, plus an envelope per action) and
 * each response's size. Sheets are grids in memory (`fake-model.ts`). The proxies (`fake-proxies.ts`)
 * support exactly the API surface the adapter uses, refuse anything else, and refuse APIs newer than
 * the simulated ExcelApi version. As in Excel, a failing action stops its batch but the actions before
 * it stay applied.
 */
import type { OfficeHost } from '../../../src/workbook/office/office-host';
import { OfficeFailure, type Scalar, SheetModel, WorkbookModel } from './fake-model';
import { WorkbookProxy, parseAddress } from './fake-proxies';

export { OfficeFailure, SheetModel };
export const MB = 1024 * 1024;
/** The envelope of one action in a request (ids, type, path), as the fake counts it. */
export const ACTION_ENVELOPE = 100;

export interface Action {
  label: string;
  payload: unknown;
  apply: () => void | { values: unknown; commit: () => void };
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  labels: string[];
}

export class FakeContext {
  readonly queue: Action[] = [];
  readonly workbook: WorkbookProxy;
  /** False once its `Excel.run` has returned: its objects cannot be used in another batch. */
  open = true;

  constructor(readonly fake: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(action: Action): void {
    // Office.js: an object belongs to the request context of its batch; after `run` it is dead.
    if (!this.open)
      throw new OfficeFailure(
        'InvalidObjectPath',
        `The object path '${action.label}' isn't working for what you're trying to do. (an object of a finished Excel.run)`,
      );
    this.queue.push(action);
  }

  sync(): Promise<void> {
    return this.fake.sync(this);
  }
}

const versionNumber = (v: string): number => {
  const [major, minor] = v.split('.').map(Number);
  return major * 1000 + minor;
};

export const jsonBytes = (value: unknown): number =>
  Buffer.byteLength(JSON.stringify(value === undefined ? null : value, (_k, v) => (v instanceof SheetModel ? undefined : v)) ?? 'null', 'utf8');

interface Fault {
  match: (label: string) => boolean;
  code: string;
  message: string;
  times: number;
}

export class FakeExcel {
  readonly model = new WorkbookModel();
  records: SyncRecord[] = [];
  readonly selectionHandlers = new Set<() => Promise<void>>();
  readonly documentHandlers = new Set<() => void>();
  /** Excel on the web's limits; the adapter aims under 4 MB. */
  requestLimit = 5 * MB;
  responseLimit = 5 * MB;
  private faults: Fault[] = [];
  private ids = 1;

  /** `version`: the highest ExcelApi set the simulated host supports. */
  constructor(public version = '1.9') {}

  get host(): OfficeHost {
    return {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>, context?: Excel.RequestContext): Promise<T> => {
        const ctx = (context as unknown as FakeContext | undefined) ?? new FakeContext(this);
        ctx.open = true;
        try {
          const result = await batch(ctx as unknown as Excel.RequestContext);
          if (ctx.queue.length > 0) throw new Error(`fake Excel: ${ctx.queue.length} actions queued and never synced`);
          return result;
        } finally {
          ctx.open = false;
        }
      },
      isSetSupported: (name, version) => name === 'ExcelApi' && versionNumber(version) <= versionNumber(this.version),
      onDocumentSelectionChanged: (handler) => {
        this.documentHandlers.add(handler);
        return () => this.documentHandlers.delete(handler);
      },
    };
  }

  /**
   * An API newer than the simulated host fails as in Excel: Office.js queues the call, and the host
   * answers `ApiNotFound` at the next `sync` (the actions queued before it are applied).
   */
  need(context: FakeContext, version: string, api: string): void {
    if (versionNumber(version) <= versionNumber(this.version)) return;
    context.enqueue({
      label: `${api} (ExcelApi ${version})`,
      payload: null,
      apply: () => {
        throw new OfficeFailure(
          'ApiNotFound',
          `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${api} needs ExcelApi ${version}; this Excel has ${this.version})`,
        );
      },
    });
  }

  /** Whether the simulated host has an API set version (the fake's own checks). */
  has(version: string): boolean {
    return versionNumber(version) <= versionNumber(this.version);
  }

  nextId(): number {
    return this.ids++;
  }

  /** The next `times` actions whose label matches fail with this Office error code. */
  failOn(label: string | ((label: string) => boolean), code: string, options: { message?: string; times?: number } = {}): void {
    const match = typeof label === 'string' ? (l: string) => l === label : label;
    this.faults.push({ match, code, message: options.message ?? code, times: options.times ?? 1 });
  }

  async sync(context: FakeContext): Promise<void> {
    await Promise.resolve();
    const actions = context.queue.splice(0);
    const record: SyncRecord = {
      requestBytes: actions.reduce((sum, a) => sum + ACTION_ENVELOPE + (a.payload === null ? 0 : jsonBytes(a.payload)), 0),
      responseBytes: 0,
      labels: actions.map((a) => a.label),
    };
    this.records.push(record);
    if (record.requestBytes > this.requestLimit) throw new OfficeFailure('RequestPayloadSizeLimitExceeded');
    const commits: Array<() => void> = [];
    for (const action of actions) {
      const fault = this.faults.find((f) => f.times > 0 && f.match(action.label));
      if (fault) {
        fault.times--;
        throw new OfficeFailure(fault.code, fault.message);
      }
      const result = action.apply();
      if (result) {
        record.responseBytes += jsonBytes(result.values);
        commits.push(result.commit);
      }
    }
    if (record.responseBytes > this.responseLimit) throw new OfficeFailure('ResponsePayloadSizeLimitExceeded');
    commits.forEach((commit) => commit());
  }

  // ---- for the tests ----

  get syncs(): number {
    return this.records.length;
  }
  get maxRequest(): number {
    return Math.max(0, ...this.records.map((r) => r.requestBytes));
  }
  get maxResponse(): number {
    return Math.max(0, ...this.records.map((r) => r.responseBytes));
  }
  resetStats(): void {
    this.records = [];
  }

  /** A sheet holding `grid` from `origin` (raw values, as if typed long ago). */
  addSheet(name: string, grid: Scalar[][] = [], origin = 'A1'): SheetModel {
    const sheet = this.model.add(name);
    const { r1, c1 } = parseAddress(origin);
    grid.forEach((row, r) => {
      const target: Scalar[] = (sheet.rows[r1 + r] = []);
      row.forEach((v, c) => (target[c1 + c] = v));
    });
    return sheet;
  }

  sheet(name: string): SheetModel {
    const sheet = this.model.byName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  names(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** Everything in the workbook, to compare before and after. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        active: this.model.active?.name,
        sheets: this.model.sheets.map((s) => ({ ...s, formulas: [...s.formulas], quotePrefixed: [...s.quotePrefixed] })),
      }),
    );
  }

  /** The clerk selects cells (or a chart); the add-in hears of it through its event. */
  select(sheet: string, address: string | null): void {
    const model = this.sheet(sheet);
    this.model.active = model;
    this.model.selection =
      address === null ? { sheet: model, rect: { r1: 0, c1: 0, r2: 0, c2: 0 }, notCells: true } : { sheet: model, rect: parseAddress(address) };
    if (versionNumber(this.version) >= versionNumber('1.2')) for (const h of this.selectionHandlers) void h();
    else for (const h of this.documentHandlers) h();
  }
}
