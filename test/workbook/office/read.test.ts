import { officeWorkbook } from '../../../src/workbook/office/office-workbook';
import { readMeasures, registrationGrid, registrationWorkbook as workbookOf } from './data';
import { FakeExcel, MB } from './fake-excel';

const LIMIT = 4 * MB;
const record = readMeasures();

describe('readWorkbook: bulk reads in few round trips', () => {
  it.each([10, 1_000, 10_000])('reads %i rows × 15 columns in at most 3 syncs, each request and response under 4 MB', async (rows) => {
    const fake = workbookOf(rows);
    const sheets = await officeWorkbook(fake.host).readWorkbook();
    record(rows, fake);
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(fake.maxRequest).toBeLessThan(LIMIT);
    expect(fake.maxResponse).toBeLessThan(LIMIT);
    expect(sheets.map((s) => s.name)).toEqual(['Đăng ký', 'Danh mục', 'Thông tin']);
    expect(sheets[0].grid).toEqual(registrationGrid(rows));
    expect(sheets[2].grid).toEqual([
      ['Cơ quan báo cáo', 'Đảng ủy xã Lục Bình'],
      ['Năm báo cáo', 2024],
    ]);
  });

  it('reads in smaller chunks when the text is denser than estimated, never keeping a response over the limit', async () => {
    const fake = new FakeExcel();
    const long = 'Ghi chú rất dài về quá trình triển khai mô hình ở cơ sở, '.repeat(12);
    fake.addSheet(
      'Đăng ký',
      registrationGrid(10_000).map((row, i) => (i === 0 ? row : [...row.slice(0, 14), `${long}${i}`])),
    );
    const [sheet] = await officeWorkbook(fake.host).readWorkbook();
    expect(sheet.grid.length).toBe(10_001);
    expect((sheet.grid[9_999] as string[])[14]).toBe(`${long}9999`);
    const kept = fake.records.filter((r) => r.responseBytes <= fake.responseLimit);
    for (const r of kept.slice(2)) expect(r.responseBytes).toBeLessThan(LIMIT);
  });
});

describe('grids as the engine expects them', () => {
  it('anchors the grid at A1 when the used range starts at C5', async () => {
    const fake = new FakeExcel();
    fake.addSheet(
      'Đăng ký',
      [
        ['Tên mô hình', 'Năm'],
        ['Dân vận khéo trong xây dựng nông thôn mới', 2024],
      ],
      'C5',
    );
    const grid = await officeWorkbook(fake.host).readSheet('Đăng ký');
    expect(grid).toEqual([[], [], [], [], [null, null, 'Tên mô hình', 'Năm'], [null, null, 'Dân vận khéo trong xây dựng nông thôn mới', 2024]]);
    expect(grid[5][2]).toBe('Dân vận khéo trong xây dựng nông thôn mới'); // cell C6
  });

  it('gives [] for an empty sheet, and for a sheet that does not exist', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Trống');
    const port = officeWorkbook(fake.host);
    expect(await port.readWorkbook()).toEqual([{ name: 'Trống', grid: [], hiddenRows: [], filtered: false }]);
    expect(await port.readSheet('Không có')).toEqual([]);
  });

  it('empty cells are null and trailing empty cells are dropped, as the .xlsx adapter gives them', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Đăng ký', [['a', '', 'c', ''], ['', '', '', ''], ['x']]);
    expect(await officeWorkbook(fake.host).readSheet('Đăng ký')).toEqual([['a', null, 'c'], [], ['x']]);
  });

  it('reads one sheet in 3 syncs', async () => {
    const fake = workbookOf(1_000);
    const grid = await officeWorkbook(fake.host).readSheet('Thông tin');
    expect(grid).toEqual([
      ['Cơ quan báo cáo', 'Đảng ủy xã Lục Bình'],
      ['Năm báo cáo', 2024],
    ]);
    expect(fake.syncs).toBe(3);
  });

  it('works on ExcelApi 1.1: the used range includes formatted cells, which add no rows to the grid', async () => {
    const fake = workbookOf(10, '1.1');
    fake.sheet('Đăng ký').setFormat({ r1: 0, c1: 0, r2: 40, c2: 20 }, 'font.bold', true);
    const sheets = await officeWorkbook(fake.host).readWorkbook();
    expect(fake.syncs).toBe(3);
    expect(sheets[0].grid).toEqual(registrationGrid(10));
  });

  it('lists sheet names in tab order, hidden ones included, in 1 sync', async () => {
    const fake = workbookOf(1);
    fake.addSheet('DVK_GhiNhan').visibility = 'VeryHidden';
    expect(await officeWorkbook(fake.host).sheetNames()).toEqual(['Đăng ký', 'Danh mục', 'Thông tin', 'DVK_GhiNhan']);
    expect(fake.syncs).toBe(1);
  });
});

describe('hidden rows and filters (ExcelApi 1.9)', () => {
  it('gives the hidden rows (1-based) and the AutoFilter with the used ranges, still in 3 syncs', async () => {
    const fake = workbookOf(1_000);
    const sheet = fake.sheet('Đăng ký');
    for (const r of [2, 4, 5, 999]) sheet.hiddenRows.add(r);
    sheet.autoFilter = { r1: 0, c1: 0, r2: 1_000, c2: 14 };
    const sheets = await officeWorkbook(fake.host).readWorkbook();
    expect(fake.syncs).toBe(3);
    expect(sheets[0]).toMatchObject({ name: 'Đăng ký', hiddenRows: [3, 5, 6, 1_000], filtered: true });
    expect(sheets[0].grid).toEqual(registrationGrid(1_000));
    expect(sheets[1]).toMatchObject({ name: 'Danh mục', hiddenRows: [], filtered: false });
  });

  it('counts rows from the top of the sheet when the used range starts lower, and all rows when every one is hidden', async () => {
    const fake = new FakeExcel();
    fake.addSheet(
      'Đăng ký',
      [
        ['Tên mô hình', 'Năm'],
        ['a', 2024],
        ['b', 2024],
      ],
      'C5',
    );
    fake.sheet('Đăng ký').hiddenRows.add(5);
    fake.addSheet('Ẩn hết', [['x'], ['y']]);
    fake.sheet('Ẩn hết').hiddenRows.add(0).add(1);
    const sheets = await officeWorkbook(fake.host).readWorkbook();
    expect(sheets[0].hiddenRows).toEqual([6]);
    expect(sheets[1].hiddenRows).toEqual([1, 2]);
  });

  it('says nothing about hidden rows before ExcelApi 1.9, in the same 3 syncs', async () => {
    const fake = workbookOf(10, '1.8');
    fake.sheet('Đăng ký').hiddenRows.add(2);
    const [sheet] = await officeWorkbook(fake.host).readWorkbook();
    expect(fake.syncs).toBe(3);
    expect(sheet.hiddenRows).toBeUndefined();
    expect(sheet.filtered).toBeUndefined();
  });
});
