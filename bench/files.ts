/**
 * Budget 3, files: `dvk consolidate` over 300 units' workbooks (about 30,000 rows, generated once
 * from the seed fixture into a temporary folder), output written, beside the baseline of loading
 * the same files with exceljs alone. Each run is a child process (bench/files-child.ts), both
 * measured the same way: time after loading modules, and peak resident memory.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { xlsxBuffer } from '../test/helpers/write-xlsx';
import type { FilesResult } from './budgets';
import { consolidationBaseSheets, UNIT_NAMES, unitFileSheets } from './data';
import { median } from './timing';

const run = promisify(execFile);

export const FILE_COUNT = 300;
const YEARS = [2021, 2022, 2023, 2024, 2025];
/** Bump when the generated files change, so an old folder is not reused. */
const GENERATION = 1;

/** ~100 rows per file (90 to 110), different units and years: 60 units × 5 years. */
const rowsOf = (i: number): number => 90 + ((i * 7) % 21);

export interface FileSet {
  dir: string;
  base: string;
  files: number;
  rows: number;
}

/** The units' files, generated once into os.tmpdir() and reused by later runs. */
export async function unitFiles(log: (line: string) => void = () => undefined): Promise<FileSet> {
  const root = path.join(tmpdir(), `dvk-bench-files-${GENERATION}`);
  const dir = path.join(root, 'don-vi');
  const base = path.join(root, 'huyen.xlsx');
  const rows = Array.from({ length: FILE_COUNT }, (_, i) => rowsOf(i)).reduce((a, b) => a + b, 0);
  if (existsSync(path.join(root, 'complete'))) return { dir, base, files: FILE_COUNT, rows };
  log(`generating ${FILE_COUNT} unit workbooks in ${root} …`);
  await rm(root, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(base, await xlsxBuffer(consolidationBaseSheets()));
  for (let i = 0; i < FILE_COUNT; i++) {
    const unit = UNIT_NAMES[i % UNIT_NAMES.length];
    const year = YEARS[Math.floor(i / UNIT_NAMES.length) % YEARS.length];
    const name = `${String(i + 1).padStart(3, '0')}-${year}.xlsx`;
    await writeFile(path.join(dir, name), await xlsxBuffer(unitFileSheets(unit, year, rowsOf(i), i * 13)));
  }
  const written = (await readdir(dir)).filter((n) => n.endsWith('.xlsx')).length;
  if (written !== FILE_COUNT) throw new Error(`expected ${FILE_COUNT} files in ${dir}, found ${written}`);
  await writeFile(path.join(root, 'complete.tmp'), `${rows}\n`);
  await rename(path.join(root, 'complete.tmp'), path.join(root, 'complete'));
  return { dir, base, files: FILE_COUNT, rows };
}

export interface ChildRun {
  ms: number;
  cpuMs: number;
  maxRssMB: number;
}

/** One run of files-child.js with these arguments. */
export async function childRun(args: string[]): Promise<ChildRun> {
  const script = path.join(__dirname, 'files-child.js');
  const { stdout } = await run(process.execPath, [script, ...args], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop() as string) as ChildRun;
}

export async function benchFiles(runs = 3, log: (line: string) => void = () => undefined): Promise<FilesResult> {
  const set = await unitFiles(log);
  const out = path.join(path.dirname(set.dir), 'tong-hop.xlsx');
  const dvk: ChildRun[] = [];
  const baseline: ChildRun[] = [];
  // Alternated, so that a busy moment of the machine falls on both alike.
  for (let i = 0; i < runs; i++) {
    baseline.push(await childRun(['exceljs', set.dir, set.base]));
    dvk.push(await childRun(['dvk', set.dir, set.base, out]));
    log(
      `files run ${i + 1}/${runs}: exceljs ${Math.round(baseline[i].ms)} ms (CPU ${Math.round(baseline[i].cpuMs)} ms), dvk ${Math.round(dvk[i].ms)} ms (CPU ${Math.round(dvk[i].cpuMs)} ms)`,
    );
  }
  if (!existsSync(out)) throw new Error(`dvk consolidate wrote no ${out}`);
  const dvkMs = median(dvk.map((r) => r.ms));
  const baselineMs = median(baseline.map((r) => r.ms));
  return {
    files: set.files,
    rows: set.rows,
    runs,
    dvkMs,
    baselineMs,
    ratio: dvkMs / baselineMs,
    dvkCpuMs: median(dvk.map((r) => r.cpuMs)),
    baselineCpuMs: median(baseline.map((r) => r.cpuMs)),
    dvkPeakRssMB: Math.max(...dvk.map((r) => r.maxRssMB)),
    baselinePeakRssMB: Math.max(...baseline.map((r) => r.maxRssMB)),
  };
}
