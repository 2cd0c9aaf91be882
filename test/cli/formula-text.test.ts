/**
 * Formula text on the .xlsx path: cells of a unit's workbook beginning with = + - @ tab or CR stay
 * text in what `dvk report` and `dvk consolidate` write — string cells, never formulas.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { REGISTRATION_HEADER, seed004Sheets } from '../fixtures/seed004';
import { writeXlsx } from '../helpers/write-xlsx';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();
const RISKY = ['=SUM(A1:A9)', '+84 912 345 678', '-Tập thể tự quản', '@Chi bộ thôn', '\tTab đầu dòng', '\rDòng mới', '=HYPERLINK("http://x","y")'];
const col = (header: string): number => REGISTRATION_HEADER.indexOf(header);

beforeAll(async () => {
  const sheets = seed004Sheets();
  const rows = sheets[0].rows;
  RISKY.forEach((text, i) => {
    rows[i + 1][col('Tên mô hình')] = `${text} ${i}`;
    rows[i + 1][col('Tập thể/cá nhân thực hiện')] = text;
    rows[i + 1][col('Ghi chú')] = text;
  });
  await writeXlsx(path.join(dir, 'don-vi.xlsx'), sheets);
});

/** Every sheet part's XML: a formula is an `<f>` element, whatever exceljs makes of it. */
async function sheetXml(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(dir, file)));
  const parts = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  return Promise.all(parts.map((name) => (zip.file(name) as JSZip.JSZipObject).async('string')));
}

async function cellValues(file: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(dir, file));
  const values: unknown[] = [];
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
  return values;
}

/**
 * The text as it reads back: XML turns a bare CR into a line feed unless it is escaped, and the
 * consolidated rows carry cleaned text (leading tab and CR trimmed, as the engine reads names).
 */
const readBack = (values: unknown[], text: string): boolean => values.some((v) => v === text || v === text.replace(/^\r/, '\n') || v === text.trim());

describe.each([
  ['dvk report', ['report', 'don-vi.xlsx', '-o', 'bao-cao.xlsx'], 'bao-cao.xlsx'],
  ['dvk consolidate', ['consolidate', 'don-vi.xlsx', '-o', 'tong-hop.xlsx'], 'tong-hop.xlsx'],
])('%s', (_name, args, output) => {
  it('writes text beginning with = + - @ tab or CR as string cells, never formulas', async () => {
    const run = await runCli(args, dir);
    expect([run.code, run.err]).toEqual([0, '']);
    for (const xml of await sheetXml(output)) expect(xml).not.toMatch(/<f[ >]/);
    const values = await cellValues(output);
    expect(values.some((v) => typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v))).toBe(false);
    for (const text of RISKY) expect([text, readBack(values, text)]).toEqual([text, true]);
  });
});
