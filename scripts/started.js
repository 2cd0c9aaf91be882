'use strict';
/**
 * What `npm start` is running, for `npm run stop`: a small JSON file in the project folder (gitignored)
 * with the process id and how it started (the browser version's dev server, or Excel sideloading).
 */
const fs = require('fs');
const path = require('path');

const FILE = path.resolve(__dirname, '..', '.dvk-start.json');

function recordStart(mode) {
  fs.writeFileSync(FILE, JSON.stringify({ pid: process.pid, mode, startedAt: new Date().toISOString() }));
  process.on('exit', () => {
    try {
      if (readStart()?.pid === process.pid) fs.unlinkSync(FILE);
    } catch {
      // Already gone: nothing to forget.
    }
  });
}

function readStart() {
  try {
    const record = JSON.parse(fs.readFileSync(FILE, 'utf8'));
    return Number.isInteger(record.pid) ? record : null;
  } catch {
    return null;
  }
}

function forgetStart() {
  fs.rmSync(FILE, { force: true });
}

module.exports = { recordStart, readStart, forgetStart, FILE };
