/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Kiểm tra: unit names Danh mục does not list, once per name, settled from the pane and undone.
import { within } from '@testing-library/react';
import { cellText } from '../../src/engine';
import { CONG_AN, districtSheets, ownRow, Y_TE } from './consolidate-files';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';

const MISSPELT = 'Chi bộ Công an xa';

function workbook(): FakeWorkbook {
  return new FakeWorkbook(
    districtSheets([
      ownRow(MISSPELT, 'Camera an ninh'),
      ownRow(MISSPELT, 'Tổ tự quản'),
      ownRow(MISSPELT, 'Ngày hội an ninh'),
      ownRow('Chi bộ Trường Mầm non Hoa Sen', 'Vườn rau'),
      ownRow(Y_TE, 'Tủ thuốc'),
    ]),
  );
}

const listRows = (fake: FakeWorkbook): string[][] =>
  fake
    .grid('Danh mục')
    .map((r) => Array.from(r ?? [], (v) => cellText(v)))
    .map((r) => {
      while (r.length > 0 && r[r.length - 1] === '') r.pop();
      return r;
    });

async function openCheck(fake: FakeWorkbook) {
  const { user } = renderApp(fake);
  const ui = within(await openTab(user, 'Kiểm tra'));
  await ui.findByText(/^Đã kiểm tra 5 dòng/);
  return { user, ui };
}

describe('Kiểm tra: units not in Danh mục', () => {
  it('shows each unknown name once, with its rows and the listed name it may mean', async () => {
    const { ui } = await openCheck(workbook());
    const group = within(ui.getByRole('group', { name: 'Đơn vị không có trong Danh mục (4)' }));
    const items = group.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('“Chi bộ Công an xa”: 3 dòng');
    expect(items[0]).toContain(`Gần giống: “${CONG_AN}”.`);
    expect(items[1]).toContain('“Chi bộ Trường Mầm non Hoa Sen”: 1 dòng');
    expect(items[1]).toContain('Danh mục không có tên nào gần giống.');
  });

  it('records the name as another name of the listed unit (Tên khác), after which its rows count for it; undo puts Danh mục back', async () => {
    const fake = workbook();
    const before = listRows(fake);
    const { user, ui } = await openCheck(fake);
    await user.click(ui.getByRole('button', { name: `Là tên khác của “${CONG_AN}”` }));
    await ui.findByText(`Đã ghi “${MISSPELT}” là tên khác của “${CONG_AN}” trong Danh mục.`);
    const list = listRows(fake);
    expect(list[0]).toEqual(['Đơn vị', 'Khối', 'Xã/phường', 'Tên khác']);
    expect(list.find((r) => r[0] === CONG_AN)).toEqual([CONG_AN, 'Nội chính', '', MISSPELT]);
    expect(ui.getByRole('group', { name: 'Đơn vị không có trong Danh mục (1)' })).toBeInTheDocument();

    await user.click(ui.getByRole('button', { name: 'Hoàn tác thay đổi Danh mục' }));
    await ui.findByText('Đã hoàn tác thay đổi Danh mục.');
    expect(listRows(fake)).toEqual(before);
    expect(ui.getByRole('group', { name: 'Đơn vị không có trong Danh mục (4)' })).toBeInTheDocument();
  });

  it('adds a unit to Danh mục (with the bloc and commune its rows give, when they give any)', async () => {
    const fake = workbook();
    const { user, ui } = await openCheck(fake);
    await user.click(ui.getByRole('button', { name: 'Thêm “Chi bộ Trường Mầm non Hoa Sen” vào Danh mục' }));
    await ui.findByText('Đã thêm “Chi bộ Trường Mầm non Hoa Sen” vào trang “Danh mục”.');
    expect(listRows(fake).at(-1)).toEqual(['Chi bộ Trường Mầm non Hoa Sen']);
    expect(ui.getByRole('group', { name: 'Đơn vị không có trong Danh mục (3)' })).toBeInTheDocument();
    expect(fake.writes.filter((w) => w.kind === 'writeCells').map((w) => ('sheet' in w ? w.sheet : ''))).toEqual(['Danh mục']);
  });
});
