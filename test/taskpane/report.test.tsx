/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { analyse, FIELDS, readWorkbooks, reportTables } from '../../src/engine';
import { layoutBieuSheets } from '../../src/workbook/layout-bieu';
import { RECORD_SHEET } from '../../src/workbook/owned-sheets';
import { seed002Sheets } from '../fixtures/seed002';
import { seed004Sheets } from '../fixtures/seed004';
import { toGrids } from '../helpers/grids';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';
import { seed004Workbook } from './workbooks';
import { forgetClipboardItem, richClipboard } from './rich-clipboard';

const YEAR_SENTENCE = 'Trong năm, đã có 191 mô hình đăng ký thực hiện (trong đó duy trì 73, đăng ký mới 118 mô hình)';
const BIEU = ['Biểu 01', 'Biểu 02', 'Biểu 03', 'Biểu 04'];
const sheetWrites = (fake: FakeWorkbook): string[] =>
  fake.writes.flatMap((w) => (w.kind === 'writeSheet' ? [w.name] : w.kind === 'deleteSheet' ? [`-${w.name}`] : []));

async function openReport(fake: FakeWorkbook) {
  const { user } = renderApp(fake);
  const panel = await openTab(user, 'Báo cáo');
  const ui = within(panel);
  await ui.findByRole('radiogroup');
  return { user, ui };
}

async function fill(user: ReturnType<typeof renderApp>['user'], ui: ReturnType<typeof within>) {
  // Found, not got: while a dialog closes, the rest of the page is aria-hidden for a moment.
  await user.click(await ui.findByRole('button', { name: 'Điền các Biểu và Báo cáo' }));
}

afterEach(forgetClipboardItem);

describe('Báo cáo (fill)', () => {
  it('says which cell of Báo cáo was cut to the 32,767 characters an Excel cell holds', async () => {
    const sheets = seed004Sheets();
    const rows = sheets[0].rows;
    const header = rows.findIndex((r) => r.includes('Tên mô hình'));
    const [name, status] = ['Tên mô hình', 'Kết quả'].map((h) => rows[header].indexOf(h));
    // Every model of the sheet exemplary, with a long name: the paragraph naming them outgrows a cell.
    for (const row of rows.slice(header + 1)) {
      if (typeof row[name] !== 'string' || row[name] === '') continue;
      row[name] = `${String(row[name])} ${'gắn với phong trào thi đua yêu nước ở cơ sở '.repeat(6)}`;
      row[status] = 'Tiêu biểu';
    }
    const fake = new FakeWorkbook(sheets);
    const { user, ui } = await openReport(fake);
    await fill(user, ui);
    const said = (await ui.findByText(/của trang “Báo cáo” dài [\d.]+ ký tự, quá 32\.767 ký tự một ô của Excel/)).textContent ?? '';
    // The port is given the whole text (its Excel and file adapters cut it, test/workbook/cell-limit.test.ts): the
    // message names that cell and its length.
    const [, column, row, length] = /Ô ([A-Z]+)(\d+) của trang “Báo cáo” dài ([\d.]+) ký tự/.exec(said) ?? [];
    const value = fake.grid('Báo cáo')[Number(row) - 1][column.charCodeAt(0) - 65];
    expect(typeof value === 'string' && value.length > 32_767).toBe(true);
    expect(length).toBe((value as string).length.toLocaleString('vi-VN'));
    expect(said).toContain('Văn bản Word có đủ đoạn này.');
  });

  it('writes Biểu 01-04 one sheet each and the report into Báo cáo, then the chart under Biểu 01', async () => {
    const fake = seed004Workbook();
    const { user, ui } = await openReport(fake);
    expect(ui.getByRole<HTMLSelectElement>('combobox', { name: 'Năm' }).value).toBe('2022');
    await fill(user, ui);
    await ui.findByText(/^Đã ghi Biểu 01-04 \(mỗi biểu một trang\) và dự thảo báo cáo vào trang “Báo cáo” \(ghi ngày \d\d\/\d\d\/\d{4}\)\. Đã thêm biểu đồ/);
    expect(sheetWrites(fake)).toEqual([...BIEU, 'Báo cáo', RECORD_SHEET]);
    expect(fake.visibility(RECORD_SHEET)).toBe('veryHidden');

    const dataset = readWorkbooks([toGrids(seed004Sheets())]);
    const sheets = layoutBieuSheets(reportTables(dataset, analyse(dataset).counted), 'Thành ủy Bắc Kạn');
    sheets.forEach((s) => expect(fake.grid(s.name)).toEqual(s.values));
    // The paragraph starts after its first-line indent.
    expect(
      fake
        .grid('Báo cáo')
        .flat()
        .some((v) => typeof v === 'string' && v.trimStart().startsWith(YEAR_SENTENCE)),
    ).toBe(true);

    expect(fake.charts).toEqual([
      {
        sheet: 'Biểu 01',
        title: 'Số mô hình đăng ký theo lĩnh vực năm 2022',
        categories: FIELDS.map((f) => f.shortTitle),
        values: [4, 20, 164, 3],
        anchor: { row: sheets[0].values.length + 1, col: 1 },
      },
    ]);
    expect(ui.getByRole('heading', { name: 'Nội dung báo cáo' })).toBeInTheDocument();
    expect(ui.getByText((text) => text.startsWith(YEAR_SENTENCE))).toBeInTheDocument();
  });

  it('removes the Tổng hợp sheet v1 wrote when nobody edited it, saying so', async () => {
    const v1 = seed004Workbook();
    await v1.writeSheet({ name: 'Tổng hợp', values: [['Biểu 01. cũ']], styles: [], merges: [], columnWidths: [] });
    const { fingerprint } = await import('../../src/engine');
    await v1.writeSheet({
      name: RECORD_SHEET,
      values: [
        ['Trang', 'Dấu kiểm'],
        ['Tổng hợp', fingerprint([['Biểu 01. cũ']])],
      ],
      styles: [],
      merges: [],
      columnWidths: [],
    });
    const { user, ui } = await openReport(v1);
    await fill(user, ui);
    await ui.findByText(/Đã bỏ trang “Tổng hợp” do phiên bản trước ghi/);
    expect(sheetWrites(v1)).toContain('-Tổng hợp');
    expect(await v1.sheetNames()).not.toContain('Tổng hợp');
  });

  it('keeps a Tổng hợp edited by hand, saying so', async () => {
    const edited = seed004Workbook();
    await edited.writeSheet({ name: 'Tổng hợp', values: [['Bảng tự làm của văn phòng']], styles: [], merges: [], columnWidths: [] });
    const second = await openReport(edited);
    await fill(second.user, second.ui);
    await second.ui.findByText(/Trang “Tổng hợp” đã được sửa tay nên được giữ nguyên/);
    expect(edited.grid('Tổng hợp')).toEqual([['Bảng tự làm của văn phòng']]);
  });

  it('offers no period review for a workbook of one year, and says why', async () => {
    const { ui } = await openReport(seed004Workbook());
    expect(ui.getByRole<HTMLInputElement>('radio', { name: 'Sơ kết giai đoạn' }).disabled).toBe(true);
    await ui.findByText('Sổ chỉ có số liệu năm 2022: sơ kết giai đoạn cần số liệu từ hai năm trở lên.');
  });

  it('makes the year chosen or the period review', async () => {
    const three = new FakeWorkbook([
      {
        name: 'Đăng ký',
        rows: [
          seed004Sheets()[0].rows[0],
          ...[2021, 2022, 2023].map((y, i) => [
            i + 1,
            null,
            y,
            `Mô hình ${y}`,
            `Chi bộ ${y}`,
            'Tập thể',
            'Chi bộ thôn Nà Pài',
            null,
            null,
            'Nông thôn mới, đô thị văn minh',
            'Đăng ký mới',
            'Được công nhận',
            null,
            null,
            null,
          ]),
        ],
      },
    ]);
    const other = await openReport(three);
    await other.user.click(other.ui.getByRole('radio', { name: 'Sơ kết giai đoạn' }));
    expect(other.ui.getByRole<HTMLSelectElement>('combobox', { name: 'Từ năm' }).value).toBe('2021');
    expect(other.ui.getByRole<HTMLSelectElement>('combobox', { name: 'Đến năm' }).value).toBe('2023');
    await fill(other.user, other.ui);
    await other.ui.findByText(/^Đã ghi Biểu 01-04/);
    expect(three.grid('Báo cáo').flat()).toContain('sơ kết thực hiện phong trào “Dân vận khéo” giai đoạn 2021-2023');
    expect(three.grid('Biểu 03')[0][0]).toBe('Biểu 03. Kết quả đăng ký, công nhận mô hình “Dân vận khéo” theo năm, giai đoạn 2021-2023');

    await other.user.click(other.ui.getByRole('radio', { name: 'Báo cáo năm' }));
    await other.user.selectOptions(other.ui.getByRole('combobox', { name: 'Năm' }), '2022');
    await fill(other.user, other.ui);
    await waitFor(() => expect(three.grid('Biểu 01')[0][0]).toMatch(/theo lĩnh vực năm 2022$/));
  });

  it('lists the particulars the document leaves blank, with the cell to fill', async () => {
    const sheets = seed004Sheets();
    sheets[2].rows.push(['Số ký hiệu', null]);
    const fake = new FakeWorkbook(sheets);
    const { user, ui } = await openReport(fake);
    const list = await ui.findByRole('list');
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Số ký hiệu: Đến ô B12',
      'Ngày báo cáo: chưa có dòng này ở trang “Thông tin”: thêm nhãn ở cột A, giá trị ở cột B',
      'Thẩm quyền ký: chưa có dòng này ở trang “Thông tin”: thêm nhãn ở cột A, giá trị ở cột B',
    ]);
    await user.click(ui.getByRole('button', { name: 'Đến ô B12' }));
    expect(fake.selected.at(-1)).toEqual({ sheet: 'Thông tin', row: 12, col: 1 });
  });

  it('asks before overwriting a hand-edited sheet and writes only when told to', async () => {
    const fake = seed004Workbook();
    const { user, ui } = await openReport(fake);
    await fill(user, ui);
    await ui.findByText(/^Đã ghi Biểu 01-04/);
    fake.editCell('Biểu 02', 6, 2, 'sửa tay');
    const writes = fake.writes.length;

    await fill(user, ui);
    const dialog = await screen.findByRole('alertdialog', { name: 'Trang “Biểu 02” đã bị sửa tay. Ghi đè?' });
    expect(fake.writes).toHaveLength(writes);
    const keep = within(dialog).getByRole('button', { name: 'Không ghi' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    await user.click(keep);
    await ui.findByText('Chưa ghi gì: các trang sửa tay được giữ nguyên.');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.writes).toHaveLength(writes);
    expect(fake.row('Biểu 02', 6)[2]).toBe('sửa tay');

    await fill(user, ui);
    const again = await screen.findByRole('alertdialog', { name: /đã bị sửa tay\. Ghi đè\?$/ });
    await user.click(within(again).getByRole('button', { name: 'Ghi đè' }));
    await ui.findByText(/^Đã ghi Biểu 01-04/);
    expect(sheetWrites(fake).slice(-6)).toEqual([...BIEU, 'Báo cáo', RECORD_SHEET]);
    expect(fake.row('Biểu 02', 6)[2]).not.toBe('sửa tay');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('copies the whole report formatted (HTML beside the text), without filling the sheets', async () => {
    const fake = seed004Workbook();
    const { user, ui } = await openReport(fake);
    // After user-event's set-up, which puts its own clipboard in place.
    const clipboard = richClipboard();
    await user.click(ui.getByRole('button', { name: 'Sao chép báo cáo (giữ định dạng)' }));
    await ui.findByText('Đã sao chép báo cáo; dán (Ctrl+V) vào Word: giữ nguyên tiêu đề, chữ đậm và các đoạn.');
    const html = await clipboard.read('text/html');
    expect(html).toContain('font-weight:bold;text-decoration:underline">ĐẢNG CỘNG SẢN VIỆT NAM</p>');
    expect(html).toContain('>THÀNH ỦY BẮC KẠN</p>');
    expect(html).toContain(`text-indent:10mm">${YEAR_SENTENCE}`);
    const text = await clipboard.read('text/plain');
    expect(text).toContain(`\n${YEAR_SENTENCE}`);
    expect(sheetWrites(fake)).toEqual([]);
  });

  it('tells the clerk to copy by hand when the clipboard is refused and the copy command too', async () => {
    const fake = seed004Workbook();
    const { user, ui } = await openReport(fake);
    richClipboard().refuse();
    const execCommand = jest.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await user.click(ui.getByRole('button', { name: 'Sao chép báo cáo (giữ định dạng)' }));
    await ui.findByText('Không sao chép tự động được. Hãy bôi đen nội dung bên dưới rồi nhấn Ctrl+C.');
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(ui.getByText((t) => t.startsWith(YEAR_SENTENCE))).toBeInTheDocument();
    delete (document as { execCommand?: unknown }).execCommand;
  });

  it('explains when Excel cannot draw the chart, and still writes the tables', async () => {
    const fake = seed004Workbook({ charts: false });
    const { user, ui } = await openReport(fake);
    await fill(user, ui);
    await ui.findByText(/Nơi đang mở sổ chưa vẽ được biểu đồ \(cần Excel\); các biểu số liệu vẫn đầy đủ\.$/);
    expect(sheetWrites(fake)).toEqual([...BIEU, 'Báo cáo', RECORD_SHEET]);
    expect(fake.charts).toEqual([]);
  });
});

describe('Báo cáo: the Khối Dân vận cơ sở (seed 002)', () => {
  it('shows each target met out of how many, with who misses it, for a workbook that keeps the Khối', async () => {
    const fake = new FakeWorkbook(seed002Sheets());
    const { ui } = await openReport(fake);
    const section = within(await ui.findByRole('region', { name: 'Khối Dân vận cơ sở năm 2023' }));
    expect(section.getByText('108 Khối, 1.265 thành viên. Bảy mục tiêu của Đề án:')).toBeInTheDocument();
    expect(section.getByText(/^Chưa đạt: .* và 100 xã khác$/)).toBeInTheDocument();
    const items = within(section.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0].textContent).toContain('106/108 đạt (98,15%)');
    expect(items[4].textContent).toContain('7/8 đạt (87,5%)');
    expect(items[4].textContent).toContain('Chưa đạt: Pác Nặm');
  });

  it('shows nothing of the Khối for a workbook without the sheet', async () => {
    const { ui } = await openReport(seed004Workbook());
    expect(ui.queryByRole('region', { name: /^Khối Dân vận cơ sở/ })).toBeNull();
  });
});
