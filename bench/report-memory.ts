/**
 * Budget 4, report memory: `dvk report` of a 200,000-row workbook (199,999 registrations under a
 * header, the most a sheet may hold; generated once from the seed fixture with shared strings, as
 * Excel saves) into a copy (.xlsx) and into the Word document, each a child process (files-child.ts),
 * measured by peak resident memory: a clerk's PC has 4-8 GB.
 */
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReportMemoryResult } from './budgets';
import { childRun } from './files';
import { registrationSheets } from './data';

export const REPORT_ROWS = 199_999;
/** Bump when the generated file changes, so an old one is not reused. */
const GENERATION = 1;

async function bigWorkbook(log: (line: string) => void): Promise<string> {
  const root = path.join(tmpdir(), `dvk-bench-report-${GENERATION}`);
  const file = path.join(root, 'dang-ky-200000.xlsx');
  if (existsSync(file)) return file;
  log(`generating a ${REPORT_ROWS.toLocaleString('en')}-row workbook in ${root} …`);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const partial = `${file}.tmp`;
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true });
  for (const sheet of registrationSheets(REPORT_ROWS)) {
    const worksheet = writer.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row).commit();
    worksheet.commit();
  }
  await writer.commit();
  await rename(partial, file);
  return file;
}

export async function benchReportMemory(log: (line: string) => void = () => undefined): Promise<ReportMemoryResult> {
  const file = await bigWorkbook(log);
  const dir = path.dirname(file);
  const xlsx = await childRun(['report', file, path.join(dir, 'bao-cao.xlsx')]);
  log(`report to .xlsx: ${Math.round(xlsx.ms)} ms, peak ${Math.round(xlsx.maxRssMB)} MB`);
  const docx = await childRun(['report', file, path.join(dir, 'bao-cao.docx')]);
  log(`report to .docx: ${Math.round(docx.ms)} ms, peak ${Math.round(docx.maxRssMB)} MB`);
  return { rows: REPORT_ROWS + 1, xlsxMs: xlsx.ms, xlsxPeakRssMB: xlsx.maxRssMB, docxMs: docx.ms, docxPeakRssMB: docx.maxRssMB };
}
