#!/usr/bin/env node
/**
 * npm run sample
 *
 * Writes the browser preview's sample workbook, assets/mau-dan-van-kheo.xlsx, from
 * scripts/sample/sample-sheets.ts (a slice of the seed 004 fixture with a few deliberate mistakes)
 * through the exceljs adapter of src/workbook/xlsx. The TypeScript sources are compiled in memory
 * with the project's own TypeScript (no extra tools). test/preview/sample-workbook.test.ts fails when
 * the committed file and the script drift apart.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'assets', 'mau-dan-van-kheo.xlsx');

// Load .ts files by transpiling them to CommonJS on the fly.
require.extensions['.ts'] = (module, file) => {
  const source = fs.readFileSync(file, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, file);
};

async function main() {
  const { sampleSheets } = require('./sample/sample-sheets.ts');
  const { newWorkbook, workbookBytes } = require('../src/workbook/xlsx/new-workbook.ts');
  const workbook = newWorkbook(sampleSheets());
  // Fixed dates, so that regenerating an unchanged sample changes as little as possible.
  workbook.created = new Date(Date.UTC(2022, 10, 15));
  workbook.modified = workbook.created;
  const bytes = await workbookBytes(workbook);
  const temporary = `${OUT}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, OUT);
  console.log(`${path.relative(ROOT, OUT)}: ${bytes.length} bytes`);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
