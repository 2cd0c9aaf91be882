import { extendedFormula } from '../../../src/workbook/office/insert-rows';
import { officeWorkbook } from '../../../src/workbook/office/office-workbook';
import { FakeExcel } from './fake-excel';

/** Rows 2-4 models, row 5 a total line whose figures are formulas over the models' rows. */
function workbook(): FakeExcel {
  const fake = new FakeExcel('1.1');
  const sheet = fake.addSheet('Đăng ký', [
    ['STT', 'Tên mô hình', 'Đơn vị', 'Lĩnh vực', 'Kinh phí'],
    [1, 'Hũ gạo', 'Chi bộ thôn Nà Pài', 3, 10],
    [2, 'Con đường', 'Chi bộ thôn Nà Pài', 3, 20],
    [3, 'Vườn thuốc', 'Chi bộ Trường THCS', 4, 30],
    ['Tổng cộng'],
  ]);
  sheet.input(4, 3, '=COUNTA(B2:B4)');
  sheet.input(4, 4, '=SUM($E$2:$E4)');
  sheet.input(4, 5, '=SUM(Khác!E2:E4)&" (E2:E4)"');
  sheet.input(4, 6, "'=SUM(E2:E4)");
  sheet.setFormat({ r1: 1, c1: 0, r2: 3, c2: 4 }, 'font.name', 'Times New Roman');
  return fake;
}

describe('insertRows in Excel', () => {
  it('Excel itself does not stretch a range ending right above inserted rows (so the adapter does)', () => {
    const fake = workbook();
    fake.sheet('Đăng ký').insertRows(4, 1);
    expect(fake.sheet('Đăng ký').formula(5, 3)).toBe('=COUNTA(B2:B4)');
  });

  it('inserts the row above the total line, text kept as text, the total’s ranges extended over it: 3 syncs', async () => {
    const fake = workbook();
    const inserted = await officeWorkbook(fake.host).insertRows('Đăng ký', 5, [[4, '=1+1', '0912345678', 3, 40]]);
    // Every figure of the total line is a formula: nothing for the clerk to add up again.
    expect(inserted).toEqual({ typedNumbers: 0 });
    const sheet = fake.sheet('Đăng ký');
    expect(sheet.read({ r1: 4, c1: 0, r2: 4, c2: 4 })).toEqual([[4, '=1+1', '0912345678', 3, 40]]);
    expect(sheet.formula(4, 1)).toBeUndefined();
    expect(sheet.value(5, 0)).toBe('Tổng cộng');
    expect([sheet.formula(5, 3), sheet.formula(5, 4)]).toEqual(['=COUNTA(B2:B5)', '=SUM($E$2:$E5)']);
    // Another sheet's range, text in quotes and a text cell that reads like a formula are left alone.
    expect(sheet.formula(5, 5)).toBe('=SUM(Khác!E2:E4)&" (E2:E4)"');
    expect([sheet.value(5, 6), sheet.formula(5, 6)]).toEqual(['=SUM(E2:E4)', undefined]);
    // The rows moved keep their formats; the models above are untouched.
    expect(sheet.format(3, 4, 'font.name')).toBe('Times New Roman');
    expect(sheet.read({ r1: 1, c1: 0, r2: 3, c2: 1 })).toEqual([
      [1, 'Hũ gạo'],
      [2, 'Con đường'],
      [3, 'Vườn thuốc'],
    ]);
    expect(fake.syncs).toBe(3);
    expect(fake.records[0].labels.slice(0, 2)).toEqual(['Range.insert', 'Range.values']);
  });

  it('says how many figures of the total line are typed numbers, which the new row leaves wrong', async () => {
    const fake = workbook();
    fake.sheet('Đăng ký').input(4, 1, 3);
    fake.sheet('Đăng ký').input(4, 4, 60);
    const inserted = await officeWorkbook(fake.host).insertRows('Đăng ký', 5, [[4, 'Mới', 'Chi bộ', 3, 40]]);
    expect(inserted).toEqual({ typedNumbers: 2 });
    expect(fake.sheet('Đăng ký').formula(5, 3)).toBe('=COUNTA(B2:B5)');
  });

  it('leaves a range the insertion falls inside to Excel (no rewrite), and reads nothing more under the used range', async () => {
    const fake = workbook();
    await officeWorkbook(fake.host).insertRows('Đăng ký', 3, [[9, 'Giữa', 'Chi bộ', 1, 5]]);
    expect(fake.sheet('Đăng ký').formula(5, 4)).toBe('=SUM($E$2:$E5)');
    expect(fake.syncs).toBe(2);

    const end = workbook();
    await officeWorkbook(end.host).insertRows('Đăng ký', 7, [[5, 'Cuối', 'Chi bộ', 2, 1]]);
    expect(end.sheet('Đăng ký').value(6, 1)).toBe('Cuối');
    expect(end.syncs).toBe(1);
  });

  it('deleteRows takes the row out again, the total’s ranges shrinking back: 1 sync', async () => {
    const fake = workbook();
    const port = officeWorkbook(fake.host);
    await port.insertRows('Đăng ký', 5, [[4, 'Mới', 'Chi bộ', 3, 40]]);
    fake.resetStats();
    await port.deleteRows('Đăng ký', 5, 1);
    const sheet = fake.sheet('Đăng ký');
    expect(sheet.value(4, 0)).toBe('Tổng cộng');
    expect([sheet.formula(4, 3), sheet.formula(4, 4)]).toEqual(['=COUNTA(B2:B4)', '=SUM($E$2:$E4)']);
    expect(fake.syncs).toBe(1);
  });

  it('refuses a row that is not one', async () => {
    await expect(officeWorkbook(workbook().host).insertRows('Đăng ký', 0, [['x']])).rejects.toThrow(RangeError);
    await expect(officeWorkbook(workbook().host).deleteRows('Đăng ký', 1.5, 1)).rejects.toThrow(RangeError);
  });
});

describe('extendedFormula', () => {
  it('extends ranges of the sheet that end on the row above the inserted rows', () => {
    expect(extendedFormula('=SUM(C5:C9)', 9, 1)).toBe('=SUM(C5:C10)');
    expect(extendedFormula('=SUM(C5:C9)+SUM(D5:D9)', 9, 2)).toBe('=SUM(C5:C11)+SUM(D5:D11)');
    expect(extendedFormula('=SUBTOTAL(9,$C$5:$C$9)', 9, 1)).toBe('=SUBTOTAL(9,$C$5:$C$10)');
  });

  it('leaves other ranges, single cells, other sheets, quoted text and non-formulas', () => {
    expect(extendedFormula('=SUM(C5:C8)', 9, 1)).toBeNull();
    expect(extendedFormula('=C5+C9', 9, 1)).toBeNull();
    expect(extendedFormula("=SUM('Khác'!C5:C9)", 9, 1)).toBeNull();
    expect(extendedFormula('="C5:C9"', 9, 1)).toBeNull();
    expect(extendedFormula('C5:C9', 9, 1)).toBeNull();
  });
});
