/**
 * `npm run bench [-- SECTION...]`: measures the budgets of issue 6 on this machine, each figure
 * beside a baseline measured in the same run, and
 *   - prints the tables and the budgets met or missed,
 *   - writes bench/results.json (sections not run this time are kept from the previous file),
 *   - puts the tables in README.md between `<!-- bench:start -->` and `<!-- bench:end -->`,
 *   - exits 1 when a budget is missed, 2 when a section could not be measured.
 * SECTION: engine, round-trips, files, taskpane (default: all). See bench/README.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkBudgets, missed, type BenchResults } from './budgets';
import { benchEngine } from './engine';
import { benchFiles } from './files';
import { benchLargeFiles } from './large-files';
import { renderResults, withBenchSection } from './report';
import { benchRoundTrips } from './round-trips';
import { benchTaskpane } from './taskpane';

const ROOT = path.resolve(__dirname, '../../..');
const RESULTS = path.join(ROOT, 'bench', 'results.json');
const README = path.join(ROOT, 'README.md');
const SECTIONS = ['engine', 'round-trips', 'files', 'taskpane'] as const;
type Section = (typeof SECTIONS)[number];

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function machine(): NonNullable<BenchResults['machine']> {
  const cpus = os.cpus();
  return {
    node: process.versions.node,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os.loadavg()[0],
  };
}

async function main(): Promise<number> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length > 0) {
    log(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
    return 2;
  }
  const sections = new Set<Section>(asked.length > 0 ? (asked as Section[]) : SECTIONS);

  const previous: BenchResults = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as BenchResults) : {};
  const results: BenchResults = { ...previous, machine: machine(), measuredAt: { ...previous.measuredAt } };
  const now = (): string => new Date().toISOString();
  const measuredAt = results.measuredAt as NonNullable<BenchResults['measuredAt']>;

  // A section that fails (say, a half-done page that does not build) is reported; the others still run.
  const failures: string[] = [];
  const section = async (name: Section, measure: () => Promise<void>): Promise<void> => {
    if (!sections.has(name)) return;
    try {
      await measure();
    } catch (error) {
      failures.push(name);
      log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };
  await section('engine', async () => {
    results.engine = benchEngine(undefined, log);
    measuredAt.engine = now();
  });
  await section('round-trips', async () => {
    log('round trips …');
    results.roundTrips = await benchRoundTrips();
    measuredAt.roundTrips = now();
  });
  await section('files', async () => {
    results.files = await benchFiles(3, log);
    results.largeFiles = await benchLargeFiles(log);
    measuredAt.files = now();
  });
  await section('taskpane', async () => {
    results.taskpane = await benchTaskpane(5, log);
    measuredAt.taskpane = now();
  });

  const checks = checkBudgets(results);
  const text = renderResults(results, checks);
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  if (existsSync(README)) {
    const readme = readFileSync(README, 'utf8');
    const updated = withBenchSection(readme, text);
    if (updated !== readme) writeFileSync(README, updated);
  }
  process.stdout.write(`${text}\n`);
  if (failures.length > 0) {
    log(`could not measure: ${failures.join(', ')} (their figures above, if any, are from an earlier run)`);
    return 2;
  }
  return missed(checks).length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  },
);
