#!/usr/bin/env node
/**
 * The Debian packages the tests need beside node_modules, made sure of before `npm test` runs them
 * (and by .ci/run, through npm test): Chromium for the end-to-end tests of the pane, LibreOffice Writer and
 * Calc and poppler's tools to render the Word report and the printed sheets to PDF and read their pages,
 * and Carlito, Calibri's metric twin, so that LibreOffice measures column widths as Excel does.
 *
 * Missing ones are installed with apt-get where this process may (root on Debian/Ubuntu); otherwise it
 * stops at once with the one command to run.
 */
'use strict';

const fs = require('fs');
const { spawnSync } = require('child_process');

/** What the tests run, where Debian puts it, and the package that brings it. */
const NEEDED = [
  { what: 'Chromium', file: process.env.DVK_CHROMIUM || '/usr/bin/chromium', pkg: 'chromium' },
  { what: 'LibreOffice Writer', file: '/usr/bin/soffice', pkg: 'libreoffice-writer' },
  { what: 'LibreOffice Calc', file: '/usr/lib/libreoffice/program/libsclo.so', pkg: 'libreoffice-calc' },
  { what: 'Carlito (Calibri metrics)', file: '/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf', pkg: 'fonts-crosextra-carlito' },
  { what: 'pdftotext, pdfinfo', file: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
];

function missing() {
  return NEEDED.filter((n) => !fs.existsSync(n.file));
}

function hasApt() {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function main() {
  const absent = missing();
  if (absent.length === 0) return 0;
  const packages = absent.map((n) => n.pkg);
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !hasApt()) {
    console.error(`Kiểm thử cần / the tests need: ${absent.map((n) => `${n.what} (${n.file})`).join(', ')}.`);
    console.error(`Cài bằng lệnh / install with:  sudo sh -c '${command}'`);
    return 1;
  }
  console.log(`Cài / installing ${packages.join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-q'], ['install', '-y', '-q', ...packages]]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) {
      console.error(`apt-get ${args[0]} thất bại / failed (${run.status}). Chạy / run:  ${command}`);
      return 1;
    }
  }
  const still = missing();
  if (still.length > 0) {
    console.error(`Vẫn thiếu sau khi cài / still missing after installing: ${still.map((n) => n.file).join(', ')}`);
    return 1;
  }
  return 0;
}

process.exit(main());
