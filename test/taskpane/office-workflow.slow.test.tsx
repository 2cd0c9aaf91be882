/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs reads the picked units' files as it does in Node (its browser build is ESM, which jest does not load).
import { screen, waitFor, within } from '@testing-library/react';
import type { CellValue } from '../../src/engine';
import { officeWorkbook } from '../../src/workbook/office/office-workbook';
import { RECORD_SHEET } from '../../src/workbook/owned-sheets';
import { LISTS_SHEET } from '../../src/workbook/standard-template';
import { FakeExcel } from '../workbook/office/fake-excel';
import { openTab, renderApp } from './render-app';
import { INFO, UNITS } from './workbooks';
import { NA_PAI, Y_TE, districtSheets, ownRow, unitFile } from './consolidate-files';
import { IMPORT_SHEET } from '../../src/engine/consolidate/import-record';

/**
 * A clerk's whole round in the real pane over the real Office.js adapter, on the fake Excel that fails
 * where Excel fails (ApiNotFound at sync, #REF! for references to a deleted sheet, 2-D number formats,
 * sheet names, merged areas, objects across batches): on Excel 2016 from MSI (ExcelApi 1.1) and on
 * the newest Excel. Thiết lập, Danh mục and Thông tin typed in, Nhập, Kiểm tra, Tổng hợp, Báo cáo twice
 * (the second time over a hand edit).
 */
jest.setTimeout(60_000);

type Ui = ReturnType<typeof within>;

const field = (ui: Ui, label: string) => ui.getByLabelText(new RegExp(`^${label}`)) as HTMLInputElement | HTMLSelectElement;

/** The clerk types rows into a sheet of the fake Excel, from row 2 (1-based). */
function type(fake: FakeExcel, sheet: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>, from = 1): void {
  const model = fake.sheet(sheet);
  rows.forEach((row, r) => row.forEach((v, c) => (typeof v === 'string' || typeof v === 'number') && model.input(from + r, c, v)));
}

describe.each([
  ['Excel 2016 from MSI (ExcelApi 1.1)', '1.1'],
  ['the newest Excel (ExcelApi 1.17)', '1.17'],
])('the clerk workflow on %s', (_name, version) => {
  const old = version === '1.1';

  it('sets up, enters, checks, summarises and reports, with every reference between sheets intact', async () => {
    const fake = new FakeExcel(version);
    fake.addSheet('Sheet1');
    const port = officeWorkbook(fake.host);
    const { user } = renderApp(port);

    // Thiết lập
    const setup = within(await openTab(user, 'Thiết lập'));
    await user.click(await setup.findByRole('button', { name: 'Tạo biểu mẫu chuẩn' }));
    await setup.findByText(/^Đã thêm 5 trang: “Đăng ký”, “Danh mục”, “Thông tin”, “Khối Dân vận”, “Báo cáo”/);
    expect(fake.names()).toEqual(['Sheet1', 'Đăng ký', 'Danh mục', 'Thông tin', 'Khối Dân vận', 'Báo cáo', ...(old ? [] : [LISTS_SHEET])]);
    const registrations = fake.sheet('Đăng ký');
    if (old) {
      expect(setup.getByText(/không ẩn được trang/)).toBeInTheDocument();
      expect(registrations.validations).toEqual([]);
    } else {
      expect(setup.queryByText(/không ẩn được trang/)).toBeNull();
      expect(fake.sheet(LISTS_SHEET).visibility).toBe('Hidden');
      const sources = registrations.validations.map((v) => (v.rule as { list: { source: string } }).list.source);
      expect(sources).toContain("='Danh mục'!$A$2:$A$2000");
      expect(sources.every((s) => !s.includes('#REF!'))).toBe(true);
    }

    // The clerk lists the units and the particulars, and points a formula of their own at Báo cáo.
    type(fake, 'Danh mục', UNITS.slice(1));
    INFO.forEach(([label, value], r) => {
      const info = fake.sheet('Thông tin');
      const at = info.rows.findIndex((row) => row[0] === label);
      info.input(at >= 0 ? at : 20 + r, 1, value as string | number);
      if (at < 0) info.input(20 + r, 0, label as string);
    });
    fake.sheet('Sheet1').input(0, 0, "='Báo cáo'!A1");

    // Nhập
    const entry = within(await openTab(user, 'Nhập'));
    await entry.findByText(/Ghi vào trang “Đăng ký”/);
    // The models' form (the Khối form below it has a Năm too).
    const model = within(entry.getByRole('form', { name: 'Thông tin mô hình' }));
    await waitFor(() => expect(field(model, 'Năm').value).toBe('2024'));
    await user.selectOptions(field(model, 'Chi, đảng bộ'), 'Chi bộ thôn Nà Pài');
    await user.type(field(model, 'Tên mô hình'), 'Dân vận khéo trong phát triển cây quế');
    await user.type(field(model, 'Tập thể/cá nhân thực hiện'), 'Chi hội Nông dân thôn Nà Pài');
    await user.selectOptions(field(model, 'Loại'), 'Tập thể');
    await user.selectOptions(field(model, 'Lĩnh vực'), 'Nông thôn mới, đô thị văn minh');
    await user.selectOptions(field(model, 'Hình thức'), 'Đăng ký mới');
    await user.click(entry.getByRole('button', { name: 'Thêm dòng' }));
    await entry.findByText(/^Đã thêm dòng 2 vào trang “Đăng ký”/);
    expect(registrations.value(1, 3)).toBe('Dân vận khéo trong phát triển cây quế');
    // A row typed in by hand with a field that does not exist.
    type(
      fake,
      'Đăng ký',
      [[2, null, 2024, 'Thư viện xanh', 'Chi bộ Trường THCS Lục Bình', 'Tập thể', 'Chi bộ Trường THCS Lục Bình', null, null, 'Lĩnh vực 5', 'Duy trì']],
      2,
    );

    // Kiểm tra: the finding selects its cell in Excel.
    const check = within(await openTab(user, 'Kiểm tra'));
    const finding = await check.findByRole('button', { name: /^Ô J3: “Lĩnh vực 5”/ });
    await user.click(finding);
    await waitFor(() => expect(fake.model.selection?.rect).toEqual({ r1: 2, c1: 9, r2: 2, c2: 9 }));

    // Tổng hợp: the valid row is counted, the other left out and said so.
    const summary = within(await openTab(user, 'Tổng hợp'));
    await summary.findByText(/1 dòng có lỗi/);

    // Báo cáo, twice: the second time over a hand edit, confirmed. An empty `Tổng hợp` (v1's template) is retired.
    fake.addSheet('Tổng hợp');
    const report = within(await openTab(user, 'Báo cáo'));
    await user.click(await report.findByRole('button', { name: 'Điền các Biểu và Báo cáo' }));
    await report.findByText(/^Đã ghi Biểu 01-04/, undefined, { timeout: 10_000 });
    expect(fake.names()).not.toContain('Tổng hợp');
    const reportSheet = fake.sheet('Báo cáo');
    expect(fake.sheet('Biểu 01').value(0, 0)).toMatch(/^Biểu 01\. /);
    expect(fake.sheet('Biểu 02').pageLayout).toEqual(
      old ? {} : expect.objectContaining({ orientation: 'Landscape', printTitleRows: expect.stringMatching(/^\$1:\$[45]$/) }),
    );
    expect(fake.sheet('Biểu 01').format(0, 0, 'font.name')).toBe('Times New Roman');
    expect(fake.sheet(RECORD_SHEET).visibility).toBe(old ? 'Visible' : 'VeryHidden');
    fake.sheet('Biểu 02').input(5, 2, 'sửa tay');
    await user.click(await report.findByRole('button', { name: 'Điền các Biểu và Báo cáo' }));
    const dialog = await screen.findByRole('alertdialog', { name: /đã bị sửa tay\. Ghi đè\?$/ });
    await user.click(within(dialog).getByRole('button', { name: 'Ghi đè' }));
    await waitFor(() => expect(fake.sheet('Biểu 02').value(5, 2)).not.toBe('sửa tay'));

    // Every sheet rewritten in place: the same sheets, the clerk's formula and the dropdowns untouched.
    expect(fake.sheet('Báo cáo')).toBe(reportSheet);
    expect(fake.sheet('Sheet1').formula(0, 0)).toBe("='Báo cáo'!A1");
    const everyFormula = fake.model.sheets.flatMap((s) => [...s.formulas.values()]);
    const everySource = fake.model.sheets.flatMap((s) => s.validations.map((v) => JSON.stringify(v.rule)));
    expect([...everyFormula, ...everySource].filter((f) => f.includes('#REF!'))).toEqual([]);
    expect(fake.names().filter((n) => n.startsWith('DVK_tam'))).toEqual([]);
  });

  it("consolidates a unit's file into the district workbook, writes Theo dõi nộp, and undoes the import", async () => {
    const fake = new FakeExcel(version);
    for (const sheet of districtSheets([ownRow(Y_TE, 'Tủ thuốc nhân dân')])) type(fake, fake.addSheet(sheet.name).name, sheet.rows, 0);
    const { user } = renderApp(officeWorkbook(fake.host));
    const ui = within(await openTab(user, 'Tổng hợp đơn vị'));
    await ui.findByRole('table', { name: 'Tình trạng nộp của các đơn vị' });
    const file = await unitFile(
      'a.xlsx',
      NA_PAI,
      [{ name: 'Đường bê tông thôn Nà Pài' }, { name: 'Camera an ninh thôn' }],
      new Date(Date.UTC(2024, 10, 10, 3)),
    );
    await user.upload(ui.getByLabelText('Tệp .xlsx của các đơn vị'), [file]);
    await ui.findByText(/^Đã đọc 1 tệp\./, undefined, { timeout: 20_000 });
    await user.click(ui.getByRole('button', { name: 'Nhập vào sổ' }));
    await ui.findByText('Đã nhập 2 dòng từ 1 tệp vào trang “Đăng ký”.');
    const registrations = fake.sheet('Đăng ký');
    expect(registrations.rows.map((r) => r[3])).toEqual(expect.arrayContaining(['Đường bê tông thôn Nà Pài', 'Camera an ninh thôn']));
    expect(registrations.rows[0]).toContain('Nguồn');
    expect(fake.sheet(IMPORT_SHEET).visibility).toBe(old ? 'Visible' : 'VeryHidden');

    await user.click(ui.getByRole('button', { name: 'Ghi sheet Theo dõi nộp' }));
    await waitFor(() => expect(fake.names()).toContain('Theo dõi nộp'));
    expect(fake.sheet('Theo dõi nộp').rows.flat()).toContain(NA_PAI);

    await user.click(ui.getByRole('button', { name: 'Hoàn tác lần nhập' }));
    await ui.findByText('Đã hoàn tác: trang “Đăng ký” đã trở lại như trước lần nhập.');
    expect(registrations.rows.flat()).not.toContain('Camera an ninh thôn');
  });
});
