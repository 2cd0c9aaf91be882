/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Tổng hợp đơn vị with the communes' Khối Dân vận rows: real .xlsx files read as the pane reads them.
import { screen, within } from '@testing-library/react';

import { IMPORT_SHEET } from '../../src/engine/consolidate/import-record';
import type { Cell } from '../fixtures/seed004';
import { HEADER as KHOI_HEADER } from '../fixtures/seed002';
import { DISTRICT_HEADER, districtSheets, NA_PAI, ownRow, unitFileBytes, unitSheets, Y_TE } from './consolidate-files';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';
import { shown } from './sheet-text';

const KHOI = 'Khối Dân vận';
const OLDER = new Date(Date.UTC(2024, 10, 10, 3));
const NEWER = new Date(Date.UTC(2024, 10, 12, 3));

/** A commune's Khối row for 2024 (standard columns): `members` and `rating` vary between tests. */
function khoiRow(commune: string, members: number, rating = 'Hoàn thành tốt nhiệm vụ'): Cell[] {
  return [2024, commune, 'Bạch Thông', members, 2, 1, 6, 8, 'Phó Bí thư', 'Có', 'Có', 'Có', members, 95, 1, null, 'Có', 'Có', rating];
}

async function communeFile(name: string, rows: Cell[][], modified: Date, withModels = false): Promise<File> {
  const sheets = [...(withModels ? unitSheets(NA_PAI, [{ name: 'Đường bê tông thôn Nà Pài' }]) : []), { name: KHOI, rows: [KHOI_HEADER, ...rows] }];
  const bytes = await unitFileBytes(sheets, modified);
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { lastModified: modified.getTime() });
}

/** The district workbook; with `khoi`, a Khối sheet holding those rows (typed by the clerk: no `Nguồn`). */
function district(khoi?: Cell[][]): FakeWorkbook {
  const sheets = districtSheets([ownRow(Y_TE, 'Tủ thuốc nhân dân')]);
  return new FakeWorkbook(khoi ? [...sheets, { name: KHOI, rows: [KHOI_HEADER, ...khoi] }] : sheets);
}

type Ui = ReturnType<typeof within>;

async function open(fake: FakeWorkbook) {
  const { user } = renderApp(fake);
  const ui = within(await openTab(user, 'Tổng hợp đơn vị'));
  await ui.findByRole('table', { name: 'Tình trạng nộp của các đơn vị' });
  const pick = async (files: File[]): Promise<void> => {
    await user.upload(ui.getByLabelText('Tệp .xlsx của các đơn vị'), files);
    await ui.findByText(/^Đã đọc \d+ tệp\./, undefined, { timeout: 20000 });
  };
  const merge = (): Promise<void> => user.click(ui.getByRole('button', { name: 'Nhập vào sổ' }));
  return { user, ui, pick, merge };
}

const outcome = (ui: Ui, file: string): string => {
  const card = within(ui.getByRole('heading', { name: file, level: 4 }).closest('li') as HTMLElement);
  return (card.getByText('Khi nhập', { selector: 'dt' }).nextElementSibling as HTMLElement).textContent ?? '';
};
const column = (fake: FakeWorkbook, header: string): string[] => {
  const rows = shown(fake.grid(KHOI));
  const c = rows[0].indexOf(header);
  return rows.slice(1).map((r) => r[c] ?? '');
};

describe('Tổng hợp đơn vị: the communes’ Khối Dân vận rows', () => {
  it('a commune’s file with only a Khối sheet makes the sheet in a workbook without one; undo removes it again', async () => {
    const fake = district();
    const { ui, pick, merge, user } = await open(fake);
    await pick([await communeFile('luc-binh.xlsx', [khoiRow('Lục Bình', 11)], OLDER)]);
    expect(outcome(ui, 'luc-binh.xlsx')).toBe('thêm 1 dòng Khối Dân vận');

    await merge();
    await ui.findByText('Đã nhập 1 dòng của các xã vào trang “Khối Dân vận”.');
    expect(shown(fake.grid(KHOI))).toEqual([
      [...KHOI_HEADER, 'Nguồn'],
      [
        '2024',
        'Lục Bình',
        'Bạch Thông',
        '11',
        '2',
        '1',
        '6',
        '8',
        'Phó Bí thư',
        'Có',
        'Có',
        'Có',
        '11',
        '95',
        '1',
        '',
        'Có',
        'Có',
        'Hoàn thành tốt nhiệm vụ',
        'luc-binh.xlsx',
      ],
    ]);
    // The sheet is the standard one (dropdowns for the ticks), and the registrations are untouched.
    expect(fake.writes.some((w) => w.kind === 'writeSheet' && w.content.name === KHOI)).toBe(true);
    expect(fake.writes.some((w) => 'sheet' in w && w.sheet === 'Đăng ký')).toBe(false);
    // The commune of Danh mục now has its row.
    expect(ui.getByText('Khối Dân vận cơ sở: đã có dòng của cả 1 xã, phường trong Danh mục.')).toBeInTheDocument();

    await user.click(ui.getByRole('button', { name: 'Hoàn tác lần nhập' }));
    await ui.findByText(/^Đã hoàn tác/);
    expect(await fake.sheetNames()).not.toContain(KHOI);
    expect(shown(fake.grid(IMPORT_SHEET))).toEqual([['Nguồn', 'Ngày', 'Loại ngày', 'Nhập lúc']]);
  });

  it('replaces the clerk’s own row of the commune and year only when confirmed; models and Khối rows of one file merge together', async () => {
    const fake = district([khoiRow('Lục Bình', 9), khoiRow('Xã khác', 8)]);
    const { ui, pick, merge, user } = await open(fake);
    await pick([await communeFile('luc-binh.xlsx', [khoiRow('Lục Bình', 12)], OLDER, true)]);
    expect(outcome(ui, 'luc-binh.xlsx')).toBe('thêm 1 dòng; thêm 1 dòng Khối Dân vận; thay 1 dòng Khối tự nhập của sổ (sẽ hỏi trước)');

    const before = shown(fake.grid(KHOI));
    await merge();
    const dialog = await screen.findByRole('alertdialog', { name: 'Xác nhận trước khi nhập' });
    expect(
      within(dialog).getByText('1 dòng Khối Dân vận tự nhập trong sổ (không có “Nguồn”) sẽ được thay bằng dòng của cùng xã và năm trong tệp mới.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Không nhập' }));
    await ui.findByText('Chưa nhập gì: sổ giữ nguyên.');
    expect(shown(fake.grid(KHOI))).toEqual(before);

    await merge();
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Nhập vào sổ' }));
    await ui.findByText(
      'Đã nhập 1 dòng từ 1 tệp vào trang “Đăng ký”. Đã nhập 1 dòng của các xã vào trang “Khối Dân vận”. 1 dòng Khối cũ của cùng xã và năm đã được thay.',
    );
    expect(column(fake, 'Xã/phường')).toEqual(['Xã khác', 'Lục Bình']);
    expect(column(fake, 'Số thành viên')).toEqual(['8', '12']);
    expect(column(fake, 'Nguồn')).toEqual(['', 'luc-binh.xlsx']);
    expect(
      shown(fake.grid('Đăng ký'))
        .slice(1)
        .map((r) => r[DISTRICT_HEADER.length]),
    ).toEqual([undefined, 'luc-binh.xlsx']);
  });

  it('a newer file replaces an earlier import’s row; the older file again asks first and changes nothing unless chosen', async () => {
    const fake = district([]);
    const { ui, pick, merge, user } = await open(fake);
    await pick([await communeFile('luc-binh-moi.xlsx', [khoiRow('Lục Bình', 12)], NEWER)]);
    await merge();
    await ui.findByText('Đã nhập 1 dòng của các xã vào trang “Khối Dân vận”.');

    await pick([await communeFile('luc-binh-cu.xlsx', [khoiRow('Lục Bình', 10)], OLDER)]);
    expect(outcome(ui, 'luc-binh-cu.xlsx')).toBe('cũ hơn tệp “luc-binh-moi.xlsx”: 1 dòng Khối cần xác nhận mới được nhập');
    await merge();
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Tệp “luc-binh-cu.xlsx” cũ hơn tệp “luc-binh-moi.xlsx” của cùng đơn vị và năm.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Nhập vào sổ' }));
    await ui.findByText('Không có dòng nào mới để nhập; sổ giữ nguyên.');
    expect(column(fake, 'Số thành viên')).toEqual(['12']);

    // A newer file of the same commune after the earlier import: replaces it without asking.
    await pick([await communeFile('luc-binh-sau.xlsx', [khoiRow('Lục Bình', 13, 'Hoàn thành xuất sắc nhiệm vụ')], new Date(NEWER.getTime() + 86400000))]);
    expect(outcome(ui, 'luc-binh-sau.xlsx')).toMatch(/^thêm 1 dòng Khối Dân vận; thay 1 dòng Khối của tệp cũ hơn “luc-binh-moi.xlsx”/);
  });
});
