/**
 * Real .xlsx files in the layouts clerks use, written with exceljs (merged title and header cells,
 * formulas, hidden rows, a filter, a `Tổng cộng` line), read by `dvk` as any file is.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, tempDir } from '../../cli/run-cli';

/** The workbooks are of 2024: the command line runs at the end of that year (a year after next would be warned). */
const IN_2024 = new Date(Date.UTC(2024, 11, 20));

const dir = tempDir();

type Cell = ExcelJS.CellValue;

/** A model row of the two-row layout: marks under field `field`, kind `kind` (1 Tập thể, 2 Cá nhân), registration (1 Duy trì, 2 Đăng ký mới). */
function tickRow(stt: Cell, name: string, year: Cell, field: number[], kind: number, registration: number, status: string | null): Cell[] {
  const marks = (count: number, marked: number[]) => Array.from({ length: count }, (_, i) => (marked.includes(i + 1) ? 'x' : null));
  return [stt, name, 'Chi hội Phụ nữ', 'Chi bộ Văn phòng', year, ...marks(4, field), ...marks(2, [kind]), ...marks(2, [registration]), status];
}

/**
 * `hai-dong.xlsx`: a merged title block (rows 1-2), a two-row header (rows 4-5) with `Lĩnh vực`
 * merged over 1-4, `Loại mô hình` over Tập thể/Cá nhân, `Hình thức` over Duy trì/Đăng ký mới and
 * the other columns merged down; the column numbering (row 6); five models (rows 7-11), two of them
 * hidden, years and serial numbers as formulas and as text; `Kết quả` and `Số QĐ` merged down; a blank row; a `Tổng cộng` line merged
 * over A-D with COUNTA formulas; a filter.
 */
async function writeTwoRowFile(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đăng ký');
  sheet.getCell('A1').value = 'ĐẢNG ỦY XÃ LỤC BÌNH';
  sheet.mergeCells('A1:E1');
  sheet.getCell('F1').value = 'ĐẢNG CỘNG SẢN VIỆT NAM';
  sheet.mergeCells('F1:O1');
  sheet.getCell('A2').value = 'DANH SÁCH ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024';
  sheet.mergeCells('A2:O2');
  const down: Array<[string, string]> = [
    ['A', 'STT'],
    ['B', 'Tên mô hình'],
    ['C', 'Chủ thể thực hiện'],
    ['D', 'Đơn vị'],
    ['E', 'Năm'],
    ['N', 'Kết quả'],
    ['O', 'Số QĐ'],
  ];
  for (const [col, text] of down) {
    sheet.getCell(`${col}4`).value = text;
    sheet.mergeCells(`${col}4:${col}5`);
  }
  const groups: Array<[string, string, Cell[]]> = [
    ['F4:I4', 'Lĩnh vực', [1, 2, 3, 4]],
    ['J4:K4', 'Loại mô hình', ['Tập thể', 'Cá nhân']],
    ['L4:M4', 'Hình thức', ['Duy trì', 'Đăng ký mới']],
  ];
  for (const [range, text, subs] of groups) {
    const first = range.split(':')[0];
    sheet.getCell(first).value = text;
    sheet.mergeCells(range);
    const col = sheet.getCell(first).col;
    subs.forEach((sub, i) => {
      sheet.getRow(5).getCell(col + i).value = sub;
    });
  }
  sheet.getRow(6).values = Array.from({ length: 15 }, (_, i) => `(${i + 1})`);
  const rows: Cell[][] = [
    tickRow(1, 'Hũ gạo tình thương', { formula: '2023+1', result: 2024 }, [3], 1, 2, 'Được công nhận'),
    tickRow({ formula: 'A7+1', result: 2 }, 'Sân chơi cho em', '2024', [1], 2, 1, null),
    tickRow({ formula: 'A8+1', result: 3 }, 'Con đường hoa', 2024, [3], 1, 1, 'Đủ điều kiện bình xét'),
    tickRow({ formula: 'A9+1', result: 4 }, 'Tủ sách cộng đồng', ' 2024 ', [4], 1, 2, null),
    tickRow({ formula: 'A10+1', result: 5 }, 'Dân vận khéo trong cải cách hành chính', { formula: 'E7', result: 2024 }, [2], 2, 2, 'Tiêu biểu'),
  ];
  rows.forEach((values, i) => {
    sheet.getRow(7 + i).values = values;
  });
  sheet.getCell('O7').value = '15-QĐ/ĐU';
  sheet.getCell('O11').value = '15-QĐ/ĐU';
  sheet.getCell('A13').value = 'Tổng cộng';
  sheet.mergeCells('A13:D13');
  for (const col of ['F', 'G', 'H', 'I', 'J', 'K', 'L', 'M']) {
    const count = rows.filter((r) => r[sheet.getColumn(col).number - 1] === 'x').length;
    sheet.getCell(`${col}13`).value = { formula: `COUNTA(${col}7:${col}11)`, result: count };
  }
  sheet.getRow(9).hidden = true;
  sheet.getRow(10).hidden = true;
  sheet.autoFilter = 'A5:O11';
  await workbook.xlsx.writeFile(path.join(dir, file));
}

/**
 * `mot-dong.xlsx`: a one-row header under a title, tick columns side by side (LV1-LV4, Tập thể,
 * Cá nhân, Duy trì, Mới), a `Cộng` line, and one row marked under two fields.
 */
async function writeOneRowFile(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.getCell('A1').value = 'DANH SÁCH MÔ HÌNH';
  sheet.mergeCells('A1:M1');
  sheet.getRow(3).values = ['STT', 'Tên mô hình', 'Người thực hiện', 'Đơn vị', 'Năm', 'LV1', 'LV2', 'LV3', 'LV4', 'Tập thể', 'Cá nhân', 'Duy trì', 'Mới'];
  const row = (stt: number, name: string, fields: number[]): Cell[] => {
    const values: Cell[] = [stt, name, 'Đoàn thanh niên', 'Chi bộ Trường học', '2024', null, null, null, null, '✓', null, null, '✓'];
    for (const f of fields) values[4 + f] = '✓';
    return values;
  };
  sheet.getRow(4).values = row(1, 'Thắp sáng đường quê', [3]);
  sheet.getRow(5).values = row(2, 'Cổng trường an toàn', [1, 3]);
  sheet.getRow(6).values = ['Cộng', null, null, null, null, { formula: 'COUNTA(F4:F5)', result: 1 }];
  await workbook.xlsx.writeFile(path.join(dir, file));
}

beforeAll(async () => {
  await writeTwoRowFile('hai-dong.xlsx');
  await writeOneRowFile('mot-dong.xlsx');
});

interface Issue {
  cell: string | null;
  row: number | null;
  key: string | null;
  rule: string;
  severity: string;
  message: string;
}

describe('a two-row header with merged cells, formulas, hidden rows and a total line', () => {
  it('dvk summary counts the five models by the marks, hidden rows included, the total line not', async () => {
    const run = await runCli(['summary', 'hai-dong.xlsx', '--by', 'field', '--json'], dir, IN_2024);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.out);
    expect(summary.total).toEqual({ registered: 5, eligible: 3, proposed: 2, recognized: 2, exemplary: 1, unitsRegistered: 1, unitsRecognized: 1 });
    expect(summary.excluded).toBe(0);
    expect(summary.rows.map((r: { field: number; registered: number }) => [r.field, r.registered])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 1],
    ]);
  });

  it('dvk summary by kind and registration', async () => {
    const run = await runCli(['summary', 'hai-dong.xlsx', '--by', 'kind,registration', '--json'], dir, IN_2024);
    expect(JSON.parse(run.out).rows.map((r: { kind: string; registration: string; registered: number }) => [r.kind, r.registration, r.registered])).toEqual([
      ['Tập thể', 'Duy trì', 1],
      ['Tập thể', 'Đăng ký mới', 2],
      ['Cá nhân', 'Duy trì', 1],
      ['Cá nhân', 'Đăng ký mới', 1],
    ]);
  });

  it('dvk check: the total line and the hidden rows as information, no error', async () => {
    const run = await runCli(['check', 'hai-dong.xlsx', '--json'], dir, IN_2024);
    expect(run.code).toBe(0);
    const issues: Issue[] = JSON.parse(run.out).issues;
    expect(issues.map((i) => [i.rule, i.severity, i.cell, i.key])).toEqual([
      ['hidden-rows', 'info', null, null],
      ['total-row', 'info', 'A13', 'stt'],
    ]);
    expect(issues[0].message).toBe(
      'Trang “Đăng ký”: 2 dòng mô hình đang bị ẩn (trang đang bật bộ lọc); các dòng ẩn vẫn được kiểm tra và đếm như mọi dòng khác.',
    );
  });
});

describe('tick columns side by side, one row marked twice', () => {
  it('dvk check: invalid-value at the first marked cell naming both cells; the Cộng line as information', async () => {
    const run = await runCli(['check', 'mot-dong.xlsx', '--json'], dir, IN_2024);
    expect(run.code).toBe(1);
    const issues: Issue[] = JSON.parse(run.out).issues;
    expect(issues.map((i) => [i.rule, i.severity, i.cell, i.key])).toEqual([
      ['invalid-value', 'error', 'F5', 'field'],
      ['total-row', 'info', 'A6', 'stt'],
    ]);
    expect(issues[0].message).toMatch(/^Ô F5: Lĩnh vực được đánh dấu ở nhiều ô: F5 \(1\), H5 \(3\);/);
  });

  it('dvk summary counts the other row and reports one left out; both files read as one set add up', async () => {
    const one = JSON.parse((await runCli(['summary', 'mot-dong.xlsx', '--json'], dir, IN_2024)).out);
    expect([one.total.registered, one.excluded]).toEqual([1, 1]);
    const both = JSON.parse((await runCli(['summary', 'hai-dong.xlsx', 'mot-dong.xlsx', '--by', 'field', '--json'], dir, IN_2024)).out);
    expect([both.total.registered, both.excluded]).toEqual([6, 1]);
    expect(both.rows.find((r: { field: number }) => r.field === 3).registered).toBe(3);
  });
});
