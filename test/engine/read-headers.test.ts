/** Reading: where the header is, which cells name which column, which rows are read, and names resolved through Danh mục. */
import { readWorkbooks, rowCells, summarize, analyse, type CellValue, type RegistrationRow } from '../../src/engine';
import { book, check, ofRule, registrations, unitList } from './builder';

/** A sheet: optional title rows, then a header row, then data rows. */
function sheet(header: CellValue[], rows: CellValue[][], options: { title?: CellValue[][]; name?: string } = {}) {
  return { name: options.name ?? 'Đăng ký', rows: [...(options.title ?? []), header, ...rows] };
}

const read = (...sheets: ReturnType<typeof sheet>[]) => readWorkbooks([book(sheets)]);

/** The parsed values a test usually looks at. */
const parsed = (r: RegistrationRow) => ({
  rowNumber: r.rowNumber,
  year: r.year,
  name: r.name,
  implementer: r.implementer,
  kind: r.kind,
  unit: r.unit,
  field: r.field,
  registration: r.registration,
  status: r.status,
});

const HEADER = ['STT', 'Năm', 'Tên mô hình', 'Tập thể/cá nhân thực hiện', 'Loại', 'Chi, đảng bộ', 'Lĩnh vực', 'Hình thức', 'Kết quả'];
const ROW = [1, 2024, 'Hũ gạo tình thương', 'Chi hội Phụ nữ', 'Tập thể', 'Chi bộ Văn phòng', 3, 'Đăng ký mới', 'Đủ điều kiện bình xét'];
const EXPECTED = {
  year: 2024,
  name: 'Hũ gạo tình thương',
  implementer: 'Chi hội Phụ nữ',
  kind: 'collective',
  unit: 'Chi bộ Văn phòng',
  field: 3,
  registration: 'new',
  status: 'eligible',
};

describe('finding the header row', () => {
  const TITLE = [['ĐẢNG BỘ HUYỆN BẠCH THÔNG'], ['DANH SÁCH ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024'], []];

  it('is found under a 3-row title block, and rows keep their sheet row numbers', () => {
    const dataset = read(sheet(HEADER, [ROW, ROW.map((v, i) => (i === 2 ? 'Sân chơi cho em' : v))], { title: TITLE }));
    expect(dataset.sources).toEqual([{ file: 'test.xlsx', sheet: 'Đăng ký', headerRow: 4 }]);
    expect(dataset.rows.map((r) => [r.rowNumber, r.name])).toEqual([
      [5, 'Hũ gạo tình thương'],
      [6, 'Sân chơi cho em'],
    ]);
  });

  it('findings point at the sheet’s own cells under a title block', () => {
    const bad = [...ROW];
    bad[6] = 'LV9';
    const { findings } = check(book([sheet(HEADER, [ROW.map((v, i) => (i === 2 ? 'Sân chơi' : v)), bad], { title: TITLE })]));
    expect(ofRule(findings, 'invalid-value').map((f) => [f.cell, f.row, f.column, f.key])).toEqual([['G6', 6, 'G', 'field']]);
  });

  it('is found on row 20', () => {
    const title = Array.from({ length: 19 }, (_, i): CellValue[] => [i === 0 ? 'DANH SÁCH MÔ HÌNH' : null]);
    const dataset = read(sheet(HEADER, [ROW], { title }));
    expect(dataset.sources[0].headerRow).toBe(20);
    expect(dataset.rows.map((r) => r.rowNumber)).toEqual([21]);
  });

  it('is not found on row 21', () => {
    const title = Array.from({ length: 20 }, (_, i): CellValue[] => [i === 0 ? 'DANH SÁCH MÔ HÌNH' : null]);
    const dataset = read(sheet(HEADER, [ROW], { title }));
    expect(dataset.sources).toEqual([]);
    expect(dataset.rows).toEqual([]);
    expect(dataset.readFindings.map((f) => [f.rule, f.sheet])).toEqual([['no-header', 'Đăng ký']]);
  });

  it('registrations on a sheet not named Đăng ký are found by their header', () => {
    const dataset = read({ name: 'Hướng dẫn', rows: [['Ghi tên mô hình vào trang Sheet1']] }, sheet(HEADER, [ROW], { name: 'Sheet1', title: TITLE }));
    expect(dataset.readFindings).toEqual([]);
    expect(dataset.sources).toEqual([{ file: 'test.xlsx', sheet: 'Sheet1', headerRow: 4 }]);
    expect(dataset.rows.map(parsed)).toEqual([{ rowNumber: 5, ...EXPECTED }]);
  });
});

describe('matching header cells to columns', () => {
  it('columns in any order are read by their header', () => {
    const order = [8, 5, 2, 0, 6, 3, 1, 7, 4];
    const dataset = read(
      sheet(
        order.map((i) => HEADER[i]),
        [order.map((i) => ROW[i])],
      ),
    );
    expect(dataset.rows.map(parsed)).toEqual([{ rowNumber: 2, ...EXPECTED }]);
    // Lĩnh vực is the fifth column here: its cell is E2.
    const { findings } = check(
      book([
        sheet(
          order.map((i) => HEADER[i]),
          [order.map((i) => (i === 6 ? 'LV9' : ROW[i]))],
        ),
      ]),
    );
    expect(findings.map((f) => [f.rule, f.cell, f.key])).toEqual([['invalid-value', 'E2', 'field']]);
  });

  it('headers without diacritics', () => {
    const header = ['STT', 'Nam', 'Ten mo hinh', 'Tap the/ca nhan thuc hien', 'Loai', 'Chi, dang bo', 'Linh vuc', 'Hinh thuc', 'Ket qua'];
    expect(read(sheet(header, [ROW])).rows.map(parsed)).toEqual([{ rowNumber: 2, ...EXPECTED }]);
  });

  it('headers in upper case, with extra spaces and line breaks inside the cell', () => {
    const header = ['STT', '  NĂM ', 'TÊN\nMÔ HÌNH', 'Tập thể/cá nhân\r\nthực hiện', 'LOẠI', 'Chi,   đảng bộ', 'Lĩnh\u00A0vực', ' Hình  thức', 'KẾT\n\nQUẢ'];
    expect(read(sheet(header, [ROW])).rows.map(parsed)).toEqual([{ rowNumber: 2, ...EXPECTED }]);
  });

  it('aliases: Tên mô hình/điển hình, Đơn vị, Hình thức đăng ký, Số QĐ, Tập thể, cá nhân thực hiện …', () => {
    const header = [
      'Năm thực hiện',
      'Tên mô hình/điển hình',
      'Tập thể, cá nhân thực hiện',
      'Tập thể/Cá nhân',
      'Đơn vị',
      'Lĩnh vực thực hiện',
      'Hình thức đăng ký',
      'Kết quả bình xét',
      'Số QĐ',
      'Mã số',
    ];
    const row = [2024, 'Hũ gạo tình thương', 'Chi hội Phụ nữ', 'Tập thể', 'Chi bộ Văn phòng', 3, 'Đăng ký mới', 'Đủ điều kiện bình xét', '125-QĐ/TU', 'M07'];
    const [r] = read(sheet(header, [row])).rows;
    expect(parsed(r)).toEqual({ rowNumber: 2, ...EXPECTED });
    expect([r.decision, r.code]).toEqual(['125-QĐ/TU', 'M07']);
    expect(Object.fromEntries(Object.entries(rowCells(r)).map(([key, ref]) => [key, ref?.col]))).toEqual({
      year: 0,
      name: 1,
      implementer: 2,
      kind: 3,
      unit: 4,
      field: 5,
      registration: 6,
      status: 7,
      decision: 8,
      code: 9,
    });
  });

  it('more aliases: Mô hình, Chủ thể thực hiện, Loại mô hình, Chi bộ/Đảng bộ, Duy trì/Đăng ký mới, Trạng thái, Năm đăng ký', () => {
    const header = ['Năm đăng ký', 'Mô hình', 'Chủ thể thực hiện', 'Loại mô hình', 'Chi bộ/Đảng bộ', 'Lĩnh vực', 'Duy trì/Đăng ký mới', 'Trạng thái'];
    const row = [2024, 'Hũ gạo tình thương', 'Chi hội Phụ nữ', 'Tập thể', 'Chi bộ Văn phòng', 3, 'Đăng ký mới', 'Đủ điều kiện bình xét'];
    expect(read(sheet(header, [row])).rows.map(parsed)).toEqual([{ rowNumber: 2, ...EXPECTED }]);
  });

  it('a header cell that merely starts with an alias (“Năm học”) does not name the year column', () => {
    const header = ['Năm học', ...HEADER.slice(2)];
    const dataset = read(sheet(header, [['2023-2024', ...ROW.slice(2)]]));
    expect(rowCells(dataset.rows[0]).year).toBeUndefined();
    expect(dataset.rows[0].year).toBeNull();
    expect(dataset.readFindings.map((f) => [f.rule, f.key, f.row])).toEqual([['required', 'year', 1]]);
  });

  it('“Năm học” next to “Năm” leaves the year to “Năm”', () => {
    const header = ['Năm học', ...HEADER.slice(1)];
    const [r] = read(sheet(header, [['2023-2024', ...ROW.slice(1)]])).rows;
    expect(rowCells(r).year?.col).toBe(1);
    expect(r.year).toBe(2024);
  });

  it('other cells that only start with a header are not columns either (“Tên mô hình cũ”, “Loại hình”)', () => {
    const header = ['Tên mô hình cũ', 'Loại hình', ...HEADER.slice(1)];
    const [r] = read(sheet(header, [['Hũ gạo', 'Xã hội', ...ROW.slice(1)]])).rows;
    expect([rowCells(r).name?.col, rowCells(r).kind?.col]).toEqual([3, 5]);
  });
});

describe('rows read', () => {
  it('entirely empty rows are skipped, whatever they hold that shows nothing', () => {
    const second = ROW.map((v, i) => (i === 2 ? 'Sân chơi cho em' : v));
    const dataset = read(sheet(HEADER, [ROW, [], [null, '', '  ', undefined], ['\u00A0', '\u200B'], second, []]));
    expect(dataset.rows.map((r) => [r.rowNumber, r.name])).toEqual([
      [2, 'Hũ gạo tình thương'],
      [6, 'Sân chơi cho em'],
    ]);
    expect(analyse(dataset).findings).toEqual([]);
  });

  it('a row with only an STT is read (and found incomplete)', () => {
    const { dataset, findings } = check(book([sheet(HEADER, [ROW, [2]])]));
    expect(dataset.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(ofRule(findings, 'required').map((f) => f.cell)).toEqual(['B3', 'C3', 'D3', 'E3', 'F3', 'G3', 'H3']);
  });
});

describe('filling from Danh mục', () => {
  const list = unitList([
    { name: 'Đảng bộ xã Xuất Hóa', bloc: 'Xã, phường', commune: 'Xuất Hóa', other: 'ĐB Xuất Hóa; DB Xuat Hoa' },
    { name: 'Chi bộ Thủy lợi', bloc: 'Doanh nghiệp' },
    { name: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp' },
  ]);

  it('an empty bloc and commune are taken from Danh mục', () => {
    const { dataset, findings } = check(
      book([
        registrations([
          { unit: 'Đảng bộ xã Xuất Hóa', bloc: null, commune: null },
          { unit: 'Chi bộ Thủy lợi', bloc: null },
        ]),
        list,
      ]),
    );
    expect(dataset.rows.map((r) => [r.unit, r.bloc, r.commune, r.unitListed])).toEqual([
      ['Đảng bộ xã Xuất Hóa', 'Xã, phường', 'Xuất Hóa', true],
      ['Chi bộ Thủy lợi', 'Doanh nghiệp', null, true],
    ]);
    expect(findings).toEqual([]);
  });

  it('a commune written in the row is kept', () => {
    const [r] = readWorkbooks([book([registrations([{ unit: 'Đảng bộ xã Xuất Hóa', commune: 'Thôn Nà Cà' }]), list])]).rows;
    expect(r.commune).toBe('Thôn Nà Cà');
  });

  it('unit names are matched through normalisation and Tên khác, and reported under the Danh mục spelling', () => {
    const spellings = [
      'Đảng bộ xã Xuất Hóa',
      'ĐẢNG BỘ XÃ XUẤT HÓA',
      '  Đảng bộ   xã\nXuất Hóa ',
      'Đảng bộ xã Xuất Hóa'.normalize('NFD'),
      'Đảng bộ xã Xuất Hoá',
      'đảng bộ xã xuất hoá'.normalize('NFD'),
      'Đảng\u200B bộ xã\u00A0Xu\u00ADất Hóa',
      'ĐB Xuất Hóa',
      'db xuat hoa',
    ];
    const models = spellings.map((unit, i) => ({ unit, name: `Mô hình ${i + 1}`, bloc: null, commune: null }));
    const { dataset, findings, counted } = check(book([registrations(models), list]));
    expect(dataset.rows.map((r) => [r.unit, r.unitListed, r.commune])).toEqual(spellings.map(() => ['Đảng bộ xã Xuất Hóa', true, 'Xuất Hóa']));
    expect(findings).toEqual([]);
    expect(summarize(counted, ['unit']).groups.map((g) => [g.values.unit, g.measures.registered])).toEqual([['Đảng bộ xã Xuất Hóa', spellings.length]]);
  });

  it('old and new tone placement of uy: Thuỷ = Thủy', () => {
    const { dataset, findings } = check(
      book([
        registrations([
          { unit: 'Chi bộ Thuỷ lợi', bloc: null },
          { unit: 'CHI BỘ THUỶ LỢI', bloc: null, name: 'B' },
        ]),
        list,
      ]),
    );
    expect(dataset.rows.map((r) => [r.unit, r.bloc])).toEqual([
      ['Chi bộ Thủy lợi', 'Doanh nghiệp'],
      ['Chi bộ Thủy lợi', 'Doanh nghiệp'],
    ]);
    expect(findings).toEqual([]);
  });

  it('without Danh mục a unit is named by its first spelling in the data', () => {
    const { dataset } = check(
      book([registrations([{ unit: 'Chi bộ Thuỷ lợi' }, { unit: 'chi bộ thủy lợi', name: 'B' }, { unit: 'Chi bộ Văn phòng', name: 'C' }])]),
    );
    expect(dataset.rows.map((r) => r.unit)).toEqual(['Chi bộ Thuỷ lợi', 'Chi bộ Thuỷ lợi', 'Chi bộ Văn phòng']);
  });

  it('the Danh mục header is found by its aliases too (Tên đơn vị, Tên gọi khác, Địa bàn)', () => {
    const aliased = {
      name: 'Danh mục',
      rows: [['DANH MỤC ĐƠN VỊ'], ['Tên đơn vị', 'Khối', 'Địa bàn', 'Tên gọi khác'], ['Đảng bộ xã Xuất Hóa', 'xa phuong', 'Xuất Hóa', 'ĐB Xuất Hóa']],
    };
    const { dataset } = check(book([registrations([{ unit: 'ĐB Xuất Hóa', bloc: null }]), aliased]));
    expect(dataset.units).toEqual([{ name: 'Đảng bộ xã Xuất Hóa', bloc: 'Xã, phường', commune: 'Xuất Hóa', otherNames: ['ĐB Xuất Hóa'], successor: null }]);
    expect(dataset.rows.map((r) => [r.unit, r.bloc, r.commune])).toEqual([['Đảng bộ xã Xuất Hóa', 'Xã, phường', 'Xuất Hóa']]);
  });
});
