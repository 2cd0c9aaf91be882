/** `dvk` on the hostile corpus: one bilingual line per refused file, exit 2, every other file processed, nothing hangs. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { hostileCorpus, LONGEST_CELL } from '../helpers/hostile-files';
import { seed004Sheets } from '../fixtures/seed004';
import { writeXlsx } from '../helpers/write-xlsx';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();
let names: string[];

const REFUSED: Array<[string, string, string]> = [
  ['not-a-zip.xlsx', 'không phải tệp Excel .xlsx', 'it is not an Excel .xlsx file'],
  ['truncated.xlsx', 'bị hỏng', 'damaged'],
  ['bomb-declared.xlsx', 'vượt giới hạn 500 MB cho cả tệp', 'over the 500 MB limit for a file'],
  ['bomb-ratio.xlsx', '“zip bomb”', '“zip bomb”'],
  ['bomb-lying.xlsx', 'bị hỏng', 'damaged'],
  ['too-many-sheets.xlsx', 'có 1.500 trang tính, vượt giới hạn 1.000 trang tính', 'it has 1,500 sheets, over the limit of 1,000 sheets'],
  [
    'too-many-rows.xlsx',
    'trang tính “Đăng ký” có 200.001 dòng, vượt giới hạn 200.000 dòng',
    'sheet “Đăng ký” has 200,001 rows, over the limit of 200,000 rows',
  ],
];
const READ = ['whole-grid.xlsx', 'whole-column-rules.xlsx', 'long-cells.xlsx', 'clean.xlsx'];

beforeAll(async () => {
  const corpus = await hostileCorpus();
  for (const [name, bytes] of Object.entries(corpus)) writeFileSync(path.join(dir, name), bytes);
  await writeXlsx(path.join(dir, 'clean.xlsx'), seed004Sheets());
  names = Object.keys(corpus);
}, 120_000);

describe('dvk check on hostile files', () => {
  it('gives each refused file one line in Vietnamese and English, exits 2, and checks the others', async () => {
    const start = Date.now();
    const run = await runCli(['check', ...names, 'clean.xlsx', '--json'], dir);
    expect(Date.now() - start).toBeLessThan(60_000);
    expect(run.code).toBe(2);
    const lines = run.err.split('\n');
    expect(lines).toHaveLength(REFUSED.length);
    for (const [file, vi, en] of REFUSED) {
      const line = lines.find((l) => l.includes(`“${file}”`));
      expect(line).toBeDefined();
      expect(line).toMatch(/^Không đọc được tệp “[^”]+”: .+ \/ Cannot read file “[^”]+”: .+\.$/);
      expect(line).toContain(vi);
      expect(line).toContain(en);
    }
    expect(run.err).not.toMatch(/\n\s+at |Error:/);
    const { issues } = JSON.parse(run.out) as { issues: Array<{ file: string; rule: string }> };
    expect(
      issues
        .filter((i) => i.rule === 'unreadable-file')
        .map((i) => i.file)
        .sort(),
    ).toEqual(REFUSED.map(([f]) => f).sort());
    for (const file of READ) {
      expect(issues.some((i) => i.file === file && (i.rule === 'unreadable-file' || i.rule === 'no-registration-sheet'))).toBe(false);
    }
  }, 120_000);

  it.each(READ)('counts the seed registrations of %s', async (file) => {
    const run = await runCli(['summary', file, '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).total.registered).toBe(191);
  });
});

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(dir, file));
  return workbook;
}

describe('dvk report on files read with limits', () => {
  it(`keeps a ${LONGEST_CELL}-character cell whole in the copy it writes`, async () => {
    const run = await runCli(['report', 'long-cells.xlsx', '-o', 'long-cells-report.xlsx'], dir);
    expect(run.code).toBe(0);
    const sheet = (await readBack('long-cells-report.xlsx')).getWorksheet('Đăng ký') as ExcelJS.Worksheet;
    const note = (sheet.getRow(1).values as unknown[]).indexOf('Ghi chú');
    const value = sheet.getRow(2).getCell(note).value;
    expect(typeof value).toBe('string');
    expect(value).toHaveLength(LONGEST_CELL);
    expect(value).toBe('Ghi chú dài '.padEnd(LONGEST_CELL, 'ư'));
  });

  it('writes a separate new workbook for a file whose whole-column dropdowns were cut, and says why', async () => {
    const run = await runCli(['report', 'whole-column-rules.xlsx', '-o', 'rules-report.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.err).toContain('danh sách chọn phủ cả cột');
    const written = await readBack('rules-report.xlsx');
    expect(written.getWorksheet('Đăng ký')).toBeUndefined();
    expect(written.getWorksheet('Biểu 01')).toBeDefined();
  });
});

describe('cells longer than Excel holds (32,767 characters)', () => {
  const LONG = 40_000;
  beforeAll(async () => {
    const sheets = seed004Sheets();
    const note = sheets[0].rows[0].indexOf('Ghi chú');
    sheets[0].rows[1][note] = 'Ghi chú rất dài '.padEnd(LONG, 'ư');
    await writeXlsx(path.join(dir, 'qua-dai.xlsx'), sheets);
  });

  const noteOf = async (file: string, sheetName: string): Promise<string> => {
    const sheet = (await readBack(file)).getWorksheet(sheetName) as ExcelJS.Worksheet;
    const header = sheet.getRow(1).values as unknown[];
    return sheet.getRow(2).getCell(header.indexOf('Ghi chú')).value as string;
  };

  it('dvk report writes the copy with the cell cut to fit and a visible mark, and says which cell', async () => {
    const run = await runCli(['report', 'qua-dai.xlsx', '-o', 'qua-dai-bao-cao.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.err).toContain(
      'Ô N2 của trang “Đăng ký” có 40.000 ký tự, quá giới hạn 32.767 ký tự một ô của Excel: đã ghi phần đầu, kết thúc bằng “…[cắt bớt]”.',
    );
    expect(run.err).toContain('Cell N2 of sheet “Đăng ký” holds 40,000 characters');
    const note = await noteOf('qua-dai-bao-cao.xlsx', 'Đăng ký');
    expect(note).toHaveLength(LONGEST_CELL);
    expect(note.endsWith(' …[cắt bớt]')).toBe(true);
  });

  it('dvk consolidate writes the merged row’s cell cut to fit, and says which cell', async () => {
    const run = await runCli(['consolidate', 'qua-dai.xlsx', '-o', 'qua-dai-tong-hop.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/Ô [A-Z]+2 của trang “Đăng ký” có 40\.000 ký tự, quá giới hạn 32\.767 ký tự/);
    const note = await noteOf('qua-dai-tong-hop.xlsx', 'Đăng ký');
    expect(note).toHaveLength(LONGEST_CELL);
    expect(note.endsWith(' …[cắt bớt]')).toBe(true);
  });
});
