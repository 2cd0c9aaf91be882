import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { toTcvn3, toVni } from '../helpers/legacy-text';
import { pdfPages, toPdf } from '../helpers/libreoffice';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();
const at = (file: string) => path.join(dir, file);

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at(file));
  return workbook;
}

/** A clerk's workbook typed partly under .VnTime / .VnTimeH / VNI-Times, with a formula, styles, a merge and another sheet. */
async function writeInput(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đăng ký');
  sheet.addRow(['STT', 'Tên mô hình', 'Chi, đảng bộ', 'Ghi chú']);
  sheet.addRow([1, 'Hũ gạo tình thương', toTcvn3('Đảng bộ xã Yên Hưng'), toVni('Hội Cựu chiến binh')]);
  sheet.addRow([2, 'Con đường bích họa', toTcvn3('Chi bộ thôn Nà Pài'), 'Phú Yên']);
  sheet.getCell('C2').font = { name: '.VnTime', size: 13, bold: true };
  sheet.getCell('C3').font = { name: '.VnTimeH', size: 12 };
  sheet.getCell('D2').font = { name: 'VNI-Times', italic: true };
  sheet.getCell('D3').font = { name: 'Arial', size: 11 };
  sheet.getCell('A5').value = { formula: 'COUNTA(B2:B3)', result: 2 };
  sheet.getCell('A5').numFmt = '0" mô hình"';
  sheet.getCell('B6').value = {
    richText: [
      { text: toTcvn3('Ghi chú: '), font: { name: '.VnTime', bold: true } },
      { text: toTcvn3('đã duyệt'), font: { name: '.VnTime', color: { argb: 'FFFF0000' } } },
    ],
  };
  sheet.mergeCells('B7:D7');
  sheet.getCell('B7').value = toTcvn3('Người lập biểu');
  sheet.getCell('B7').alignment = { horizontal: 'center' };
  const other = workbook.addWorksheet('Ghi chép');
  other.getCell('A1').value = 'Theo dõi kinh phí';
  other.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  await workbook.xlsx.writeFile(at(file));
}

beforeAll(() => writeInput('in.xlsx'));

describe('dvk fix-encoding', () => {
  it('writes a copy with the TCVN3 and VNI cells in Unicode, legacy fonts made Times New Roman, the rest unchanged', async () => {
    const before = readFileSync(at('in.xlsx'));
    const run = await runCli(['fix-encoding', 'in.xlsx', '-o', 'out.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Tìm thấy 5 ô gõ bằng bảng mã cũ ở 3 cột, 1 trang:');
    expect(run.out).toContain('Trang “Đăng ký”, cột C: 2 ô (TCVN3 (ABC)), ví dụ “§¶ng bé x· Yªn H\u00adng” → “Đảng bộ xã Yên Hưng”');
    expect(run.out).toContain('Đã ghi bản chuyển 5 ô sang Unicode vào: out.xlsx');
    expect(readFileSync(at('in.xlsx')).equals(before)).toBe(true);

    const out = await open('out.xlsx');
    const sheet = out.getWorksheet('Đăng ký')!;
    expect(sheet.getCell('C2').value).toBe('Đảng bộ xã Yên Hưng');
    expect(sheet.getCell('C2').font).toEqual({ name: 'Times New Roman', size: 13, bold: true });
    // Typed with lower-case codes under the all-caps font: shown, and now written, in capitals.
    expect(sheet.getCell('C3').value).toBe('CHI BỘ THÔN NÀ PÀI');
    expect(sheet.getCell('C3').font).toEqual({ name: 'Times New Roman', size: 12 });
    expect(sheet.getCell('D2').value).toBe('Hội Cựu chiến binh');
    expect(sheet.getCell('D2').font).toEqual({ name: 'Times New Roman', italic: true });
    expect(sheet.getCell('D3').value).toBe('Phú Yên');
    expect(sheet.getCell('D3').font).toEqual({ name: 'Arial', size: 11 });
    expect(sheet.getCell('B2').value).toBe('Hũ gạo tình thương');
    expect(sheet.getCell('A5').value).toEqual({ formula: 'COUNTA(B2:B3)', result: 2 });
    expect(sheet.getCell('A5').numFmt).toBe('0" mô hình"');
    expect(sheet.getCell('B6').value).toEqual({
      richText: [
        { text: 'Ghi chú: ', font: { name: 'Times New Roman', bold: true } },
        { text: 'đã duyệt', font: { name: 'Times New Roman', color: { argb: 'FFFF0000' } } },
      ],
    });
    expect(sheet.getCell('B7').value).toBe('Người lập biểu');
    expect(sheet.getCell('B7').alignment).toEqual({ horizontal: 'center' });
    expect(sheet.getCell('D7').isMerged).toBe(true);
    const other = out.getWorksheet('Ghi chép')!;
    expect(other.getCell('A1').value).toBe('Theo dõi kinh phí');
    expect(other.getCell('A1').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(out.worksheets.map((w) => w.name)).toEqual(['Đăng ký', 'Ghi chép']);

    // The copy has nothing left to convert, and dvk check no longer warns.
    expect((await runCli(['fix-encoding', 'out.xlsx', '--dry-run'], dir)).out).toBe('Không có ô nào gõ bằng bảng mã cũ (TCVN3, VNI); chưa ghi gì.');
  });

  it('keeps the parts it does not convert (an image) and opens in LibreOffice with the Unicode text in Times New Roman', async () => {
    const workbook = await open('in.xlsx');
    const image = workbook.addImage({ buffer: readFileSync(path.join(__dirname, '../../assets/icon-32.png')) as unknown as ExcelJS.Buffer, extension: 'png' });
    workbook.getWorksheet('Ghi chép')!.addImage(image, 'C2:D4');
    await workbook.xlsx.writeFile(at('with-image.xlsx'));
    const run = await runCli(['fix-encoding', 'with-image.xlsx', '-o', 'with-image-unicode.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    const out = await open('with-image-unicode.xlsx');
    expect(out.getWorksheet('Ghi chép')!.getImages()).toHaveLength(1);
    const pages = pdfPages(toPdf(at('with-image-unicode.xlsx'), dir));
    const text = pages.map((p) => p.text).join(' ');
    // Narrow columns show the start of the longer cells.
    expect(text).toContain('Đảng bộ');
    expect(text).toContain('CHI BỘ');
    expect(text).toContain('Hội Cựu chiến binh');
    expect(text).toContain('Ghi chú: đã duyệt');
    expect(text).toContain('Người lập biểu');
    // Times New Roman is drawn with LibreOffice's metric twin, Liberation Serif (bold and italic kept); the input had none.
    const fonts = execFileSync('pdffonts', [toPdf(at('with-image-unicode.xlsx'), dir)], { encoding: 'utf8' });
    expect(fonts).toMatch(/LiberationSerif-Bold/);
    expect(fonts).toMatch(/LiberationSerif-Italic/);
    expect(execFileSync('pdffonts', [toPdf(at('with-image.xlsx'), dir)], { encoding: 'utf8' })).not.toMatch(/LiberationSerif/);
  }, 120_000);

  it('with --dry-run lists every cell before → after and writes nothing', async () => {
    const run = await runCli(['fix-encoding', 'in.xlsx', '-o', 'dry.xlsx', '--dry-run'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('  Đăng ký!D2: “Hoäi Cöïu chieán binh” → “Hội Cựu chiến binh”');
    expect(run.out).toContain('  Đăng ký!B7: “Ng\u00adêi lËp biÓu” → “Người lập biểu”');
    expect(run.out).toContain('Chạy thử (--dry-run): chưa ghi gì.');
    expect(() => readFileSync(at('dry.xlsx'))).toThrow();
  });

  it('refuses to write over its input, and over an existing file without --force', async () => {
    const same = await runCli(['fix-encoding', 'in.xlsx', '-o', './in.xlsx'], dir);
    expect(same.code).toBe(2);
    expect(same.err).toContain('Tệp kết quả trùng tệp đầu vào');
    writeFileSync(at('taken.xlsx'), 'không được ghi đè');
    const taken = await runCli(['fix-encoding', 'in.xlsx', '-o', 'taken.xlsx'], dir);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('--force');
    expect(readFileSync(at('taken.xlsx'), 'utf8')).toBe('không được ghi đè');
    expect((await runCli(['fix-encoding', 'in.xlsx', '-o', 'taken.xlsx', '--force'], dir)).code).toBe(0);
    expect((await open('taken.xlsx')).getWorksheet('Đăng ký')!.getCell('C2').value).toBe('Đảng bộ xã Yên Hưng');
  });

  it('needs -o, and is in the usage text', async () => {
    const run = await runCli(['fix-encoding', 'in.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('-o');
    expect((await runCli(['--help'], dir)).out).toContain('dvk fix-encoding FILE -o OUT');
  });
});
