/** Findings about a whole workbook or sheet, given while reading: no registration sheet, no header, a missing column. */
import { analyse, readWorkbooks, rowCells } from '../../src/engine';
import { book, check, COL, registrations, STANDARD_HEADER } from './builder';

describe('a workbook without registrations', () => {
  it('gives one no-registration-sheet error, about the whole file', () => {
    const workbook = book(
      [
        { name: 'Sheet1', rows: [['Báo cáo kết quả năm 2024'], ['Nội dung', 'Ghi chú']] },
        {
          name: 'Danh mục',
          rows: [
            ['Đơn vị', 'Khối', 'Xã/phường'],
            ['Chi bộ Văn phòng', 'Hành chính sự nghiệp', null],
          ],
        },
      ],
      'trong.xlsx',
    );
    const { findings, counted, excluded, dataset } = check(workbook);
    expect(findings).toEqual([
      {
        file: 'trong.xlsx',
        sheet: null,
        cell: null,
        row: null,
        column: null,
        key: null,
        rule: 'no-registration-sheet',
        severity: 'error',
        message: 'Không tìm thấy trang đăng ký mô hình: cần một trang có dòng tiêu đề (Tên mô hình, Năm, Lĩnh vực, …) trong 20 dòng đầu.',
      },
    ]);
    expect(dataset.rows).toEqual([]);
    expect(counted).toEqual([]);
    expect(excluded).toBe(0);
  });

  it('does not take the sheets the software writes for registrations', () => {
    const report = registrations([{}]);
    const { findings } = check(book([{ ...report, name: 'Tổng hợp' }]));
    expect(findings.map((f) => f.rule)).toEqual(['no-registration-sheet']);
  });
});

describe('a sheet named Đăng ký without a header row', () => {
  it('gives one no-header error naming the sheet', () => {
    const { findings } = check(book([{ name: 'Đăng ký', rows: [['DANH SÁCH MÔ HÌNH DÂN VẬN KHÉO'], ['Năm 2024'], ['Hũ gạo tình thương', 2024]] }], 'a.xlsx'));
    expect(findings).toEqual([
      {
        file: 'a.xlsx',
        sheet: 'Đăng ký',
        cell: null,
        row: null,
        column: null,
        key: null,
        rule: 'no-header',
        severity: 'error',
        message: 'Trang “Đăng ký” không có dòng tiêu đề (Tên mô hình, Năm, Lĩnh vực, …) trong 20 dòng đầu.',
      },
    ]);
  });

  it('an empty Đăng ký sheet has no header either', () => {
    expect(check(book([{ name: 'Đăng ký', rows: [] }])).findings.map((f) => [f.rule, f.sheet])).toEqual([['no-header', 'Đăng ký']]);
  });
});

describe('a header missing a required column', () => {
  const withoutField = (): ReturnType<typeof registrations> => {
    const sheet = registrations([{}, { name: 'Sân chơi cho em' }]);
    const field = STANDARD_HEADER.findIndex(([key]) => key === 'field');
    return { ...sheet, rows: sheet.rows.map((row) => row.filter((_, i) => i !== field)) };
  };

  it('gives a required finding for the sheet, naming the column', () => {
    const { findings } = check(book([withoutField()]));
    expect(findings).toEqual([
      {
        file: 'test.xlsx',
        sheet: 'Đăng ký',
        cell: null,
        row: 1,
        column: null,
        key: 'field',
        rule: 'required',
        severity: 'error',
        message: 'Trang “Đăng ký”: dòng tiêu đề (dòng 1) không có cột “Lĩnh vực” (bắt buộc).',
      },
    ]);
  });

  it('one finding per missing required column, in the spec order', () => {
    const sheet = registrations([{}]);
    const keep = new Set(['year', 'name', 'unit', 'field']);
    const cut = STANDARD_HEADER.map(([key], i) => (keep.has(key) ? i : -1)).filter((i) => i >= 0);
    const rows = sheet.rows.map((row) => cut.map((i) => row[i]));
    const { findings } = check(book([{ name: 'Đăng ký', rows }]));
    expect(findings.map((f) => [f.rule, f.key, f.cell])).toEqual([
      ['required', 'implementer', null],
      ['required', 'kind', null],
      ['required', 'registration', null],
    ]);
  });

  it('its rows are read but cannot be counted', () => {
    const dataset = readWorkbooks([book([withoutField()])]);
    expect(dataset.rows.map((r) => [r.rowNumber, r.name, r.field])).toEqual([
      [2, 'Hũ gạo tình thương', null],
      [3, 'Sân chơi cho em', null],
    ]);
    const { counted, excluded } = analyse(dataset);
    expect(counted).toEqual([]);
    expect(excluded).toBe(2);
  });

  it('the complete header gives no finding (and the columns are where the builder says)', () => {
    const { findings, dataset } = check(book([registrations([{}])]));
    expect(findings).toEqual([]);
    expect(dataset.sources).toEqual([{ file: 'test.xlsx', sheet: 'Đăng ký', headerRow: 1 }]);
    expect(rowCells(dataset.rows[0]).field?.col).toBe(COL.field.charCodeAt(0) - 65);
  });
});
