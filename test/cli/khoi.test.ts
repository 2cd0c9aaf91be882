import { mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { COMMUNES, HEADER, khoiRows, SEED_002_FIGURES, seed002Sheets } from '../fixtures/seed002';
import { seed004Sheets } from '../fixtures/seed004';
import { writeXlsx } from '../helpers/write-xlsx';
import { runCli, tempDir } from './run-cli';

const SEED_002 = SEED_002_FIGURES;

describe('dvk khoi', () => {
  const dir = tempDir();
  beforeAll(async () => {
    await writeXlsx(path.join(dir, 'tinh.xlsx'), seed002Sheets());
    // The same Khối as each commune keeps its own file (no Thông tin), in one folder.
    mkdirSync(path.join(dir, 'xa'));
    const rows = khoiRows();
    for (const [i, row] of rows.entries()) {
      await writeXlsx(path.join(dir, 'xa', `xa-${String(i + 1).padStart(3, '0')}.xlsx`), [{ name: 'Khối', rows: [['KHỐI DÂN VẬN CƠ SỞ'], HEADER, row] }]);
    }
    await writeXlsx(path.join(dir, 'mo-hinh.xlsx'), seed004Sheets());
  }, 120_000);

  it('prints the figures and the seven targets as JSON, exactly the spec’s keys', async () => {
    const run = await runCli(['khoi', 'tinh.xlsx', '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual(SEED_002);
  });

  it('reads a folder of communes’ files as one set, with the same figures', async () => {
    const run = await runCli(['khoi', 'xa', '--json', '--year', '2023'], dir);
    expect(run.err).toBe('');
    expect(JSON.parse(run.out)).toEqual(SEED_002);
  });

  it('prints a readable table, each target with who misses it', async () => {
    const run = await runCli(['khoi', 'tinh.xlsx'], dir);
    expect(run.out).toContain('Khối Dân vận cơ sở năm 2023: 108 Khối, 1.265 thành viên.');
    expect(run.out).toContain(COMMUNES[3].commune);
    expect(run.out).toMatch(/\(5\) Mỗi huyện, thành phố .*7\/8 \(87,5%\).*Pác Nặm/);
  });

  it('says so and exits 2 when the files keep no Khối sheet', async () => {
    const run = await runCli(['khoi', 'mo-hinh.xlsx', '--json'], dir);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('Không tìm thấy trang Khối Dân vận');
  });

  it('exits 1 with the findings when a row has an error, leaving it out', async () => {
    const rows = khoiRows();
    rows[5][12] = 40;
    await writeXlsx(path.join(dir, 'loi.xlsx'), [{ name: 'Khối Dân vận', rows: [HEADER, ...rows] }]);
    const run = await runCli(['khoi', 'loi.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Ô M7: Thành viên được tập huấn là 40, nhiều hơn số thành viên (12).');
    expect(run.out).toContain('1 dòng Khối có lỗi nên không được tính.');
  });

  it('consolidates the communes’ files into one Khối sheet with the same figures, and Biểu 05', async () => {
    const run = await runCli(['consolidate', 'xa', '-o', 'tong-hop-khoi.xlsx'], dir);
    expect(run.code).toBe(0);
    // Each commune's file is said to bring its Khối row, not to lack registrations.
    expect(run.out).toMatch(/xa-001\.xlsx — chỉ có trang Khối Dân vận: gộp 1 dòng Khối Dân vận; 0 lỗi, 0 cảnh báo/);
    expect(run.out).not.toContain('không có dữ liệu đăng ký');
    const again = await runCli(['khoi', 'tong-hop-khoi.xlsx', '--json'], dir);
    expect(JSON.parse(again.out)).toEqual(SEED_002);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'tong-hop-khoi.xlsx'));
    const khoi = workbook.getWorksheet('Khối Dân vận')!;
    expect(khoi.actualRowCount).toBe(109);
    expect(khoi.getRow(2).getCell(20).value).toBe('xa-001.xlsx');
    expect(workbook.getWorksheet('Biểu 05')).toBeDefined();
  }, 120_000);

  it('writes Biểu 05 and the Khối paragraphs with dvk report', async () => {
    const run = await runCli(['report', 'tinh.xlsx', '-o', 'bao-cao.xlsx'], dir);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'bao-cao.xlsx'));
    expect(workbook.getWorksheet('Biểu 05')?.getCell('A1').value).toBe('Biểu 05. Khối Dân vận cơ sở và kết quả thực hiện các mục tiêu năm 2023');
    const texts: string[] = [];
    workbook.getWorksheet('Báo cáo')!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value).trim())));
    expect(texts.some((t) => t.startsWith('Toàn tỉnh hiện nay có 108 Khối Dân vận cơ sở'))).toBe(true);
  });
});
