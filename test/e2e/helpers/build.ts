import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DIST, ROOT } from './paths';

/** What the bundle is built from: a change to any of these makes dist/ stale. */
const INPUTS = ['src', 'assets', 'webpack.config.js', 'tsconfig.json', 'package-lock.json', 'manifest.xml'];
/** The pages the e2e tests open. */
const OUTPUTS = ['preview.html', 'taskpane.html'];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

/** dist/ was built after the last change of its sources. */
export function distIsFresh(): boolean {
  const built = OUTPUTS.map((f) => path.join(DIST, f));
  if (!built.every(existsSync)) return false;
  const builtAt = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return INPUTS.every((input) => newestChange(path.join(ROOT, input)) < builtAt);
}

/** `webpack --mode production` into dist/, unless dist/ is fresh. */
export function buildOnce(): void {
  if (process.env.DVK_E2E_REUSE_DIST === '1' || distIsFresh()) return;
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const run = spawnSync(process.execPath, [webpackCli, '--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`webpack --mode production failed:\n${run.stdout}\n${run.stderr}`);
}
