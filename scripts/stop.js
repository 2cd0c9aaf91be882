#!/usr/bin/env node
/**
 * npm run stop: ends what `npm start` started. In Excel (Windows, macOS) the official tooling removes
 * the sideloaded add-in and stops its dev server (office-addin-debugging stop); then the `npm start`
 * process itself, if still running, is asked to end (SIGTERM), as Ctrl-C would.
 */
'use strict';

const path = require('path');
const { spawnSync } = require('child_process');
const { readStart, forgetStart } = require('./started');

const ROOT = path.resolve(__dirname, '..');

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function main() {
  const started = readStart();
  if (!started || !alive(started.pid)) {
    forgetStart();
    console.log('Không có gì do npm start chạy đang chạy / nothing started by npm start is running.');
    return 0;
  }
  if (started.mode === 'desktop') {
    const cli = require.resolve('office-addin-debugging/cli.js', { paths: [ROOT] });
    spawnSync(process.execPath, [cli, 'stop', path.join(ROOT, 'manifest.xml')], { cwd: ROOT, stdio: 'inherit' });
  }
  process.kill(started.pid, 'SIGTERM');
  for (let waited = 0; waited < 20_000 && alive(started.pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (alive(started.pid)) {
    console.error(`npm start (tiến trình / process ${started.pid}) chưa dừng / has not stopped; thử lại / try again.`);
    return 1;
  }
  forgetStart();
  console.log(`Đã dừng / stopped npm start (${started.mode === 'desktop' ? 'Excel' : 'bản trình duyệt / browser version'}).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error && error.stack ? error.stack : error);
    process.exit(1);
  },
);
