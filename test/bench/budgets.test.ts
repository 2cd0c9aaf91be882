/**
 * The bench's budget checks (bench/budgets.ts) flag what misses a budget of issue 6, and only that.
 * The bench itself is slow and stays out of `npm test` (`npm run bench`).
 */
import { BUDGETS, checkBudgets, MB, missed, readSyncsAllowed, type BenchResults, type RoundTripResult } from '../../bench/budgets';
import { renderResults, withBenchSection } from '../../bench/report';

const trip = (action: RoundTripResult['action'], rows: number, syncs: number, bytes: number, largest = Math.min(bytes, 3 * MB)): RoundTripResult => ({
  action,
  rows,
  syncs,
  maxRequestBytes: action === 'fill' || action === 'import' ? largest : 300,
  maxResponseBytes: action === 'check' || action === 'summarise' ? largest : 300,
  totalRequestBytes: action === 'fill' || action === 'import' ? bytes : 700,
  totalResponseBytes: action === 'check' || action === 'summarise' ? bytes : 600,
});

/** Results that meet every budget. */
function passing(): BenchResults {
  return {
    engine: [
      { rows: 1_000, engineMs: 4, baselineMs: 1, ratio: 4 },
      { rows: 10_000, engineMs: 30, baselineMs: 10, ratio: 3 },
      { rows: 100_000, engineMs: 290, baselineMs: 100, ratio: 2.9 },
    ],
    roundTrips: [
      trip('check', 10, 3, 8_000),
      trip('check', 100_000, 12, 31 * MB),
      trip('summarise', 100_000, 12, 31 * MB),
      trip('fill', 10, 6, 40_000),
      trip('fill', 100_000, 7, 4.5 * MB),
      trip('import', 10, 2, 4_000),
      trip('import', 100_000, 12, 31 * MB),
    ],
    files: { files: 300, rows: 29_100, runs: 3, dvkMs: 5_000, baselineMs: 2_600, ratio: 1.92, dvkPeakRssMB: 600, baselinePeakRssMB: 110 },
    largeFiles: {
      rows: 200_000,
      runs: [
        { command: 'check', ms: 6_000, peakRssMB: 500 },
        { command: 'report → .xlsx', ms: 14_000, peakRssMB: 900 },
      ],
    },
    taskpane: {
      pages: [
        { page: 'taskpane.html', scripts: [{ src: 'vendor.js', bytes: 500_000, gzipBytes: 150_000 }], gzipBytes: 200_000 },
        { page: 'preview.html', scripts: [], gzipBytes: 210_000 },
      ],
      minimalGzipBytes: 65_000,
      firstRender: { page: 'preview.html', selector: 'main [role="tab"]', medianMs: 500, runsMs: [480, 500, 520] },
    },
  };
}

const failedBudgets = (results: BenchResults): string[] => missed(checkBudgets(results)).map((c) => c.budget);

it('passes results within every budget', () => {
  const checks = checkBudgets(passing());
  expect(missed(checks)).toEqual([]);
  // Two engine checks, two per round trip, one for the files, one per large-file command, one per page.
  expect(checks).toHaveLength(2 + 2 * 7 + 1 + 2 + 2);
});

it('flags the engine over 3× its baseline at 100,000 rows', () => {
  const results = passing();
  results.engine![2] = { rows: 100_000, engineMs: 310, baselineMs: 100, ratio: 3.1 };
  expect(failedBudgets(results)).toEqual(['engine: 100,000 rows vs read-and-NFC baseline']);
});

it('flags growth over 12× from 10,000 to 100,000 rows', () => {
  const results = passing();
  results.engine![1] = { rows: 10_000, engineMs: 20, baselineMs: 10, ratio: 2 };
  expect(failedBudgets(results)).toEqual(['engine: growth 10,000 → 100,000 rows']);
});

it('flags a request or a response over 4 MB', () => {
  const results = passing();
  results.roundTrips![4] = { ...results.roundTrips![4], maxRequestBytes: 4 * MB + 1 };
  results.roundTrips![1] = { ...results.roundTrips![1], maxResponseBytes: 4.5 * MB };
  expect(failedBudgets(results)).toEqual([
    'round trips: check, 100,000 rows, largest request/response',
    'round trips: fill, 100,000 rows, largest request/response',
  ]);
});

it('allows reads 3 syncs within one 4 MB response, 2 + one per chunk beyond', () => {
  expect(readSyncsAllowed(4 * MB)).toBe(3);
  expect(readSyncsAllowed(4 * MB + 1)).toBe(2 + Math.ceil((4 * MB + 1) / BUDGETS.chunkFillBytes));
  const results = passing();
  results.roundTrips![0] = trip('check', 10, 4, 8_000);
  results.roundTrips![2] = trip('summarise', 100_000, 2 + Math.ceil(31 / 3) + 1, 31 * MB);
  expect(failedBudgets(results)).toEqual(['round trips: check, 10 rows, syncs', 'round trips: summarise, 100,000 rows, syncs']);
});

it('flags writes whose syncs grow with rows rather than with write chunks', () => {
  const results = passing();
  results.roundTrips![4] = trip('fill', 100_000, 9, 4.5 * MB);
  results.roundTrips![6] = trip('import', 100_000, 100, 31 * MB);
  expect(failedBudgets(results)).toEqual(['round trips: fill, 100,000 rows, syncs', 'round trips: import, 100,000 rows, syncs']);
});

it('flags dvk consolidate over 2× loading the files with exceljs', () => {
  const results = passing();
  results.files = { ...results.files!, dvkMs: 5_300, ratio: 5_300 / 2_600 };
  expect(failedBudgets(results)).toEqual(['files: dvk consolidate, 300 files (29,100 rows) vs exceljs load']);
});

it('flags a command over 1.5 GB on the 200,000-row workbook', () => {
  const results = passing();
  results.largeFiles!.runs[1] = { ...results.largeFiles!.runs[1], peakRssMB: 1_537 };
  expect(failedBudgets(results)).toEqual(['large files: dvk report → .xlsx, 200,000 rows, peak RSS']);
  results.largeFiles!.runs[1] = { ...results.largeFiles!.runs[1], peakRssMB: 1_536 };
  expect(failedBudgets(results)).toEqual([]);
});

it('flags a page starting with more than 350 KB of JavaScript, gzipped', () => {
  const results = passing();
  results.taskpane!.pages[1] = { ...results.taskpane!.pages[1], gzipBytes: 350 * 1024 + 1 };
  expect(failedBudgets(results)).toEqual(['task pane: preview.html initial JavaScript, gzipped']);
});

it('checks only what was measured', () => {
  expect(checkBudgets({})).toEqual([]);
  expect(checkBudgets({ files: passing().files })).toHaveLength(1);
});

it('renders the tables, lists what was missed, and replaces only the README section between the markers', () => {
  const results = passing();
  results.files = { ...results.files!, dvkMs: 6_000, ratio: 6_000 / 2_600 };
  const text = renderResults(results, checkBudgets(results));
  expect(text).toContain('| 100,000 | 290 | 100 | 2.90× |');
  expect(text).toMatch(/missed:\n- files: dvk consolidate, 300 files \(29,100 rows\) vs exceljs load: 2\.31×/);
  const readme = 'intro\n<!-- bench:start -->\nold\n<!-- bench:end -->\nrest\n';
  expect(withBenchSection(readme, 'new')).toBe('intro\n<!-- bench:start -->\nnew\n<!-- bench:end -->\nrest\n');
  expect(withBenchSection('no markers', 'new')).toBe('no markers');
});
