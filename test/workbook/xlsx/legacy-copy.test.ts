/**
 * The package-level fix-encoding (legacy-copy.ts) against its reference, the exceljs conversion it
 * replaced (test/helpers/exceljs-legacy-fix.ts): the same workbook to the clerk, cell by cell, font by font.
 */
import ExcelJS from 'exceljs';
import { planEncodingFix } from '../../../src/engine';
import { checkedFile } from '../../../src/workbook/xlsx/copy-file';
import { legacyFixedCopy } from '../../../src/workbook/xlsx/legacy-copy';
import { loadXlsx } from '../../../src/workbook/xlsx/load-xlsx';
import { workbookBytes } from '../../../src/workbook/xlsx/new-workbook';
import { readFileGrids } from '../../../src/workbook/xlsx/read-file-grids';
import { convertCell } from '../../helpers/exceljs-legacy-fix';
import { toTcvn3, toVni } from '../../helpers/legacy-text';
import { workbookSnapshot } from '../../helpers/workbook-snapshot';

/** Legacy text every way a clerk's file holds it: plain, all-caps font, VNI, rich text, a link, merged, beside formulas and Unicode. */
async function legacyWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đăng ký');
  sheet.addRow(['STT', 'Tên mô hình', 'Chi, đảng bộ', 'Ghi chú']);
  sheet.addRow([1, toTcvn3('Hũ gạo tình thương'), toTcvn3('Đảng bộ xã Yên Hưng'), toVni('Hội Cựu chiến binh')]);
  sheet.addRow([2, toTcvn3('Con đường bích họa'), toTcvn3('Chi bộ thôn Nà Pài').toLowerCase(), 'Phú Yên']);
  sheet.addRow([3, toTcvn3('Thắp sáng đường quê'), toTcvn3('Chi bộ thôn Nà Pài'), { text: toTcvn3('Xem tại đây'), hyperlink: 'https://example.vn' }]);
  for (const ref of ['B2', 'B3', 'B4', 'C2', 'C4', 'D4']) sheet.getCell(ref).font = { name: '.VnTime', size: 13, bold: ref === 'C2' };
  sheet.getCell('C3').font = { name: '.VnTimeH', size: 12 };
  sheet.getCell('D2').font = { name: 'VNI-Times', italic: true };
  sheet.getCell('A6').value = { formula: 'COUNTA(B2:B4)', result: 3 };
  sheet.getCell('B7').value = {
    richText: [
      { text: toTcvn3('Ghi chú: '), font: { name: '.VnTime', bold: true } },
      { text: toTcvn3('đã duyệt'), font: { name: '.VnTimeH', color: { argb: 'FFFF0000' } } },
      { text: ' (2024)' },
    ],
  };
  sheet.mergeCells('B8:D8');
  sheet.getCell('B8').value = toTcvn3('Người lập biểu');
  sheet.getCell('B8').font = { name: '.VnTime' };
  workbook.addWorksheet('Ghi chép').getCell('A1').value = 'Theo dõi kinh phí';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

it('converts every planned cell as the exceljs conversion did: values, rich text runs, fonts, links, merges, formulas', async () => {
  const input = await legacyWorkbook();
  const read = await readFileGrids(input);
  if (!read.ok) throw new Error('the input does not read');
  const plan = planEncodingFix(read.grids.sheets);
  expect(plan.fixes.length).toBeGreaterThanOrEqual(10);

  const file = await checkedFile(input);
  const copy = file && (await legacyFixedCopy(file, plan.fixes));
  const reference = await loadXlsx(input);
  if (!copy || !reference.ok) throw new Error('no copy');
  let converted = 0;
  for (const fix of plan.fixes) if (convertCell(reference.workbook.getWorksheet(fix.sheet)!.getCell(fix.row, fix.col + 1), fix)) converted++;

  expect(copy.converted).toBe(converted);
  const [actual, expected] = await Promise.all([workbookSnapshot(copy.bytes), workbookSnapshot(await workbookBytes(reference.workbook))]);
  // exceljs gives the cells a merged area covers its top-left cell's style; the copy leaves theirs (a merged area shows the top-left cell's).
  for (const covered of ['C8', 'D8']) {
    delete actual[0].cells[covered].font;
    delete expected[0].cells[covered].font;
  }
  expect(actual).toEqual(expected);
  expect(actual[0].cells.C3.value).toBe('CHI BỘ THÔN NÀ PÀI');
});
