import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workbookGrids } from '../helpers/exceljs-grids';
import { seed004Sheets } from '../fixtures/seed004';
import { writeXlsx } from '../helpers/write-xlsx';
import { launchChromium, type Browser } from './helpers/browser';
import { openPreview } from './helpers/preview-page';
import { DIST, ROOT, SCREENSHOTS } from './helpers/paths';
import { serveFolder, type StaticServer } from './helpers/static-server';

jest.setTimeout(90_000);

const SAMPLE = path.join(ROOT, 'assets', 'mau-dan-van-kheo.xlsx');
const SAMPLE_TABS = ['Đăng ký', 'Danh mục', 'Thông tin', 'Khối Dân vận', 'Báo cáo'];
/** The exceljs chunks (webpack.config.js): fetched only when a file is opened or saved. */
const isXlsxChunk = (url: string): boolean => /\/xlsx(-vendor)?\.[0-9a-f]+\.js$/.test(url);

async function grids(bytes: Buffer | Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbookGrids(workbook).sheets;
}

describe('browser preview (preview.html in Debian Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  let work: string;

  beforeAll(async () => {
    server = await serveFolder(DIST);
    browser = await launchChromium();
    work = await mkdtemp(path.join(tmpdir(), 'dvk-e2e-'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('loads with an empty workbook, the toolbar and the task pane, without fetching exceljs', async () => {
    const p = await openPreview(browser.context, server.url);
    expect(await p.page.title()).toBe('Dân vận khéo — bản trình duyệt');
    expect(await p.tabNames()).toEqual(['Trang tính1']);
    expect(await p.page.getByRole('grid', { name: 'Trang tính “Trang tính1”' }).isVisible()).toBe(true);
    for (const name of ['Mở tệp .xlsx…', 'Mở sổ mẫu', 'Tải xuống .xlsx']) {
      expect(await p.page.getByRole('button', { name }).isVisible()).toBe(true);
    }
    expect(await p.page.getByText('Sổ đang mở: so-moi.xlsx').isVisible()).toBe(true);
    expect(await p.page.locator('[role="gridcell"]').evaluateAll((cells) => cells.filter((c) => c.textContent).length)).toBe(0);
    expect(await p.page.getByRole('columnheader', { name: 'A', exact: true }).isVisible()).toBe(true);
    expect(await p.page.getByRole('main').isVisible()).toBe(true);
    expect(p.requests.filter(isXlsxChunk)).toEqual([]);
    await p.screenshot('preview-empty');
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('"Mở sổ mẫu" opens the sample: its visible sheets as tabs, its rows in the grid', async () => {
    const p = await openPreview(browser.context, server.url);
    await p.page.getByRole('button', { name: 'Mở sổ mẫu' }).click();
    await p.sheetTab('Danh mục').waitFor();
    expect(await p.tabNames()).toEqual(SAMPLE_TABS);
    expect(await p.sheetTab('Đăng ký').getAttribute('aria-selected')).toBe('true');
    expect(await p.cellText(0, 3)).toBe('Tên mô hình');
    expect(await p.cellText(2, 3)).toBe('Vận động các nguồn lực hỗ trợ, giúp đỡ trẻ em mồ côi');
    expect(await p.cellText(10, 9)).toBe('Lĩnh vực 5');
    expect(await p.page.getByText('Đã mở “mau-dan-van-kheo.xlsx”.').isVisible()).toBe(true);
    expect(await p.page.getByText('Sổ đang mở: mau-dan-van-kheo.xlsx').isVisible()).toBe(true);
    // The header row is bold and bordered, as the standard template writes it.
    const header = await p.page.locator('[role="gridcell"][data-row="0"][data-col="3"]').evaluate((c) => {
      const s = getComputedStyle(c);
      return { weight: s.fontWeight, border: s.borderTopStyle };
    });
    expect(header).toEqual({ weight: '600', border: 'solid' });
    expect(p.requests.filter(isXlsxChunk)).toHaveLength(2);
    await p.screenshot('preview-sample');

    await p.sheetTab('Danh mục').click();
    await p.page.getByRole('grid', { name: 'Trang tính “Danh mục”' }).waitFor();
    expect(await p.cellText(1, 0)).toBe('Chi bộ Cơ quan Ủy ban MTTQ và các đoàn thể thành phố');
    await p.screenshot('preview-sample-danh-muc');
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('clicking a cell highlights it; the arrow keys move the highlight', async () => {
    const p = await openPreview(browser.context, server.url);
    await p.page.getByRole('button', { name: 'Mở sổ mẫu' }).click();
    await p.sheetTab('Danh mục').waitFor();
    const cell = (row: number, col: number) => p.page.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);
    expect(await cell(0, 0).getAttribute('aria-selected')).toBe('true');
    await cell(4, 6).click();
    expect(await cell(4, 6).getAttribute('aria-selected')).toBe('true');
    expect(await cell(0, 0).getAttribute('aria-selected')).toBe('false');
    expect(await cell(4, 6).evaluate((c) => getComputedStyle(c).outlineStyle)).toBe('solid');
    expect(await p.page.getByRole('grid').getAttribute('aria-activedescendant')).toBe(await cell(4, 6).getAttribute('id'));
    await p.screenshot('preview-cell-selected');
    await p.page.keyboard.press('ArrowDown');
    await p.page.keyboard.press('ArrowRight');
    expect(await cell(5, 7).getAttribute('aria-selected')).toBe('true');
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('opens an .xlsx file chosen in the file input and shows its sheets', async () => {
    const file = path.join(work, 'seed004.xlsx');
    const sheets = seed004Sheets();
    await writeXlsx(file, sheets);
    const p = await openPreview(browser.context, server.url);
    await p.page.locator('input[type="file"]').setInputFiles(file);
    await p.sheetTab('Thông tin').waitFor();
    expect(await p.tabNames()).toEqual(['Đăng ký', 'Danh mục', 'Thông tin']);
    expect(await p.cellText(1, 3)).toBe(String(sheets[0].rows[1][3]));
    expect(await p.page.getByText('Sổ đang mở: seed004.xlsx').isVisible()).toBe(true);
    await p.screenshot('preview-file-opened');
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('says so, and keeps the workbook, when the chosen file is not an .xlsx', async () => {
    const file = path.join(work, 'khong-phai.xlsx');
    await writeFile(file, 'Đây không phải sổ Excel');
    const p = await openPreview(browser.context, server.url);
    await p.page.locator('input[type="file"]').setInputFiles(file);
    await p.page.getByText('Không mở được tệp “khong-phai.xlsx”: không phải tệp Excel .xlsx.').waitFor();
    expect(await p.tabNames()).toEqual(['Trang tính1']);
    await p.page.close();
  });

  it('"Tải xuống .xlsx" downloads a workbook that exceljs reads back with the same values', async () => {
    const p = await openPreview(browser.context, server.url);
    await p.page.getByRole('button', { name: 'Mở sổ mẫu' }).click();
    await p.sheetTab('Danh mục').waitFor();
    const [download] = await Promise.all([p.page.waitForEvent('download'), p.page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
    expect(download.suggestedFilename()).toBe('mau-dan-van-kheo.xlsx');
    const saved = path.join(work, 'downloaded.xlsx');
    await download.saveAs(saved);
    const back = await grids(await readFile(saved));
    const original = await grids(await readFile(SAMPLE));
    expect(back.map((s) => s.name)).toEqual(original.map((s) => s.name));
    expect(back).toEqual(original);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('asks before opening another workbook over changes not downloaded, and before the tab is closed', async () => {
    const p = await openPreview(browser.context, server.url);
    await p.page.getByRole('button', { name: 'Mở sổ mẫu' }).click();
    await p.sheetTab('Danh mục').waitFor();
    // A change from the task pane: the Biểu sheets and Báo cáo written.
    await p.page.getByRole('tablist', { name: 'Các việc trong ngăn tác vụ' }).getByRole('tab', { name: 'Báo cáo', exact: true }).click();
    await p.page.getByRole('button', { name: 'Điền các Biểu và Báo cáo' }).click();
    await p.page.getByText('Sổ đang mở: mau-dan-van-kheo.xlsx · có thay đổi chưa tải xuống').waitFor();
    const tabs = await p.tabNames();

    await p.page.getByRole('button', { name: 'Mở sổ mẫu' }).click();
    const dialog = p.page.getByRole('alertdialog', { name: 'Bỏ các thay đổi chưa tải xuống?' });
    await dialog
      .getByText('Sổ “mau-dan-van-kheo.xlsx” có thay đổi chưa tải xuống (bản trình duyệt không tự lưu). Mở “mau-dan-van-kheo.xlsx” sẽ bỏ các thay đổi này.')
      .waitFor();
    await p.page.waitForTimeout(400); // the dialog's fade-in, for the screenshot
    await p.screenshot('preview-discard-dialog');
    await dialog.getByRole('button', { name: 'Không mở' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await p.sheetTab('Biểu 01').waitFor();
    expect(await p.tabNames()).toEqual(tabs);

    // Closing the tab: the page asks the browser for its "leave the page?" question.
    const leaving = (): Promise<boolean> =>
      p.page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await leaving()).toBe(true);

    // Downloaded, the workbook is saved: another opens without a question.
    await Promise.all([p.page.waitForEvent('download'), p.page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
    await p.page.getByText('Sổ đang mở: mau-dan-van-kheo.xlsx', { exact: true }).waitFor();
    expect(await leaving()).toBe(false);
    await p.page.getByRole('button', { name: 'Mở sổ mẫu' }).click();
    await p.page.getByText('Đã mở “mau-dan-van-kheo.xlsx”.').waitFor();
    expect(await p.page.getByRole('alertdialog').count()).toBe(0);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('lists a unit and the particulars from Thiết lập, the grid being read-only: the forms fit the pane at 360 px', async () => {
    const p = await openPreview(browser.context, server.url);
    await p.page.getByRole('button', { name: 'Tạo biểu mẫu chuẩn' }).click();
    await p.sheetTab('Danh mục').waitFor();
    const unit = p.page.getByRole('form', { name: 'Thêm đơn vị vào Danh mục' });
    await unit.getByLabel(/^Tên đơn vị/).fill('Chi bộ thôn Nà Pài');
    await unit.getByLabel('Khối', { exact: true }).selectOption('Xã, phường');
    await unit.getByLabel(/^Xã\/phường/).fill('Lục Bình');
    await unit.getByRole('button', { name: 'Thêm vào Danh mục' }).click();
    await unit.getByText('Đã thêm “Chi bộ thôn Nà Pài” vào trang “Danh mục”.').waitFor();
    const info = p.page.getByRole('form', { name: 'Thông tin báo cáo' });
    await info.getByLabel(/^Năm báo cáo/).fill('2024');
    await info.getByLabel(/^Cơ quan báo cáo/).fill('Đảng ủy xã Lục Bình');
    await info.getByRole('button', { name: 'Ghi Thông tin' }).click();
    await info.getByText('Đã ghi 2 ô vào trang “Thông tin”.').waitFor();
    // Nothing wider than the pane.
    const overflow = await p.page.locator('#dvk-panel-setup').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await unit.scrollIntoViewIfNeeded();
    await p.screenshot('preview-thiet-lap-danh-muc');

    await p.sheetTab('Danh mục').click();
    await p.page.getByRole('grid', { name: 'Trang tính “Danh mục”' }).waitFor();
    expect([await p.cellText(1, 0), await p.cellText(1, 1), await p.cellText(1, 2)]).toEqual(['Chi bộ thôn Nà Pài', 'Xã, phường', 'Lục Bình']);
    await p.sheetTab('Thông tin').click();
    await p.page.getByRole('grid', { name: 'Trang tính “Thông tin”' }).waitFor();
    expect([await p.cellText(0, 1), await p.cellText(3, 1)]).toEqual(['Đảng ủy xã Lục Bình', '2024']);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('speaks English and follows a dark theme when the address asks (?lang=en&theme=dark)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}preview.html?lang=en&theme=dark`);
    await page.getByRole('grid', { name: 'Sheet “Sheet1”' }).waitFor();
    expect(await page.title()).toBe('Dân vận khéo — browser version');
    for (const name of ['Open .xlsx file…', 'Open sample workbook', 'Download .xlsx']) {
      expect(await page.getByRole('button', { name }).isVisible()).toBe(true);
    }
    const background = await page.getByRole('grid').evaluate((g) => getComputedStyle(g).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-en-dark.png') });
    await page.close();
  });

  it('stays responsive with a 10,000-row sheet: only the rows in view are drawn', async () => {
    const rows = [['STT', 'Tên mô hình', 'Năm'], ...Array.from({ length: 10_000 }, (_, i) => [i + 1, `Mô hình số ${i + 1}`, 2022])];
    const file = path.join(work, 'lon.xlsx');
    await writeXlsx(file, [{ name: 'Đăng ký', rows }]);
    const p = await openPreview(browser.context, server.url);
    await p.page.locator('input[type="file"]').setInputFiles(file);
    await p.page.getByText('Đã mở “lon.xlsx”.').waitFor();
    const grid = p.page.getByRole('grid');
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(10_001 + 30 + 1));
    expect(await p.page.getByRole('row').count()).toBeLessThan(100);
    await grid.evaluate((g) => {
      g.scrollTop = g.scrollHeight;
    });
    await p.page.getByText('Mô hình số 10000', { exact: true }).waitFor();
    // Scrolled to the end, still only the rows in view are drawn (how fast is the bench's concern).
    expect(await p.page.getByRole('row').count()).toBeLessThan(100);
    await grid.focus();
    await p.page.keyboard.press('Control+Home');
    await p.page.getByText('Mô hình số 1', { exact: true }).waitFor();
    expect(await p.page.getByRole('row').count()).toBeLessThan(100);
    await p.screenshot('preview-10000-rows');
    expect(p.errors).toEqual([]);
    await p.page.close();
  });
});
