import { officeWorkbook } from '../../../src/workbook/office/office-workbook';
import { cellRuns } from '../../../src/workbook/office/write-cells';
import { FakeExcel, MB } from './fake-excel';

function workbook(): FakeExcel {
  const fake = new FakeExcel('1.1');
  fake.addSheet('Đăng ký', [
    ['STT', 'Tên mô hình', 'Chi, đảng bộ', 'Ghi chú'],
    [1, 'Hũ gạo', '§¶ng bé x· Yªn H\u00adng', 'giữ nguyên'],
    [2, 'Con đường', 'Chi bé th«n Nµ Pµi', 'giữ nguyên'],
    [3, 'Vườn thuốc', 'Unicode rồi', '=SUM(A2:A4)'],
  ]);
  fake.addSheet('Danh mục', [['Đơn vị'], ['Ñaûng boä xaõ']]);
  return fake;
}

describe('writeCells in Excel', () => {
  it('writes only the given cells, in one sync, with their font name; neighbours untouched', async () => {
    const fake = workbook();
    const before = fake.sheet('Đăng ký').read({ r1: 0, c1: 0, r2: 3, c2: 3 });
    await officeWorkbook(fake.host).writeCells(
      'Đăng ký',
      [
        { row: 2, col: 2, value: 'Đảng bộ xã Yên Hưng' },
        { row: 3, col: 2, value: 'Chi bộ thôn Nà Pài' },
      ],
      { font: 'Times New Roman' },
    );
    expect(fake.syncs).toBe(1);
    const sheet = fake.sheet('Đăng ký');
    expect(sheet.read({ r1: 0, c1: 0, r2: 3, c2: 3 })).toEqual([
      before[0],
      [1, 'Hũ gạo', 'Đảng bộ xã Yên Hưng', 'giữ nguyên'],
      [2, 'Con đường', 'Chi bộ thôn Nà Pài', 'giữ nguyên'],
      before[3],
    ]);
    expect([sheet.format(1, 2, 'font.name'), sheet.format(2, 2, 'font.name')]).toEqual(['Times New Roman', 'Times New Roman']);
    expect([sheet.format(3, 2, 'font.name'), sheet.format(1, 3, 'font.name')]).toEqual([undefined, undefined]);
    // The two cells one below the other went as one range.
    expect(fake.records[0].labels.filter((l) => l === 'Range.values')).toHaveLength(1);
  });

  it('keeps text that looks like a formula or a number as text, and sets no font unless asked', async () => {
    const fake = workbook();
    await officeWorkbook(fake.host).writeCells('Danh mục', [
      { row: 2, col: 0, value: '=1+1' },
      { row: 4, col: 2, value: '0912345678' },
    ]);
    const sheet = fake.sheet('Danh mục');
    expect([sheet.value(1, 0), sheet.formula(1, 0), sheet.value(3, 2)]).toEqual(['=1+1', undefined, '0912345678']);
    expect(sheet.format(1, 0, 'font.name')).toBeUndefined();
    expect(fake.syncs).toBe(1);
  });

  it('keeps every request under 4 MB when the cells do not fit one, one sync per chunk', async () => {
    const fake = new FakeExcel('1.1');
    fake.addSheet('Đăng ký', []);
    const long = 'Đảng bộ xã Yên Hưng, huyện Bạch Thông, tỉnh Bắc Kạn — '.repeat(8);
    const cells = Array.from({ length: 20_000 }, (_, i) => ({ row: i + 2, col: i % 3 === 0 ? 2 : 5, value: `${long}${i}` }));
    await officeWorkbook(fake.host).writeCells('Đăng ký', cells, { font: 'Times New Roman' });
    expect(fake.syncs).toBeGreaterThan(1);
    expect(fake.maxRequest).toBeLessThan(4 * MB);
    expect(fake.sheet('Đăng ký').value(19_999 + 1, 5)).toBe(`${long}19999`);
    expect(fake.sheet('Đăng ký').value(1, 2)).toBe(`${long}0`);
  });

  it('refuses a cell that is not one', async () => {
    await expect(officeWorkbook(workbook().host).writeCells('Đăng ký', [{ row: 0, col: 1, value: 'x' }])).rejects.toThrow(RangeError);
  });
});

describe('cellRuns', () => {
  it('puts cells one below the other in one run, in column then row order', () => {
    const runs = cellRuns([
      { row: 5, col: 1, value: 'c' },
      { row: 3, col: 1, value: 'a' },
      { row: 4, col: 1, value: 'b' },
      { row: 9, col: 1, value: 'd' },
      { row: 3, col: 0, value: '=x' },
    ]);
    expect(runs).toEqual([
      { row: 2, col: 0, values: [["'=x"]] },
      { row: 2, col: 1, values: [['a'], ['b'], ['c']] },
      { row: 8, col: 1, values: [['d']] },
    ]);
  });
});
