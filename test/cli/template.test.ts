import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(dir, file));
  return workbook;
}

describe('dvk template', () => {
  it('writes the five standard sheets with headers, dropdowns, a frozen header row and wide columns', async () => {
    const run = await runCli(['template', '-o', 'mau.xlsx'], dir);
    expect(run.code).toBe(0);
    const workbook = await open('mau.xlsx');
    expect(workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual([
      'Đăng ký',
      'Danh mục',
      'Thông tin',
      'Khối Dân vận',
      'Báo cáo',
    ]);
    const sheet = workbook.getWorksheet('Đăng ký') as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'STT',
      'Mã mô hình',
      'Năm',
      'Tên mô hình',
      'Tập thể/cá nhân thực hiện',
      'Loại',
      'Chi, đảng bộ',
      'Khối',
      'Xã/phường',
      'Lĩnh vực',
      'Hình thức',
      'Kết quả',
      'Số quyết định',
      'Nguồn',
      'Ghi chú',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(40);
    const list = (cell: string) => sheet.getCell(cell).dataValidation;
    expect(list('F2')).toMatchObject({ type: 'list', formulae: ['"Tập thể,Cá nhân"'] });
    expect(list('K500')).toMatchObject({ type: 'list', formulae: ['"Duy trì,Đăng ký mới"'] });
    expect(list('L2').formulae[0]).toContain('Được công nhận');
    expect(list('G2')).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$2000"] });
    expect(list('H2').formulae[0]).toMatch(/^'DVK_DanhSach'!\$A\$2:\$A\$5$/);
    expect(list('J2').formulae[0]).toMatch(/^'DVK_DanhSach'!\$B\$2:\$B\$5$/);
    const lists = workbook.getWorksheet('DVK_DanhSach') as ExcelJS.Worksheet;
    expect(lists.state).toBe('hidden');
    expect(lists.getCell('A5').value).toBe('Xã, phường');
    const info = workbook.getWorksheet('Thông tin') as ExcelJS.Worksheet;
    expect(info.getColumn(1).values.slice(1)).toEqual(
      expect.arrayContaining(['Cơ quan báo cáo', 'Cấp', 'Năm báo cáo', 'Giai đoạn', 'Hạn nộp', 'Người ký', 'Chức vụ người ký']),
    );
  });

  it('is read by dvk check as a workbook with no registrations and no errors', async () => {
    await runCli(['template', '-o', 'blank.xlsx'], dir);
    const run = await runCli(['check', 'blank.xlsx', '--json'], dir);
    expect(JSON.parse(run.out).issues).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('does not overwrite an existing file without --force', async () => {
    writeFileSync(path.join(dir, 'existing.xlsx'), 'keep me');
    const run = await runCli(['template', '-o', 'existing.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(readFileSync(path.join(dir, 'existing.xlsx'), 'utf8')).toBe('keep me');
    expect((await runCli(['template', '-o', 'existing.xlsx', '--force'], dir)).code).toBe(0);
    expect(existsSync(path.join(dir, 'existing.xlsx'))).toBe(true);
    expect((await open('existing.xlsx')).getWorksheet('Đăng ký')).toBeDefined();
  });

  it('asks for an output file', async () => {
    const run = await runCli(['template'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('-o');
  });
});
