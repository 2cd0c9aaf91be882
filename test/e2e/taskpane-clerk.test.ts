import ExcelJS from 'exceljs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { FIELDS, analyse, readWorkbooks, reportTables, summarize, type Dataset, type Measures, type SheetGrid } from '../../src/engine';
import { yearRows } from '../../src/engine/report-scope';
import { workbookGrids } from '../helpers/exceljs-grids';
import { launchChromium, type Browser } from './helpers/browser';
import { DIST, ROOT, SCREENSHOTS } from './helpers/paths';
import { openPreview, type PreviewPage } from './helpers/preview-page';
import { serveFolder, type StaticServer } from './helpers/static-server';
import { seed002Sheets } from '../fixtures/seed002';
import { writeXlsx } from '../helpers/write-xlsx';

/**
 * What a clerk does in the task pane, in Debian's Chromium: the real pane (src/taskpane/App) beside
 * the preview's in-page workbook. Expected figures come from the engine run on the same sample.
 */
jest.setTimeout(90_000);

const SAMPLE = path.join(ROOT, 'assets', 'mau-dan-van-kheo.xlsx');
const STANDARD_TABS = ['Đăng ký', 'Danh mục', 'Thông tin', 'Khối Dân vận', 'Báo cáo'];
/** The sample keeps the field as its code (3), as most registration sheets do. */
const NEW_MODEL = {
  name: 'Vận động Nhân dân giữ gìn vệ sinh môi trường khu dân cư',
  implementer: 'Chi hội Phụ nữ tổ 5',
  unit: 'Chi bộ Trường THPT Bắc Kạn',
  field: '3. Nông thôn mới, đô thị văn minh',
};

/** Excel's column letter → the grid's 0-based column. */
const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

async function sampleSheets(bytes: Buffer | Uint8Array): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbookGrids(workbook).sheets;
}

/** The engine's figures for the sample: the report year's counted rows by field, and Biểu 01's total row. */
interface Expected {
  dataset: Dataset;
  /** Last non-empty row of Đăng ký (1-based). */
  lastRow: number;
  total: Measures;
  byField: Map<number, Measures>;
  bieu01Total: Array<string | number | null>;
}

async function expectedFromSample(): Promise<Expected> {
  const sheets = await sampleSheets(await readFile(SAMPLE));
  const dataset = readWorkbooks([{ sheets }]);
  const { counted } = analyse(dataset);
  const year = yearRows(counted, dataset.info);
  const summary = summarize(year, ['field']);
  const registrations = sheets.find((s) => s.name === 'Đăng ký')!.grid;
  const lastRow = registrations.reduce((last, row, i) => (row?.some((v) => v !== null && v !== undefined && v !== '') ? i + 1 : last), 0);
  const bieu01 = reportTables(dataset, counted)[0];
  return {
    dataset,
    lastRow,
    total: summary.total,
    byField: new Map(summary.groups.map((g) => [Number(g.values.field), g.measures])),
    bieu01Total: bieu01.body[bieu01.rowKinds.indexOf('total')].map((v) => (v === undefined ? null : v)),
  };
}

/** The task pane's own tabs (not the sheet tabs, some of which have the same names). */
const paneTab = (page: Page, name: string): Locator =>
  page.getByRole('tablist', { name: 'Các việc trong ngăn tác vụ' }).getByRole('tab', { name, exact: true });
const panel = (page: Page, id: 'setup' | 'entry' | 'check' | 'summary' | 'report'): Locator => page.locator(`#dvk-panel-${id}`);
const gridCell = (page: Page, row: number, column: number): Locator => page.locator(`[role="gridcell"][data-row="${row}"][data-col="${column}"]`);

/** The task pane's width in the preview (src/preview/PreviewPage.tsx: 360 px and its border), at the right of the page. */
const PANE_WIDTH = 361;

/**
 * The whole page into test-artifacts/screenshots/taskpane-NAME.png, and a smaller one for the README
 * into test-artifacts/screenshots/docs/NAME.png (docs/images holds copies): the page narrowed to the pane
 * and `sheet` px of the sheet (from column A), `height` px high, cropped (clip) to that.
 * `cell`: a grid cell to keep in view in the narrower page.
 */
async function screenshots(p: PreviewPage, name: string, options: { cell?: Locator; height?: number; sheet?: number } = {}): Promise<void> {
  const { page } = p;
  const full = page.viewportSize()!;
  await settle(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, `taskpane-${name}.png`), animations: 'disabled' });
  const width = PANE_WIDTH + (options.sheet ?? 360);
  const height = options.height ?? full.height;
  await page.setViewportSize({ width: Math.max(width, 720), height });
  await settle(page);
  await options.cell?.evaluate((c) => c.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
  // The pane alone starts below the page's toolbar.
  const top = width > PANE_WIDTH ? 0 : await page.getByRole('main').evaluate((m) => Math.round(m.getBoundingClientRect().top));
  await page.screenshot({
    path: path.join(SCREENSHOTS, 'docs', `${name}.png`),
    animations: 'disabled',
    clip: { x: Math.max(width, 720) - width, y: top, width, height: height - top },
  });
  await page.setViewportSize(full);
}

/** No hover or focus ring left on the last control used. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(1, 60);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function openSample(p: PreviewPage): Promise<void> {
  await p.page.getByRole('button', { name: 'Mở sổ mẫu' }).click();
  await p.sheetTab('Danh mục').waitFor();
}

describe('the task pane in the browser preview: what a clerk does (Debian Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  let work: string;
  let expected: Expected;

  beforeAll(async () => {
    server = await serveFolder(DIST);
    browser = await launchChromium();
    work = await mkdtemp(path.join(tmpdir(), 'dvk-e2e-pane-'));
    expected = await expectedFromSample();
    await mkdir(path.join(SCREENSHOTS, 'docs'), { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('Thiết lập: "Tạo biểu mẫu chuẩn" adds the standard sheets to an empty workbook', async () => {
    const p = await openPreview(browser.context, server.url);
    const setup = panel(p.page, 'setup');
    await setup.getByText('Chưa có', { exact: true }).first().waitFor();
    expect(await setup.getByText('Chưa có', { exact: true }).count()).toBe(5);
    await setup.getByRole('button', { name: 'Tạo biểu mẫu chuẩn' }).click();
    await setup
      .getByRole('status')
      .getByText(/^Đã thêm 5 trang: /)
      .waitFor();
    // Added after the clerk's own sheet, in the standard order.
    expect(await p.tabNames()).toEqual(['Trang tính1', ...STANDARD_TABS]);
    expect(await setup.getByText('Đã có', { exact: true }).count()).toBe(5);
    expect(await setup.getByRole('button', { name: 'Tạo biểu mẫu chuẩn' }).isDisabled()).toBe(true);
    // The new Đăng ký has the standard header row.
    await p.sheetTab('Đăng ký').click();
    await p.page.getByRole('grid', { name: 'Trang tính “Đăng ký”' }).waitFor();
    expect(await p.cellText(0, col('D'))).toBe('Tên mô hình');
    await screenshots(p, 'thiet-lap');
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('Nhập: a model entered in the form is added at the end of Đăng ký, and "Hoàn tác" removes it', async () => {
    const p = await openPreview(browser.context, server.url);
    await openSample(p);
    await paneTab(p.page, 'Nhập').click();
    const entry = panel(p.page, 'entry');
    const form = entry.getByRole('form', { name: 'Thông tin mô hình' });
    await entry.getByText('Ghi vào trang “Đăng ký”.').waitFor();
    expect(await form.getByLabel('Năm').inputValue()).toBe(String(expected.dataset.info.reportYear));
    await form.getByLabel('Tên mô hình').fill(NEW_MODEL.name);
    await form.getByLabel('Tập thể/cá nhân thực hiện').fill(NEW_MODEL.implementer);
    await form.getByLabel('Loại').selectOption({ label: 'Tập thể' });
    await form.getByLabel('Chi, đảng bộ').selectOption({ label: NEW_MODEL.unit });
    // Choosing the unit fills its bloc from Danh mục.
    expect(await form.getByLabel('Khối').inputValue()).toBe('Hành chính sự nghiệp');
    await form.getByLabel('Lĩnh vực').selectOption({ label: NEW_MODEL.field });
    await form.getByLabel('Hình thức').selectOption({ label: 'Đăng ký mới' });
    await screenshots(p, 'nhap', { height: 1560, sheet: 0 });

    await form.getByRole('button', { name: 'Thêm dòng' }).click();
    const row = expected.lastRow + 1;
    await entry.getByRole('status').getByText(`Đã thêm dòng ${row} vào trang “Đăng ký”.`).waitFor();
    // The grid draws only the rows in view: bring the end of the list into view.
    await p.page.getByRole('grid').evaluate((g) => {
      g.scrollTop = g.scrollHeight;
    });
    await gridCell(p.page, row - 1, col('D')).waitFor();
    expect(await p.cellText(row - 1, col('D'))).toBe(NEW_MODEL.name);
    expect(await p.cellText(row - 1, col('E'))).toBe(NEW_MODEL.implementer);
    expect(await p.cellText(row - 1, col('G'))).toBe(NEW_MODEL.unit);
    expect(await p.cellText(row - 1, col('J'))).toBe('3');
    expect(await p.cellText(row - 1, col('A'))).toBe(String(Number(await p.cellText(row - 2, col('A'))) + 1));
    expect(await p.cellText(row, col('D'))).toBe('');

    await entry.getByRole('button', { name: 'Hoàn tác' }).click();
    await entry.getByRole('status').getByText(`Đã hoàn tác: dòng ${row} vừa thêm đã được xóa.`).waitFor();
    for (const letter of ['A', 'C', 'D', 'E', 'F', 'G', 'J', 'K']) expect(await p.cellText(row - 1, col(letter))).toBe('');
    expect(await p.cellText(row - 2, col('D'))).not.toBe('');
    expect(await entry.getByRole('button', { name: 'Hoàn tác' }).isDisabled()).toBe(true);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('Kiểm tra: clicking the finding for J11 ("Lĩnh vực 5") selects that cell in the grid', async () => {
    const p = await openPreview(browser.context, server.url);
    await openSample(p);
    await paneTab(p.page, 'Kiểm tra').click();
    const check = panel(p.page, 'check');
    await check
      .getByRole('status')
      .getByText(/^Đã kiểm tra \d+ dòng: 3 lỗi, 2 cảnh báo, 0 thông tin\./)
      .waitFor();
    const finding = check.getByRole('button', { name: /^Ô J11: “Lĩnh vực 5” không phải Lĩnh vực hợp lệ/ });
    await finding.click();
    const cell = gridCell(p.page, 10, col('J'));
    await expect(cell.getAttribute('aria-selected')).resolves.toBe('true');
    expect(await p.cellText(10, col('J'))).toBe('Lĩnh vực 5');
    expect(await gridCell(p.page, 0, 0).getAttribute('aria-selected')).toBe('false');
    expect(await p.page.getByRole('grid').getAttribute('aria-activedescendant')).toBe(await cell.getAttribute('id'));
    expect(await cell.evaluate((c) => getComputedStyle(c).outlineStyle)).toBe('solid');
    await screenshots(p, 'kiem-tra', { cell });
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('Kiểm tra: "Đánh dấu ô lỗi" colours the cells with findings and "Bỏ đánh dấu" clears them', async () => {
    const p = await openPreview(browser.context, server.url);
    await openSample(p);
    await paneTab(p.page, 'Kiểm tra').click();
    const check = panel(p.page, 'check');
    await check
      .getByRole('status')
      .getByText(/^Đã kiểm tra /)
      .waitFor();
    await check.getByRole('switch', { name: 'Đánh dấu ô lỗi' }).check();
    await check.getByRole('status').getByText('Đã đánh dấu 5 ô.').waitFor();
    expect(await gridCell(p.page, 10, col('J')).getAttribute('data-mark')).toBe('error');
    expect(await gridCell(p.page, 16, col('M')).getAttribute('data-mark')).toBe('warning');
    await check.getByRole('button', { name: 'Bỏ đánh dấu' }).click();
    await check.getByRole('status').getByText('Đã bỏ đánh dấu các ô.').waitFor();
    expect(await gridCell(p.page, 10, col('J')).getAttribute('data-mark')).toBeNull();
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('Tổng hợp: the table by field adds up to Biểu 01', async () => {
    const p = await openPreview(browser.context, server.url);
    await openSample(p);
    await paneTab(p.page, 'Tổng hợp').click();
    const summary = panel(p.page, 'summary');
    await summary
      .getByRole('status')
      .getByText(/^Tổng hợp xong: /)
      .waitFor();
    expect(await summary.getByLabel('Tổng hợp theo').inputValue()).toBe('field');
    const table = summary.getByRole('region', { name: 'Bảng tổng hợp, cuộn ngang được' }).getByRole('table');
    const rows = await table
      .getByRole('row')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
    const header = rows[0];
    const total = rows[rows.length - 1];
    expect(total[0]).toBe('Tổng cộng');
    const shown = (cells: string[], label: string): number => Number(cells[header.indexOf(label)].replace(/\./g, ''));
    // Biểu 01's total row: Tổng số (registered) is column 2, Được công nhận column 9, Tiêu biểu column 12.
    expect(shown(total, 'Đăng ký')).toBe(expected.bieu01Total[2]);
    expect(shown(total, 'Được công nhận')).toBe(expected.bieu01Total[9]);
    expect(shown(total, 'Tiêu biểu')).toBe(expected.bieu01Total[12]);
    expect(shown(total, 'Đủ điều kiện bình xét')).toBe(expected.bieu01Total[7]);
    expect(shown(total, 'Đề nghị công nhận')).toBe(expected.bieu01Total[8]);
    // One row per field present, each as the engine counts it.
    const fieldRows = rows.slice(1, -1);
    expect(fieldRows.map((r) => Number(r[0].split('.')[0]))).toEqual([...expected.byField.keys()]);
    for (const r of fieldRows) {
      const measures = expected.byField.get(Number(r[0].split('.')[0]))!;
      expect(shown(r, 'Đăng ký')).toBe(measures.registered);
      expect(shown(r, 'Được công nhận')).toBe(measures.recognized);
    }
    expect(await summary.getByRole('img', { name: /^Mô hình đăng ký và được công nhận theo nhóm/ }).isVisible()).toBe(true);
    await screenshots(p, 'tong-hop', { sheet: 0, height: 1180 });
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('Báo cáo: "Điền các Biểu và Báo cáo" fills one sheet per table and Báo cáo, and the report text shows in the pane', async () => {
    const p = await openPreview(browser.context, server.url);
    await openSample(p);
    await paneTab(p.page, 'Báo cáo').click();
    const report = panel(p.page, 'report');
    await report.getByRole('button', { name: 'Điền các Biểu và Báo cáo' }).click();
    await report
      .getByRole('status')
      .getByText(/^Đã ghi Biểu 01-04 \(mỗi biểu một trang\)/)
      .waitFor();
    expect(await report.getByRole('heading', { name: 'Nội dung báo cáo' }).isVisible()).toBe(true);
    const year = String(expected.dataset.info.reportYear);
    expect(await report.getByText(`kết quả thực hiện phong trào “Dân vận khéo” năm ${year}`).isVisible()).toBe(true);
    for (const name of ['Biểu 01', 'Biểu 02', 'Biểu 03', 'Biểu 04']) expect(await p.sheetTab(name).isVisible()).toBe(true);

    await p.sheetTab('Biểu 01').click();
    await p.page.getByRole('grid', { name: 'Trang tính “Biểu 01”' }).waitFor();
    expect(await p.cellText(0, 0)).toMatch(/^Biểu 01\. Kết quả đăng ký, công nhận mô hình “Dân vận khéo” theo lĩnh vực năm /);
    expect(await p.cellText(1, 0)).toBe(`(${expected.dataset.info.agency})`);
    expect(await p.cellText(3, 1)).toBe('Lĩnh vực');
    const totalRow = 5 + FIELDS.length; // the title, the body, a blank row, two header rows, then one row per field
    expect(await p.cellText(totalRow, 1)).toBe('Tổng cộng');
    expect(Number(await p.cellText(totalRow, 2))).toBe(expected.bieu01Total[2]);

    await p.sheetTab('Báo cáo').click();
    await p.page.getByRole('grid', { name: 'Trang tính “Báo cáo”' }).waitFor();
    const texts = await p.page.locator('[role="gridcell"]').evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));
    expect(texts).toContain('BÁO CÁO');
    expect(texts.some((t) => t.startsWith('ĐẢNG CỘNG SẢN VIỆT NAM'))).toBe(true);
    await screenshots(p, 'bao-cao', { sheet: 720, height: 720 });
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("Tải xuống .xlsx after Báo cáo: the file's Biểu 01 total row has the engine's figures for the sample", async () => {
    const p = await openPreview(browser.context, server.url);
    await openSample(p);
    await paneTab(p.page, 'Báo cáo').click();
    const report = panel(p.page, 'report');
    await report.getByRole('button', { name: 'Điền các Biểu và Báo cáo' }).click();
    await report
      .getByRole('status')
      .getByText(/^Đã ghi Biểu 01-04/)
      .waitFor();
    const [download] = await Promise.all([p.page.waitForEvent('download'), p.page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
    const saved = path.join(work, 'bao-cao.xlsx');
    await download.saveAs(saved);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const sheet = workbook.getWorksheet('Biểu 01');
    expect(sheet).toBeDefined();
    let totalRow: ExcelJS.Row | undefined;
    sheet!.eachRow((row) => {
      if (!totalRow && row.getCell(2).value === 'Tổng cộng') totalRow = row;
    });
    expect(totalRow).toBeDefined();
    const values = expected.bieu01Total.map((_, i) => {
      const v = totalRow!.getCell(i + 1).value;
      return v === undefined ? null : v;
    });
    expect(values).toEqual(expected.bieu01Total);
    expect(values[2]).toBe(expected.total.registered);
    expect(values[7]).toBe(expected.total.eligible);
    expect(values[8]).toBe(expected.total.proposed);
    expect(values[9]).toBe(expected.total.recognized);
    expect(values[12]).toBe(expected.total.exemplary);
    expect(workbook.getWorksheet('Báo cáo')?.actualRowCount).toBeGreaterThan(5);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('Báo cáo: the Word document downloads, and the particulars still empty are listed with their cells', async () => {
    const p = await openPreview(browser.context, server.url);
    await openSample(p);
    await paneTab(p.page, 'Báo cáo').click();
    const report = panel(p.page, 'report');
    await report.getByRole('heading', { name: 'Thông tin còn trống' }).waitFor();
    const year = String(expected.dataset.info.reportYear);
    expect(await report.getByRole('combobox', { name: 'Năm' }).inputValue()).toBe(year);
    const [download] = await Promise.all([p.page.waitForEvent('download'), report.getByRole('button', { name: 'Tải văn bản Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe(`bao-cao-dan-van-kheo-${year}.docx`);
    const saved = path.join(work, download.suggestedFilename());
    await download.saveAs(saved);
    await report.getByRole('status').getByText(`Đã tạo “bao-cao-dan-van-kheo-${year}.docx”: mở bằng Word, đọc lại, in và ký.`).waitFor();
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await readFile(saved));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(xml).toContain(`kết quả thực hiện phong trào “Dân vận khéo” năm ${year}`);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('Times New Roman');
    // The sample gives no number, date or signing authority: listed, never invented.
    expect(await report.getByRole('listitem').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Số ký hiệu: /), expect.stringMatching(/^Ngày báo cáo: /)]),
    );
    // Nothing wider than the pane.
    const overflow = await report.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshots(p, 'bao-cao-van-ban', { sheet: 0 });
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('Báo cáo: a workbook keeping the Khối Dân vận shows the seven targets and who misses them (seed 002)', async () => {
    const file = path.join(work, 'khoi-tinh.xlsx');
    await writeXlsx(file, seed002Sheets());
    const p = await openPreview(browser.context, server.url);
    await p.page.getByLabel('Chọn tệp .xlsx để mở').setInputFiles(file);
    await p.sheetTab('Khối Dân vận').waitFor();
    await paneTab(p.page, 'Báo cáo').click();
    const report = panel(p.page, 'report');
    const section = report.getByRole('region', { name: 'Khối Dân vận cơ sở năm 2023' });
    await section.waitFor();
    expect(await section.getByRole('listitem').count()).toBe(7);
    expect(await section.getByText('108 Khối, 1.265 thành viên', { exact: false }).isVisible()).toBe(true);
    expect(await section.getByText('Chưa đạt: Pác Nặm').isVisible()).toBe(true);
    const overflow = await report.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await section.scrollIntoViewIfNeeded();
    await screenshots(p, 'bao-cao-khoi', { sheet: 0 });

    // The commune's row in Nhập: the form fits the pane.
    await paneTab(p.page, 'Nhập').click();
    const form = panel(p.page, 'entry').getByRole('form', { name: 'Dòng Khối Dân vận của một xã' });
    await form.waitFor();
    expect(await panel(p.page, 'entry').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await form.scrollIntoViewIfNeeded();
    await screenshots(p, 'nhap-khoi', { sheet: 0 });
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('English: the clerk switches the pane to English and checks the sample', async () => {
    const p = await openPreview(browser.context, server.url);
    await openSample(p);
    await p.page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    const tabs = p.page.getByRole('tablist', { name: 'Task pane sections' });
    await tabs.waitFor();
    expect(await tabs.getByRole('tab').allInnerTexts()).toEqual(['Set up', 'Enter', 'Check', 'Summarise', 'Report', 'Consolidate units']);
    await tabs.getByRole('tab', { name: 'Check', exact: true }).click();
    await panel(p.page, 'check')
      .getByRole('status')
      .getByText(/^Checked \d+ rows: 3 errors, 2 warnings/)
      .waitFor();
    expect(await p.page.locator('html').getAttribute('lang')).toBe('en');
    await screenshots(p, 'en', { sheet: 0 });
    expect(p.errors).toEqual([]);
    await p.page.close();
  });
});
