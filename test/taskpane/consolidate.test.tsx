/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs reads the picked files as it does in Node (its browser build is ESM, which jest does not load).
import { screen, waitFor, within } from '@testing-library/react';
import type { SheetGrid } from '../../src/engine';
import { IMPORT_SHEET } from '../../src/engine/consolidate/import-record';
import { vi } from '../../src/i18n/vi';
import { shown } from './sheet-text';
import { CONG_AN, DISTRICT_HEADER, NA_PAI, TRUONG, Y_TE, districtWorkbook, ownRow, unitFile } from './consolidate-files';
import type { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';

const TAB = 'Tổng hợp đơn vị';
const ON_TIME = new Date(Date.UTC(2024, 10, 10, 3));
const NEWER = new Date(Date.UTC(2024, 10, 12, 3));
const LATE = new Date(Date.UTC(2024, 10, 20, 3));

const fileA = () => unitFile('a.xlsx', NA_PAI, [{ name: 'Đường bê tông thôn Nà Pài' }, { name: 'Camera an ninh thôn' }], ON_TIME);
const fileANewer = () =>
  unitFile('a-moi.xlsx', NA_PAI, [{ name: 'Đường bê tông thôn Nà Pài' }, { name: 'Camera an ninh thôn' }, { name: 'Vườn mẫu thôn Nà Pài' }], NEWER);
const fileB = () => unitFile('b.xlsx', TRUONG, [{ name: 'Thư viện xanh' }, { name: 'Góc học tập', kind: 'Nhóm' }], LATE);

type User = ReturnType<typeof renderApp>['user'];

const snapshotOf = async (fake: FakeWorkbook): Promise<SheetGrid[]> => fake.readWorkbook();

async function openConsolidate(fake: FakeWorkbook) {
  const { user } = renderApp(fake);
  const panel = await openTab(user, TAB);
  const ui = within(panel);
  await ui.findByRole('table', { name: 'Tình trạng nộp của các đơn vị' });
  return { user, ui };
}

async function pick(user: User, ui: ReturnType<typeof within>, files: File[]): Promise<void> {
  await user.upload(ui.getByLabelText('Tệp .xlsx của các đơn vị'), files);
  await ui.findByText(/^Đã đọc \d+ tệp\./, undefined, { timeout: 20000 });
}

/** A file's card in the list, by its name. */
const card = (ui: ReturnType<typeof within>, name: string) => within(ui.getByRole('heading', { name, level: 4 }).closest('li') as HTMLElement);
const fact = (c: ReturnType<typeof within>, term: string): string =>
  (c.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement).textContent ?? '';

async function merge(user: User, ui: ReturnType<typeof within>): Promise<void> {
  await user.click(ui.getByRole('button', { name: 'Nhập vào sổ' }));
}

const sourceCol = (fake: FakeWorkbook): number => fake.row('Đăng ký', 1).indexOf('Nguồn');
const sources = (fake: FakeWorkbook): string[] =>
  shown(fake.grid('Đăng ký'))
    .slice(1)
    .map((r) => r[sourceCol(fake)] ?? '');
const names = (fake: FakeWorkbook): string[] =>
  shown(fake.grid('Đăng ký'))
    .slice(1)
    .map((r) => r[DISTRICT_HEADER.indexOf('Tên mô hình')]);

describe('Tổng hợp đơn vị: picking and checking files', () => {
  it('lists each file with its units, years, rows, errors and warnings, and the files it cannot read', async () => {
    const fake = districtWorkbook();
    const { user, ui } = await openConsolidate(fake);
    const broken = new File([Uint8Array.from('not an excel file', (ch) => ch.charCodeAt(0))], 'ghi-chu.xlsx');
    await pick(user, ui, [await fileA(), await fileB(), broken]);

    expect(ui.getByRole('heading', { name: 'Tệp đã chọn (2)' })).toBeInTheDocument();
    const a = card(ui, 'a.xlsx');
    expect(fact(a, 'Đơn vị')).toBe(NA_PAI);
    expect(fact(a, 'Năm')).toBe('2024');
    expect(fact(a, 'Số dòng')).toBe('2');
    expect(fact(a, 'Kiểm tra')).toBe('0 lỗi, 0 cảnh báo');
    expect(fact(a, 'Ngày tính')).toBe('10/11/2024 (ngày sửa ghi trong tệp)');
    expect(fact(a, 'Khi nhập')).toBe('thêm 2 dòng');
    expect(fact(a, 'Nhận tệp')).toBe('Nhận');

    const b = card(ui, 'b.xlsx');
    expect(fact(b, 'Đơn vị')).toBe(TRUONG);
    expect(fact(b, 'Kiểm tra')).toBe('1 lỗi, 0 cảnh báo');
    expect(fact(b, 'Nhận tệp')).toBe('Có lỗi: cần chọn nhận hay không nhận');
    await user.click(b.getByRole('button', { name: 'Chi tiết tệp b.xlsx' }));
    expect(b.getByText(/^Ô F3: “Nhóm” không phải/)).toBeInTheDocument();

    expect(ui.getByText(`Không đọc được tệp “ghi-chu.xlsx”: ${vi.unreadable.notXlsx}.`)).toBeInTheDocument();
    expect(fake.writes).toEqual([]);
  });

  it('stopping while files are read adds none of them and leaves the workbook as it was', async () => {
    const fake = districtWorkbook();
    const before = await snapshotOf(fake);
    const { user, ui } = await openConsolidate(fake);
    const files = [await fileA(), await fileB(), await fileANewer()];
    await user.upload(ui.getByLabelText('Tệp .xlsx của các đơn vị'), files);
    await user.click(await ui.findByRole('button', { name: 'Dừng đọc tệp' }));
    await ui.findByText('Đã dừng: các tệp của lần chọn này không được thêm vào danh sách; sổ không thay đổi.');
    expect(ui.queryByRole('heading', { name: /^Tệp đã chọn/ })).toBeNull();
    expect(fake.writes).toEqual([]);
    expect(await snapshotOf(fake)).toEqual(before);
  });
});

describe('Tổng hợp đơn vị: merging into the open workbook', () => {
  it('a file with errors must be accepted or rejected first; accepted rows are appended with their Nguồn', async () => {
    const fake = districtWorkbook();
    const { user, ui } = await openConsolidate(fake);
    await pick(user, ui, [await fileA(), await fileB()]);

    await merge(user, ui);
    await ui.findByText('Còn 1 tệp có lỗi chưa chọn nhận hay không nhận; chọn xong mới nhập được.');
    expect(fake.writes).toEqual([]);

    await user.click(ui.getByRole('button', { name: 'Nhận tệp b.xlsx' }));
    expect(fact(card(ui, 'b.xlsx'), 'Nhận tệp')).toBe('Nhận');
    await merge(user, ui);
    await ui.findByText('Đã nhập 4 dòng từ 2 tệp vào trang “Đăng ký”.');

    expect(fake.row('Đăng ký', 1)).toEqual([...DISTRICT_HEADER, 'Nguồn']);
    expect(names(fake)).toEqual(['Tủ thuốc nhân dân', 'Đường bê tông thôn Nà Pài', 'Camera an ninh thôn', 'Thư viện xanh', 'Góc học tập']);
    expect(sources(fake)).toEqual(['', 'a.xlsx', 'a.xlsx', 'b.xlsx', 'b.xlsx']);
    // STT goes on from the sheet's own; the invalid kind is written as typed, so Kiểm tra still finds it.
    expect(
      shown(fake.grid('Đăng ký'))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['1', '2', '3', '4', '5']);
    expect(fake.row('Đăng ký', 6)[DISTRICT_HEADER.indexOf('Loại')]).toBe('Nhóm');
    expect(fake.visibility(IMPORT_SHEET)).toBe('veryHidden');
    expect(ui.queryByRole('heading', { name: /^Tệp đã chọn/ })).toBeNull();
  });

  it('a rejected file is not merged', async () => {
    const fake = districtWorkbook();
    const { user, ui } = await openConsolidate(fake);
    await pick(user, ui, [await fileA(), await fileB()]);
    await user.click(ui.getByRole('button', { name: 'Không nhận tệp b.xlsx' }));
    expect(fact(card(ui, 'b.xlsx'), 'Khi nhập')).toBe('không nhập');
    await merge(user, ui);
    await ui.findByText('Đã nhập 2 dòng từ 1 tệp vào trang “Đăng ký”.');
    expect(sources(fake)).toEqual(['', 'a.xlsx', 'a.xlsx']);
  });

  it('a newer file of the same unit replaces that unit’s rows for the year; an older one asks, and “Không nhập” changes nothing', async () => {
    const fake = districtWorkbook();
    const { user, ui } = await openConsolidate(fake);
    await pick(user, ui, [await fileA()]);
    await merge(user, ui);
    await ui.findByText('Đã nhập 2 dòng từ 1 tệp vào trang “Đăng ký”.');

    await pick(user, ui, [await fileANewer()]);
    expect(fact(card(ui, 'a-moi.xlsx'), 'Khi nhập')).toBe('thêm 3 dòng; thay 2 dòng của tệp cũ hơn “a.xlsx”');
    await merge(user, ui);
    await ui.findByText('Đã nhập 3 dòng từ 1 tệp vào trang “Đăng ký”. 2 dòng cũ của cùng đơn vị và năm đã được thay.');
    expect(sources(fake)).toEqual(['', 'a-moi.xlsx', 'a-moi.xlsx', 'a-moi.xlsx']);
    expect(names(fake)).toEqual(['Tủ thuốc nhân dân', 'Đường bê tông thôn Nà Pài', 'Camera an ninh thôn', 'Vườn mẫu thôn Nà Pài']);

    // The older file again, picked later: it does not replace the newer one without asking.
    await pick(user, ui, [await fileA()]);
    expect(fact(card(ui, 'a.xlsx'), 'Khi nhập')).toBe('cũ hơn tệp “a-moi.xlsx”: 2 dòng cần xác nhận mới được nhập');
    const before = await snapshotOf(fake);
    const writes = fake.writes.length;
    await merge(user, ui);
    const dialog = await screen.findByRole('alertdialog', { name: 'Xác nhận trước khi nhập' });
    expect(within(dialog).getByText('Tệp “a.xlsx” cũ hơn tệp “a-moi.xlsx” của cùng đơn vị và năm.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Không nhập' }));
    await ui.findByText('Chưa nhập gì: sổ giữ nguyên.');
    expect(fake.writes).toHaveLength(writes);
    expect(await snapshotOf(fake)).toEqual(before);

    // Confirmed without choosing the older file: the newer one is kept.
    await merge(user, ui);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Nhập vào sổ' }));
    await ui.findByText('Không có dòng nào mới để nhập; sổ giữ nguyên.');
    expect(await snapshotOf(fake)).toEqual(before);

    // Chosen over the newer one: its rows replace the newer file's.
    await merge(user, ui);
    const again = await screen.findByRole('alertdialog');
    await user.click(within(again).getByRole('checkbox', { name: 'Vẫn dùng tệp cũ hơn “a.xlsx”' }));
    await user.click(within(again).getByRole('button', { name: 'Nhập vào sổ' }));
    await ui.findByText('Đã nhập 2 dòng từ 1 tệp vào trang “Đăng ký”. 3 dòng cũ của cùng đơn vị và năm đã được thay.');
    expect(sources(fake)).toEqual(['', 'a.xlsx', 'a.xlsx']);
  });

  it('the workbook’s own rows (without Nguồn) of the same unit and year are replaced only when the clerk confirms', async () => {
    const fake = districtWorkbook([ownRow(CONG_AN, 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc'), ownRow(Y_TE, 'Tủ thuốc nhân dân')]);
    const { user, ui } = await openConsolidate(fake);
    const file = await unitFile('cong-an.xlsx', CONG_AN, [{ name: 'Camera giám sát' }], ON_TIME);
    await pick(user, ui, [file]);
    expect(fact(card(ui, 'cong-an.xlsx'), 'Khi nhập')).toBe('thêm 1 dòng; thay 1 dòng tự nhập của sổ (sẽ hỏi trước)');
    const before = await snapshotOf(fake);
    await merge(user, ui);
    const dialog = await screen.findByRole('alertdialog', { name: 'Xác nhận trước khi nhập' });
    expect(
      within(dialog).getByText('1 dòng tự nhập trong sổ (không có “Nguồn”) của cùng đơn vị và năm sẽ được thay bằng các dòng của tệp “cong-an.xlsx”.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Không nhập' }));
    await ui.findByText('Chưa nhập gì: sổ giữ nguyên.');
    expect(await snapshotOf(fake)).toEqual(before);

    await merge(user, ui);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Nhập vào sổ' }));
    await ui.findByText('Đã nhập 1 dòng từ 1 tệp vào trang “Đăng ký”. 1 dòng cũ của cùng đơn vị và năm đã được thay.');
    expect(names(fake)).toEqual(['Tủ thuốc nhân dân', 'Camera giám sát']);
    expect(sources(fake)).toEqual(['', 'cong-an.xlsx']);
  });

  it('“Hoàn tác lần nhập” puts the registration sheet back as it was', async () => {
    const fake = districtWorkbook();
    const { user, ui } = await openConsolidate(fake);
    const original = shown(fake.grid('Đăng ký'));
    await pick(user, ui, [await fileA()]);
    await merge(user, ui);
    await ui.findByText('Đã nhập 2 dòng từ 1 tệp vào trang “Đăng ký”.');
    const first = shown(fake.grid('Đăng ký'));

    await pick(user, ui, [await fileANewer()]);
    await merge(user, ui);
    await ui.findByText(/^Đã nhập 3 dòng từ 1 tệp/);
    expect(ui.getByText('Hoàn tác: trả trang “Đăng ký” về như trước lần nhập 3 dòng')).toBeInTheDocument();

    await user.click(ui.getByRole('button', { name: 'Hoàn tác lần nhập' }));
    await ui.findByText('Đã hoàn tác: trang “Đăng ký” đã trở lại như trước lần nhập.');
    expect(shown(fake.grid('Đăng ký'))).toEqual(first);
    await user.click(ui.getByRole('button', { name: 'Hoàn tác lần nhập' }));
    await waitFor(() => expect(shown(fake.grid('Đăng ký'))).toEqual(original));
    expect(shown(fake.grid(IMPORT_SHEET))).toEqual([['Nguồn', 'Ngày', 'Loại ngày', 'Nhập lúc']]);
    expect(ui.getByRole('button', { name: 'Hoàn tác lần nhập' })).toHaveProperty('disabled', true);
  });

  it('does not undo over rows edited after the merge', async () => {
    const fake = districtWorkbook();
    const { user, ui } = await openConsolidate(fake);
    await pick(user, ui, [await fileA()]);
    await merge(user, ui);
    await ui.findByText('Đã nhập 2 dòng từ 1 tệp vào trang “Đăng ký”.');
    fake.editCell('Đăng ký', 3, 3, 'Đường bê tông (đã sửa)');
    await user.click(ui.getByRole('button', { name: 'Hoàn tác lần nhập' }));
    await ui.findByText('Không hoàn tác: trang “Đăng ký” đã được sửa sau lần nhập. Hãy sửa trực tiếp trên trang.');
    expect(fake.row('Đăng ký', 3)[3]).toBe('Đường bê tông (đã sửa)');
  });
});

describe('Tổng hợp đơn vị: submission tracking', () => {
  it('lists every unit of Danh mục: chưa nộp, đúng hạn, muộn with errors; writes Theo dõi nộp; copies a unit’s feedback', async () => {
    const fake = districtWorkbook();
    const { user, ui } = await openConsolidate(fake);
    await pick(user, ui, [await fileA(), await fileB()]);
    await user.click(ui.getByRole('button', { name: 'Nhận tệp b.xlsx' }));
    await merge(user, ui);
    await ui.findByText('Đã nhập 4 dòng từ 2 tệp vào trang “Đăng ký”.');

    // Earlier imports are tracked from the workbook itself (its import record), after the list is emptied.
    const table = ui.getByRole('table', { name: 'Tình trạng nộp của các đơn vị' });
    expect(ui.getByText('Năm 2024; hạn nộp 15/11/2024.')).toBeInTheDocument();
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .slice(0, 6)
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      [NA_PAI, 'Đã nộp đúng hạn', 'a.xlsx', '10/11/2024', '2', '0'],
      [TRUONG, 'Nộp muộn; Có lỗi', 'b.xlsx', '20/11/2024', '2', '1'],
      [CONG_AN, 'Chưa nộp', '', '', '', ''],
      [Y_TE, 'Chưa nộp', '', '', '', ''],
    ]);

    await user.click(ui.getByRole('button', { name: 'Ghi sheet Theo dõi nộp' }));
    await ui.findByText('Đã ghi trang “Theo dõi nộp”: 4 đơn vị.');
    const sheet = shown(fake.grid('Theo dõi nộp'));
    expect(sheet[0]).toEqual(['Theo dõi nộp tệp đăng ký mô hình “Dân vận khéo” năm 2024 (hạn nộp 15/11/2024)']);
    expect(sheet[1]).toEqual(vi.consolidate.trackingSheet.header);
    expect(sheet.slice(2).map((r) => r.slice(1, 4))).toEqual([
      [NA_PAI, 'Xã, phường', 'Đã nộp đúng hạn'],
      [TRUONG, 'Hành chính sự nghiệp', 'Nộp muộn; Có lỗi'],
      [CONG_AN, 'Nội chính', 'Chưa nộp'],
      [Y_TE, 'Hành chính sự nghiệp', 'Chưa nộp'],
    ]);

    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    expect(ui.queryByRole('button', { name: `Sao chép phản hồi cho ${NA_PAI}` })).toBeNull();
    await user.click(ui.getByRole('button', { name: `Sao chép phản hồi cho ${TRUONG}` }));
    await ui.findByText(`Đã sao chép danh sách cần sửa của ${TRUONG}; dán (Ctrl+V) vào thư, tin nhắn gửi đơn vị.`);
    const text = writeText.mock.calls[0][0] as string;
    const lines = text.split('\n');
    expect(lines[0]).toBe(`Đơn vị: ${TRUONG} — Nộp muộn; Có lỗi`);
    expect(lines[1]).toBe('Đề nghị đơn vị sửa các nội dung sau và gửi lại tệp:');
    // b.xlsx was merged (its row is now row 6 of the workbook): the line still names the cell of b.xlsx.
    expect(lines[2]).toBe('1. Tệp “b.xlsx”, trang “Đăng ký”: Ô F3: “Nhóm” không phải Loại hợp lệ; cần “Tập thể” hoặc “Cá nhân”.');
    expect(lines).toHaveLength(3);
    expect(within(ui.getByRole('region', { name: `Sao chép phản hồi cho ${TRUONG}` })).getByText(/^Đơn vị: Chi bộ Trường/)).toBeInTheDocument();
  });

  it('tracks the files still in the list too; their feedback names the cell in the unit’s own file', async () => {
    const fake = districtWorkbook();
    const { user, ui } = await openConsolidate(fake);
    await pick(user, ui, [await fileB()]);
    const table = ui.getByRole('table', { name: 'Tình trạng nộp của các đơn vị' });
    expect(within(table).getByRole('row', { name: new RegExp(`^${TRUONG} Nộp muộn; Có lỗi b\\.xlsx 20/11/2024`) })).toBeInTheDocument();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(ui.getByRole('button', { name: `Sao chép phản hồi cho ${TRUONG}` }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect((writeText.mock.calls[0][0] as string).split('\n')[2]).toBe(
      '1. Tệp “b.xlsx”, trang “Đăng ký”: Ô F3: “Nhóm” không phải Loại hợp lệ; cần “Tập thể” hoặc “Cá nhân”.',
    );
    expect(fake.writes).toEqual([]);
  });

  it('asks before replacing a Theo dõi nộp edited by hand', async () => {
    const fake = districtWorkbook();
    const { user, ui } = await openConsolidate(fake);
    await user.click(ui.getByRole('button', { name: 'Ghi sheet Theo dõi nộp' }));
    await ui.findByText('Đã ghi trang “Theo dõi nộp”: 4 đơn vị.');
    fake.editCell('Theo dõi nộp', 3, 9, 'đã gọi điện nhắc');
    await user.click(ui.getByRole('button', { name: 'Ghi sheet Theo dõi nộp' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Trang “Theo dõi nộp” đã bị sửa tay. Ghi đè?' });
    await user.click(within(dialog).getByRole('button', { name: 'Không ghi' }));
    await ui.findByText('Chưa ghi gì: các trang sửa tay được giữ nguyên.');
    expect(fake.row('Theo dõi nộp', 3)[9]).toBe('đã gọi điện nhắc');
  });
});
