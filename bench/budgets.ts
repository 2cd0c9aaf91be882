/**
 * What the bench measures (bench/results.json) and the budgets of issue 6, checked by
 * `checkBudgets`. Pure: no measuring here, so test/bench/budgets.test.ts can check the checks.
 */

export const MB = 1024 * 1024;

export const BUDGETS = {
  /** Read + check + summarise at 100,000 rows, at most this many times the read-and-NFC baseline. */
  engineRatio: 3,
  engineRatioRows: 100_000,
  /** From 10,000 to 100,000 rows the engine's time grows at most this much (linear: 10). */
  engineGrowth: 12,
  engineGrowthFrom: 10_000,
  engineGrowthTo: 100_000,
  /** No request and no response over 4 MB. */
  payloadBytes: 4 * MB,
  /** check and summarise: 3 syncs while the values fit one 4 MB response… */
  readSyncsInOne: 3,
  /**
   * …else 2 + one per chunk. A chunk is at most 4 MB; the adapter, estimating sizes before it reads,
   * keeps a margin, so chunks are counted as if filled to 3 MB (its own test's floor). The ideal,
   * every chunk a full 4 MB, is reported beside it.
   */
  chunkFillBytes: 3 * MB,
  /** `dvk consolidate` over the files, at most this many times loading them with exceljs alone. */
  filesRatio: 2,
  /** Peak memory of every `dvk` command over a 200,000-row workbook (issue 15). */
  largeFilePeakMB: 1536,
  /** The JavaScript a page loads at once, gzipped. */
  initialGzipBytes: 350 * 1024,
} as const;

export interface EngineResult {
  rows: number;
  /** Median milliseconds of read + check + summarise. */
  engineMs: number;
  /** Median milliseconds of the baseline: every cell read once, text cells NFC-normalised. */
  baselineMs: number;
  ratio: number;
}

export type RoundTripAction = 'check' | 'summarise' | 'fill' | 'import';
export interface RoundTripResult {
  action: RoundTripAction;
  rows: number;
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
}

export interface FilesResult {
  files: number;
  rows: number;
  runs: number;
  /** Median milliseconds of `dvk consolidate` (output written). */
  dvkMs: number;
  /** Median milliseconds of loading the same files with exceljs alone. */
  baselineMs: number;
  ratio: number;
  /**
   * Median processor time of each (all threads). Beside the times: on a machine busy with other work
   * the times stretch unevenly, the processor time much less so.
   */
  dvkCpuMs?: number;
  baselineCpuMs?: number;
  dvkPeakRssMB: number;
  baselinePeakRssMB: number;
}

export interface LargeFileResult {
  /** Rows of the registration sheet, header included. */
  rows: number;
  runs: Array<{ command: string; ms: number; peakRssMB: number }>;
}

export interface PageSize {
  page: string;
  scripts: Array<{ src: string; bytes: number; gzipBytes: number }>;
  gzipBytes: number;
}
export interface TaskpaneResult {
  pages: PageSize[];
  /** Initial JavaScript, gzipped, of a minimal React + Fluent UI page built the same way. */
  minimalGzipBytes: number;
  firstRender: { page: string; selector: string; medianMs: number; runsMs: number[] } | null;
}

export interface Machine {
  node: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  /** 1-minute load average when the bench started (other work on the machine makes times noisier). */
  loadAverage: number;
}

export interface BenchResults {
  machine?: Machine;
  /** When each section was last measured (ISO dates). */
  measuredAt?: Partial<Record<'engine' | 'roundTrips' | 'files' | 'taskpane', string>>;
  engine?: EngineResult[];
  roundTrips?: RoundTripResult[];
  files?: FilesResult;
  largeFiles?: LargeFileResult;
  taskpane?: TaskpaneResult;
}

export interface BudgetCheck {
  budget: string;
  ok: boolean;
  measured: string;
  limit: string;
}

const mb = (bytes: number): string => `${(bytes / MB).toFixed(2)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const times = (x: number): string => `${x.toFixed(2)}×`;

/** Syncs allowed to read values of `bytes`: 3 in one response, else 2 + one per chunk. */
export function readSyncsAllowed(bytes: number): number {
  return bytes <= BUDGETS.payloadBytes ? BUDGETS.readSyncsInOne : 2 + Math.ceil(bytes / BUDGETS.chunkFillBytes);
}

/** The same with every chunk a full 4 MB (for the report). */
export function readSyncsIdeal(bytes: number): number {
  return bytes <= BUDGETS.payloadBytes ? BUDGETS.readSyncsInOne : 2 + Math.ceil(bytes / BUDGETS.payloadBytes);
}

const chunks = (bytes: number): number => Math.max(1, Math.ceil(bytes / BUDGETS.chunkFillBytes));

/** Syncs allowed for a write action of `result`: those of the smallest size, plus one per extra write chunk. */
export function writeSyncsAllowed(result: RoundTripResult, smallest: RoundTripResult): number {
  return smallest.syncs + Math.max(0, chunks(result.totalRequestBytes) - chunks(smallest.totalRequestBytes));
}

/** Every budget the results have figures for; `ok: false` where one is missed. */
export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const engineAt = (rows: number) => results.engine?.find((e) => e.rows === rows);
  const big = engineAt(BUDGETS.engineRatioRows);
  if (big) {
    checks.push({
      budget: `engine: ${big.rows.toLocaleString('en')} rows vs read-and-NFC baseline`,
      ok: big.ratio <= BUDGETS.engineRatio,
      measured: `${times(big.ratio)} (${big.engineMs.toFixed(0)} ms / ${big.baselineMs.toFixed(0)} ms)`,
      limit: `≤ ${BUDGETS.engineRatio}×`,
    });
  }
  const from = engineAt(BUDGETS.engineGrowthFrom);
  const to = engineAt(BUDGETS.engineGrowthTo);
  if (from && to) {
    const growth = to.engineMs / from.engineMs;
    checks.push({
      budget: `engine: growth ${from.rows.toLocaleString('en')} → ${to.rows.toLocaleString('en')} rows`,
      ok: growth <= BUDGETS.engineGrowth,
      measured: times(growth),
      limit: `≤ ${BUDGETS.engineGrowth}×`,
    });
  }

  const trips = results.roundTrips ?? [];
  for (const r of trips) {
    const largest = Math.max(r.maxRequestBytes, r.maxResponseBytes);
    checks.push({
      budget: `round trips: ${r.action}, ${r.rows.toLocaleString('en')} rows, largest request/response`,
      ok: largest <= BUDGETS.payloadBytes,
      measured: mb(largest),
      limit: `≤ ${mb(BUDGETS.payloadBytes)}`,
    });
    let allowed: number;
    if (r.action === 'check' || r.action === 'summarise') allowed = readSyncsAllowed(r.totalResponseBytes);
    else {
      const smallest = trips.filter((t) => t.action === r.action).reduce((a, b) => (b.rows < a.rows ? b : a));
      allowed = writeSyncsAllowed(r, smallest);
    }
    checks.push({
      budget: `round trips: ${r.action}, ${r.rows.toLocaleString('en')} rows, syncs`,
      ok: r.syncs <= allowed,
      measured: String(r.syncs),
      limit: `≤ ${allowed}`,
    });
  }

  if (results.files) {
    const f = results.files;
    checks.push({
      budget: `files: dvk consolidate, ${f.files} files (${f.rows.toLocaleString('en')} rows) vs exceljs load`,
      ok: f.ratio <= BUDGETS.filesRatio,
      measured:
        `${times(f.ratio)} (${(f.dvkMs / 1000).toFixed(1)} s / ${(f.baselineMs / 1000).toFixed(1)} s` +
        (f.dvkCpuMs && f.baselineCpuMs ? `; processor time ${times(f.dvkCpuMs / f.baselineCpuMs)})` : ')'),
      limit: `≤ ${BUDGETS.filesRatio}×`,
    });
  }

  for (const run of results.largeFiles?.runs ?? []) {
    checks.push({
      budget: `large files: dvk ${run.command}, ${(results.largeFiles?.rows ?? 0).toLocaleString('en')} rows, peak RSS`,
      ok: run.peakRssMB <= BUDGETS.largeFilePeakMB,
      measured: `${Math.round(run.peakRssMB)} MB (${(run.ms / 1000).toFixed(1)} s)`,
      limit: `≤ ${BUDGETS.largeFilePeakMB} MB`,
    });
  }

  for (const page of results.taskpane?.pages ?? []) {
    checks.push({
      budget: `task pane: ${page.page} initial JavaScript, gzipped`,
      ok: page.gzipBytes <= BUDGETS.initialGzipBytes,
      measured: kb(page.gzipBytes),
      limit: `≤ ${kb(BUDGETS.initialGzipBytes)}`,
    });
  }
  return checks;
}

/** The checks that failed. */
export const missed = (checks: readonly BudgetCheck[]): BudgetCheck[] => checks.filter((c) => !c.ok);
