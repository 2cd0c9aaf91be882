import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fingerprint } from '../../src/engine';
import { seed004Sheets } from '../fixtures/seed004';
import { writeXlsx } from '../helpers/write-xlsx';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();
const at = (file: string) => path.join(dir, file);

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at(file));
  return workbook;
}

/** The seed workbook plus a clerk's own sheet with formulas, formats and merged cells. */
async function writeInput(file: string, withImage = false): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of seed004Sheets()) workbook.addWorksheet(sheet.name).addRows(sheet.rows);
  const own = workbook.addWorksheet('Ghi chép');
  own.getCell('A1').value = 'Theo dõi kinh phí';
  own.mergeCells('A1:C1');
  own.getCell('A1').font = { bold: true, size: 14 };
  own.getCell('B3').value = 1200000;
  own.getCell('B4').value = 800000;
  own.getCell('B5').value = { formula: 'SUM(B3:B4)', result: 2000000 };
  own.getCell('B5').numFmt = '#,##0 "đ"';
  own.getCell('C3').value = '=không phải công thức';
  own.getCell('C4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  own.getColumn(1).width = 30;
  if (withImage) {
    const image = workbook.addImage({ buffer: readFileSync(path.join(__dirname, '../../assets/icon-32.png')) as unknown as ExcelJS.Buffer, extension: 'png' });
    own.addImage(image, 'E2:F4');
  }
  await workbook.xlsx.writeFile(at(file));
}

/** What must survive the copy: every value, formula, style and merge of the other sheets. */
function snapshot(workbook: ExcelJS.Workbook, names: string[]) {
  return names.map((name) => {
    const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
    const cells: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push([cell.address, cell.value, cell.style])));
    return { name, cells, merges: sheet.model.merges, widths: sheet.columns?.map((c) => c.width) };
  });
}

const OTHER_SHEETS = ['Đăng ký', 'Danh mục', 'Thông tin', 'Ghi chép'];

beforeAll(async () => {
  await writeInput('input.xlsx');
  await writeInput('with-image.xlsx', true);
});

describe('dvk report', () => {
  it('fills Biểu 01-04 and Báo cáo in a copy, leaving every other sheet as it was', async () => {
    const run = await runCli(['report', 'input.xlsx', '-o', 'report.xlsx'], dir);
    expect(run.code).toBe(0);
    const [before, after] = [await open('input.xlsx'), await open('report.xlsx')];
    expect(snapshot(after, OTHER_SHEETS)).toEqual(snapshot(before, OTHER_SHEETS));
    expect((after.getWorksheet('Ghi chép') as ExcelJS.Worksheet).getCell('B5').formula).toBe('SUM(B3:B4)');
    expect((after.getWorksheet('Ghi chép') as ExcelJS.Worksheet).getCell('C3').type).toBe(ExcelJS.ValueType.String);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes Biểu 01 with the seed 004 figures on its own printable sheet, and the report text for A4', async () => {
    const workbook = await open('report.xlsx');
    expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Biểu 01', 'Biểu 02', 'Biểu 03', 'Biểu 04', 'Báo cáo']));
    const bieu = workbook.getWorksheet('Biểu 01') as ExcelJS.Worksheet;
    const rows: unknown[][] = [];
    bieu.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0][0]).toBe('Biểu 01. Kết quả đăng ký, công nhận mô hình “Dân vận khéo” theo lĩnh vực năm 2022');
    expect(rows[1][0]).toBe('(Thành ủy Bắc Kạn)');
    const total = rows.find((r) => r[1] === 'Tổng cộng') as unknown[];
    expect(total.slice(2, 13)).toEqual([191, 73, 118, 175, 16, 160, 137, 129, 118, 11, 13]);
    expect(bieu.getCell('A4').font).toMatchObject({ bold: true, name: 'Times New Roman', size: 11 });
    expect(bieu.getCell('C4').border.top).toMatchObject({ style: 'thin' });
    expect(bieu.getCell('N10').numFmt).toBe('0.00%');
    expect(bieu.model.merges).toContain('C4:G4');
    expect(bieu.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:5' });
    const report = workbook.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    expect(report.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    // The Party layout's margins: top and bottom 20 mm, left 30, right 15.
    expect(report.pageSetup.margins).toMatchObject({ top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 });
    expect(report.getCell('A1').font).toMatchObject({ name: 'Times New Roman' });
    const texts: string[] = [];
    report.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(texts.some((t) => t.trimStart().startsWith('Trong năm, đã có 191 mô hình đăng ký thực hiện (trong đó duy trì 73, đăng ký mới 118 mô hình)'))).toBe(
      true,
    );
    expect(texts).toContain('Phạm Ngọc San');
  });

  it('refuses to write over its input', async () => {
    const bytes = readFileSync(at('input.xlsx'));
    const run = await runCli(['report', 'input.xlsx', '-o', './input.xlsx', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('trùng tệp đầu vào');
    expect(readFileSync(at('input.xlsx')).equals(bytes)).toBe(true);
  });

  it('refills its own unchanged sheets, but a hand-edited one only with --force', async () => {
    expect((await runCli(['report', 'report.xlsx', '-o', 'again.xlsx'], dir)).code).toBe(0);
    const edited = await open('report.xlsx');
    (edited.getWorksheet('Biểu 01') as ExcelJS.Worksheet).getCell('C10').value = 999;
    await edited.xlsx.writeFile(at('edited.xlsx'));
    const refused = await runCli(['report', 'edited.xlsx', '-o', 'edited-out.xlsx'], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Trang “Biểu 01” đã được sửa tay');
    expect(readdirSync(dir)).not.toContain('edited-out.xlsx');
    const forced = await runCli(['report', 'edited.xlsx', '-o', 'edited-out.xlsx', '--force'], dir);
    expect(forced.code).toBe(0);
    const total = (await open('edited-out.xlsx')).getWorksheet('Biểu 01') as ExcelJS.Worksheet;
    expect(total.getCell('C10').value).toBe(191);
  });

  it('keeps the clerk’s image, and every part of the other sheets byte for byte, in the copy', async () => {
    const run = await runCli(['report', 'with-image.xlsx', '-o', 'with-image-report.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    const [before, after] = await Promise.all(['with-image.xlsx', 'with-image-report.xlsx'].map((f) => JSZip.loadAsync(readFileSync(at(f)))));
    const copied = Object.keys(before.files).filter((name) => /^xl\/(worksheets\/(_rels\/)?sheet[1-4]\.xml|media\/|drawings\/)/.test(name));
    expect(copied).toEqual(expect.arrayContaining(['xl/media/image1.png', 'xl/drawings/drawing1.xml', 'xl/worksheets/sheet4.xml']));
    for (const name of copied) {
      expect([name, await after.file(name)?.async('base64')]).toEqual([name, await before.file(name)?.async('base64')]);
    }
    const workbook = await open('with-image-report.xlsx');
    expect(workbook.getWorksheet('Ghi chép')?.getImages()).toHaveLength(1);
    expect(workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual([
      ...OTHER_SHEETS,
      'Biểu 01',
      'Biểu 02',
      'Biểu 03',
      'Biểu 04',
      'Báo cáo',
    ]);
  });

  it('removes the Tổng hợp v1 wrote and nobody edited, keeps one edited by hand, and says which', async () => {
    const v1 = await open('input.xlsx');
    const legacy = v1.addWorksheet('Tổng hợp');
    legacy.getCell('A1').value = 'Biểu 01. cũ';
    const record = v1.addWorksheet('DVK_GhiNhan');
    record.addRow(['Trang', 'Dấu kiểm', 'Ghi lúc', 'Phiên bản']);
    record.addRow(['Tổng hợp', fingerprint([['Biểu 01. cũ']]), '2024-01-01T00:00:00.000Z', 1]);
    record.state = 'veryHidden';
    await v1.xlsx.writeFile(at('v1.xlsx'));
    const run = await runCli(['report', 'v1.xlsx', '-o', 'v1-out.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Đã bỏ trang “Tổng hợp” do phiên bản trước ghi');
    expect((await open('v1-out.xlsx')).getWorksheet('Tổng hợp')).toBeUndefined();

    legacy.getCell('A2').value = 'dòng cán bộ thêm';
    await v1.xlsx.writeFile(at('v1-edited.xlsx'));
    const kept = await runCli(['report', 'v1-edited.xlsx', '-o', 'v1-kept.xlsx'], dir);
    expect(kept.code).toBe(0);
    expect(kept.out).toContain('Trang “Tổng hợp” đã được sửa tay nên được giữ nguyên');
    expect((await open('v1-kept.xlsx')).getWorksheet('Tổng hợp')?.getCell('A2').value).toBe('dòng cán bộ thêm');
  });

  it('scopes the Biểu sheets with --year and --period, as the text', async () => {
    const three = seed004Sheets();
    const header = three[0].rows[0];
    const body = three[0].rows.slice(1);
    // The same 191 models registered again in 2023, with another report year.
    three[0].rows = [header, ...body, ...body.map((r) => r.map((v) => (v === 2022 ? 2023 : v)))];
    await writeXlsx(at('two-years.xlsx'), three);
    expect((await runCli(['report', 'two-years.xlsx', '-o', 'y2023.xlsx', '--year', '2023'], dir)).code).toBe(0);
    const y2023 = await open('y2023.xlsx');
    expect((y2023.getWorksheet('Biểu 01') as ExcelJS.Worksheet).getCell('A1').value).toMatch(/năm 2023$/);
    expect((await runCli(['report', 'two-years.xlsx', '-o', 'period.xlsx', '--period', '2022-2023'], dir)).code).toBe(0);
    const period = await open('period.xlsx');
    expect((period.getWorksheet('Biểu 03') as ExcelJS.Worksheet).getCell('A1').value).toMatch(/giai đoạn 2022-2023$/);
    expect((period.getWorksheet('Biểu 01') as ExcelJS.Worksheet).getCell('A1').value).toMatch(/năm 2023$/);
  });
});

describe('dvk report … -o OUT.docx: the Word document', () => {
  it('reads several files as one set and writes the report of their figures, with the first file’s particulars', async () => {
    const sheets = seed004Sheets();
    const registrations = sheets[0].rows;
    const half = Math.ceil((registrations.length - 1) / 2);
    const write = async (file: string, rows: typeof registrations, withInfo: boolean) => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Đăng ký').addRows(rows);
      workbook.addWorksheet('Danh mục').addRows(sheets[1].rows);
      if (withInfo) workbook.addWorksheet('Thông tin').addRows(sheets[2].rows);
      await workbook.xlsx.writeFile(at(file));
    };
    await write('phan-1.xlsx', registrations.slice(0, half + 1), true);
    await write('phan-2.xlsx', [registrations[0], ...registrations.slice(half + 1)], false);
    const run = await runCli(['report', 'phan-1.xlsx', 'phan-2.xlsx', '-o', 'bao-cao.docx'], dir);
    expect(run).toMatchObject({ code: 0, out: 'Đã ghi báo cáo vào: bao-cao.docx' });
    const zip = await JSZip.loadAsync(readFileSync(at('bao-cao.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Trong năm, đã có 191 mô hình đăng ký thực hiện (trong đó duy trì 73, đăng ký mới 118 mô hình)');
    expect(xml).toContain('THÀNH ỦY BẮC KẠN');
    expect(xml).toContain('Phạm Ngọc San');
  });

  it('takes the year from --year, and refuses a year that is not one', async () => {
    await writeInput('nam.xlsx');
    const run = await runCli(['report', 'nam.xlsx', '-o', 'nam-2023.docx', '--year', '2023'], dir);
    expect(run.code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(at('nam-2023.docx')))).file('word/document.xml')!.async('string');
    expect(xml).toContain('kết quả thực hiện phong trào “Dân vận khéo” năm 2023');
    expect(xml).not.toContain('Trong năm, đã có 191');
    const bad = await runCli(['report', 'nam.xlsx', '-o', 'x.docx', '--year', 'hai nghìn'], dir);
    expect(bad).toMatchObject({ code: 2, err: expect.stringContaining('--year cần một năm bốn chữ số') });
    expect(readdirSync(dir)).not.toContain('x.docx');
  });
});

describe('dvk report --period: the period report', () => {
  it('writes the period report of those years, and refuses a period that is not one or goes with --year', async () => {
    await writeInput('giai-doan.xlsx');
    const run = await runCli(['report', 'giai-doan.xlsx', '-o', 'so-ket.docx', '--period', '2021-2025'], dir);
    expect(run.code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(at('so-ket.docx')))).file('word/document.xml')!.async('string');
    expect(xml).toContain('sơ kết thực hiện phong trào “Dân vận khéo” giai đoạn 2022<');
    expect(xml).toContain('lượt mô hình được công nhận (năm 2022 có 129 mô hình)');
    for (const bad of [
      ['--period', '2025-2021'],
      ['--period', '2021'],
      ['--period', '2021-2023', '--year', '2022'],
    ]) {
      const refused = await runCli(['report', 'giai-doan.xlsx', '-o', 'khong.docx', ...bad], dir);
      expect(refused).toMatchObject({ code: 2, err: expect.stringContaining('--period cần hai năm') });
    }
    expect(readdirSync(dir)).not.toContain('khong.docx');
  });
});
