/** The bench's results as Markdown tables (printed, and put in the README between the bench markers). */
import { BUDGETS, type BenchResults, type BudgetCheck, MB, readSyncsAllowed, readSyncsIdeal, writeSyncsAllowed } from './budgets';

const n = (x: number): string => x.toLocaleString('en');
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mb = (bytes: number): string => (bytes / MB).toFixed(2);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function renderResults(results: BenchResults, checks: readonly BudgetCheck[]): string {
  const parts: string[] = [];
  const m = results.machine;
  if (m) parts.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}; load average ${m.loadAverage.toFixed(1)} when the run started.`);

  if (results.engine) {
    parts.push(
      `**1. Engine** — read + check + summarise (by field and registration) of a grid, median of several runs after warm-up; baseline: every cell read once, text NFC-normalised (budget: ≤ ${BUDGETS.engineRatio}× at ${n(BUDGETS.engineRatioRows)} rows, ≤ ${BUDGETS.engineGrowth}× from ${n(BUDGETS.engineGrowthFrom)} to ${n(BUDGETS.engineGrowthTo)} rows).`,
      table(
        ['Rows', 'Engine (ms)', 'Baseline (ms)', '× baseline'],
        results.engine.map((e) => [n(e.rows), ms(e.engineMs), ms(e.baselineMs), `${e.ratio.toFixed(2)}×`]),
      ),
    );
  }

  if (results.roundTrips) {
    const trips = results.roundTrips;
    parts.push(
      `**2. Round trips** — \`context.sync()\` calls and payloads per task-pane action through \`officeWorkbook(host)\` on the fake Excel of test/workbook/office (budget: no request or response over 4 MB; reads 3 syncs within one 4 MB response, else 2 + one per chunk; writes grow only by write chunks).`,
      table(
        ['Action', 'Rows', 'Syncs', 'Allowed', 'Ideal (full 4 MB chunks)', 'Largest request (MB)', 'Largest response (MB)', 'Total sent / received (MB)'],
        trips.map((r) => {
          const read = r.action === 'check' || r.action === 'summarise';
          const smallest = trips.filter((t) => t.action === r.action).reduce((a, b) => (b.rows < a.rows ? b : a));
          return [
            r.action,
            n(r.rows),
            String(r.syncs),
            String(read ? readSyncsAllowed(r.totalResponseBytes) : writeSyncsAllowed(r, smallest)),
            read ? String(readSyncsIdeal(r.totalResponseBytes)) : '',
            mb(r.maxRequestBytes),
            mb(r.maxResponseBytes),
            `${mb(r.totalRequestBytes)} / ${mb(r.totalResponseBytes)}`,
          ];
        }),
      ),
    );
  }

  if (results.files) {
    const f = results.files;
    const cpu = f.dvkCpuMs && f.baselineCpuMs ? { dvk: f.dvkCpuMs, baseline: f.baselineCpuMs } : null;
    parts.push(
      `**3. Files** — \`dvk consolidate\` of ${f.files} units' workbooks (${n(f.rows)} rows) with \`--base\`, output written, beside loading the same files with exceljs alone; each a child process, median of ${f.runs} (budget: ≤ ${BUDGETS.filesRatio}×).`,
      // Processor time (all threads) beside the time, when measured: a busy machine stretches times unevenly.
      table(
        ['', 'Time (s)', ...(cpu ? ['Processor time (s)'] : []), 'Peak memory (RSS, MB)'],
        [
          ['dvk consolidate', (f.dvkMs / 1000).toFixed(2), ...(cpu ? [(cpu.dvk / 1000).toFixed(2)] : []), f.dvkPeakRssMB.toFixed(0)],
          ['exceljs load only', (f.baselineMs / 1000).toFixed(2), ...(cpu ? [(cpu.baseline / 1000).toFixed(2)] : []), f.baselinePeakRssMB.toFixed(0)],
          [
            'ratio',
            `${f.ratio.toFixed(2)}×`,
            ...(cpu ? [`${(cpu.dvk / cpu.baseline).toFixed(2)}×`] : []),
            `${(f.dvkPeakRssMB / f.baselinePeakRssMB).toFixed(2)}×`,
          ],
        ],
      ),
    );
  }

  if (results.largeFiles) {
    const l = results.largeFiles;
    parts.push(
      `**Large files** — every \`dvk\` command over a workbook of ${n(l.rows)} rows (generated from the seed, shared strings as Excel saves; \`fix-encoding\` on the same rows typed in TCVN3), each a child process, peak resident memory (budget: ≤ ${BUDGETS.largeFilePeakMB} MB).`,
      table(
        ['Command', 'Time (s)', 'Peak memory (RSS, MB)'],
        l.runs.map((r) => [`dvk ${r.command}`, (r.ms / 1000).toFixed(1), r.peakRssMB.toFixed(0)]),
      ),
    );
  }

  if (results.taskpane) {
    const t = results.taskpane;
    parts.push(
      `**4. Task pane** — initial JavaScript of \`webpack --mode production\`, gzipped (level 9): the scripts each page loads at once, not lazy chunks nor office.js from Microsoft's CDN (budget: ≤ ${kb(BUDGETS.initialGzipBytes)} KB); a minimal React + Fluent UI page built with the same settings: ${kb(t.minimalGzipBytes)} KB.`,
      table(
        ['Page', 'Scripts', 'Initial JS, gzipped (KB)', '× minimal page'],
        t.pages.map((p) => [
          p.page,
          p.scripts.map((s) => `${s.src} (${kb(s.gzipBytes)})`).join(', '),
          kb(p.gzipBytes),
          `${(p.gzipBytes / t.minimalGzipBytes).toFixed(2)}×`,
        ]),
      ),
    );
    if (t.firstRender) {
      parts.push(
        `First interactive render of ${t.firstRender.page} in headless Chromium (served from 127.0.0.1, fresh context each): navigation start to \`${t.firstRender.selector}\` visible, median of ${t.firstRender.runsMs.length}: **${ms(t.firstRender.medianMs)} ms** (runs: ${t.firstRender.runsMs.map(ms).join(', ')}).`,
      );
    }
  }

  const failed = checks.filter((c) => !c.ok);
  parts.push(
    failed.length === 0
      ? `Budgets: all ${checks.length} met.`
      : `Budgets: ${checks.length - failed.length} of ${checks.length} met; missed:\n${failed.map((c) => `- ${c.budget}: ${c.measured} (budget ${c.limit})`).join('\n')}`,
  );
  return parts.join('\n\n');
}

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

/** The README with the text between the bench markers replaced (unchanged when the markers are missing). */
export function withBenchSection(readme: string, text: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + README_START.length)}\n${text}\n${readme.slice(end)}`;
}
