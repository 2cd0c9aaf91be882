/**
 * One measured run of the files budget, in a process of its own so that its peak memory is its own:
 *   node files-child.js exceljs DIR BASE       load every .xlsx of DIR and BASE with exceljs alone
 *   node files-child.js dvk DIR BASE OUT       dvk consolidate DIR --base BASE -o OUT --force (in process)
 *   node files-child.js run ARGS…              dvk ARGS… (in process)
 * Prints {"ms": …, "cpuMs": …, "maxRssMB": …}: the time from after the modules are loaded to the end,
 * the processor time spent in it (all the process's threads: compression and the garbage collector's
 * helpers included), and the process's peak resident memory (getrusage).
 */
import ExcelJS from 'exceljs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { main } from '../src/cli/main';

async function loadAll(dir: string, base: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.xlsx')).sort();
  for (const file of [base, ...names.map((n) => path.join(dir, n))]) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
  }
}

async function dvk(args: string[], cwd: string): Promise<void> {
  const lines: string[] = [];
  const code = await main(args, {
    out: (text) => lines.push(text),
    err: (text) => lines.push(text),
    isTTY: false,
    cwd,
    today: () => new Date(2022, 10, 20),
  });
  // check exits 1 when it finds errors: a finished run all the same.
  if (code !== 0 && !(args[0] === 'check' && code === 1)) throw new Error(`dvk ${args[0]} exited ${code}:\n${lines.slice(-5).join('\n')}`);
}

async function run(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  if (mode === 'exceljs') await loadAll(args[0], args[1]);
  else if (mode === 'dvk') await dvk(['consolidate', args[0], '--base', args[1], '-o', args[2], '--force'], path.dirname(args[0]));
  else if (mode === 'run') await dvk(args, path.dirname(args[1]));
  else throw new Error(`unknown mode ${mode}`);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(`${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

run().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
