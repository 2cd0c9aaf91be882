#!/usr/bin/env node
/**
 * npm start
 *
 * - Windows / macOS with Excel installed: build, then sideload into desktop
 *   Excel with the official tooling
 *     office-addin-debugging start manifest.xml desktop --app excel
 *   (it starts the https dev server on port 3000 itself).
 * - Anywhere else (e.g. Linux): run webpack-dev-server and print the browser
 *   preview's address, http://localhost:3000/preview.html: the task pane beside
 *   a workbook held in the page (src/preview), no Excel needed.
 *
 * Set DVK_PREVIEW=browser to force the browser preview on Windows/macOS, and
 * DVK_PORT to serve the browser preview on another port than 3000.
 *
 * `npm run stop` (scripts/stop.js) ends what this started.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { recordStart } = require('./started');

const ROOT = path.resolve(__dirname, '..');
/** The Office path needs 3000 (manifest.xml); the browser preview may use DVK_PORT. */
const PORT = 3000;
const PREVIEW_PORT = Number(process.env.DVK_PORT) || PORT;
const PREVIEW_URL = `http://localhost:${PREVIEW_PORT}/preview.html`;

function excelInstalled() {
  if (process.platform === 'darwin') {
    return fs.existsSync('/Applications/Microsoft Excel.app');
  }
  if (process.platform === 'win32') {
    const key = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe';
    const r = spawnSync('reg', ['query', key], { stdio: 'ignore', windowsHide: true });
    return r.status === 0;
  }
  return false;
}

/** Runs a command, forwarding Ctrl-C / termination to it; resolves with its exit code. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    const forward = (signal) => {
      if (child.exitCode === null) child.kill(signal);
    };
    const onSigint = () => forward('SIGINT');
    const onSigterm = () => forward('SIGTERM');
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);
    child.on('error', (err) => {
      console.error(`Không chạy được / cannot run ${command}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
      resolve(code === null ? (signal === 'SIGINT' ? 130 : 1) : code);
    });
  });
}

async function startDesktop() {
  recordStart('desktop');
  const env = { ...process.env, DVK_HTTPS: '1' };
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const built = await run(process.execPath, [webpackCli, '--mode', 'development'], { env });
  if (built !== 0) return built;
  const args = [
    'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel',
    '--dev-server', 'npx webpack serve --mode development', '--dev-server-port', String(PORT),
  ];
  if (process.platform === 'win32') {
    // npx is npx.cmd on Windows, which needs a shell; quote arguments with spaces.
    return run('npx', args.map((a) => (a.includes(' ') ? `"${a}"` : a)), { env, shell: true });
  }
  return run('npx', args, { env });
}

async function startBrowserPreview() {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
  config.devServer.port = PREVIEW_PORT;
  const server = new WebpackDevServer(config.devServer, webpack(config));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Open connections (a browser tab) can hold the dev server's stop: end regardless after a moment.
    setTimeout(() => process.exit(0), 3000).unref();
    await server.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  await server.start();
  recordStart('browser');
  console.log('');
  console.log(`  ${PREVIEW_URL}`);
  console.log('  Xem trước trong trình duyệt: chưa có Excel trên máy này, ngăn tác vụ chạy bên cạnh một sổ tính trong trang');
  console.log('  (“Mở sổ mẫu” mở sổ mẫu, “Mở tệp .xlsx…” mở sổ của bạn).');
  console.log('  Browser preview: Excel is not available here, so the task pane runs beside a workbook held in the page.');
  console.log('  Ctrl-C hoặc npm run stop để dừng / to stop.');
  console.log('');
  return null; // keep running until a signal arrives
}

async function main() {
  const forceBrowser = process.env.DVK_PREVIEW === 'browser';
  if (!forceBrowser && (process.platform === 'win32' || process.platform === 'darwin') && excelInstalled()) {
    process.exitCode = await startDesktop();
  } else {
    await startBrowserPreview();
  }
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
