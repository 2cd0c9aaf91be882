/**
 * Budget 4, large files: every command of `dvk` over a 200,000-row workbook (199,999 registrations
 * under a header, the most a sheet may hold; generated once from the seed fixture with shared strings,
 * as Excel saves), each a child process (files-child.ts), measured by peak resident memory: a clerk's
 * PC has 4-8 GB. `fix-encoding` runs on the same rows typed in TCVN3 under .VnTime.
 */
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tcvn3Can, toTcvn3 } from '../test/helpers/legacy-text';
import type { LargeFileResult } from './budgets';
import { childRun } from './files';
import { registrationSheets } from './data';

export const LARGE_ROWS = 199_999;
/** Bump when the generated files change, so old ones are not reused. */
const GENERATION = 2;
/** Columns of `Đăng ký` typed in TCVN3 in the legacy file: model name, unit, party cell. */
const LEGACY_COLUMNS = [3, 4, 6];

async function write(file: string, legacy: boolean): Promise<void> {
  const partial = `${file}.tmp`;
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true, useStyles: legacy });
  for (const sheet of registrationSheets(LARGE_ROWS)) {
    const worksheet = writer.addWorksheet(sheet.name);
    sheet.rows.forEach((values, r) => {
      const row = worksheet.addRow(values);
      if (legacy && r > 0 && sheet.name === 'Đăng ký') {
        for (const c of LEGACY_COLUMNS) {
          const text = values[c];
          if (typeof text !== 'string' || !tcvn3Can(text)) continue;
          row.getCell(c + 1).value = toTcvn3(text);
          row.getCell(c + 1).font = { name: '.VnTime', size: 13 };
        }
      }
      row.commit();
    });
    worksheet.commit();
  }
  await writer.commit();
  await rename(partial, file);
}

async function largeFiles(log: (line: string) => void): Promise<{ unicode: string; legacy: string }> {
  const root = path.join(tmpdir(), `dvk-bench-large-${GENERATION}`);
  const files = { unicode: path.join(root, 'dang-ky-200000.xlsx'), legacy: path.join(root, 'dang-ky-200000-tcvn3.xlsx') };
  if (existsSync(files.unicode) && existsSync(files.legacy)) return files;
  log(`generating two ${LARGE_ROWS.toLocaleString('en')}-row workbooks in ${root} …`);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await write(files.unicode, false);
  await write(files.legacy, true);
  return files;
}

export async function benchLargeFiles(log: (line: string) => void = () => undefined): Promise<LargeFileResult> {
  const files = await largeFiles(log);
  const out = (name: string): string => path.join(path.dirname(files.unicode), name);
  const commands: Array<[string, string[]]> = [
    ['check', ['check', files.unicode, '--json']],
    ['summary', ['summary', files.unicode]],
    ['report → .xlsx', ['report', files.unicode, '-o', out('bao-cao.xlsx'), '--force']],
    ['report → .docx', ['report', files.unicode, '-o', out('bao-cao.docx'), '--force']],
    ['consolidate', ['consolidate', files.unicode, '-o', out('tong-hop.xlsx'), '--force']],
    ['fix-encoding', ['fix-encoding', files.legacy, '-o', out('unicode.xlsx'), '--force']],
  ];
  const runs: LargeFileResult['runs'] = [];
  for (const [command, args] of commands) {
    const run = await childRun(['run', ...args]);
    log(`${command}: ${Math.round(run.ms)} ms, peak ${Math.round(run.maxRssMB)} MB`);
    runs.push({ command, ms: run.ms, peakRssMB: run.maxRssMB });
  }
  return { rows: LARGE_ROWS + 1, runs };
}
