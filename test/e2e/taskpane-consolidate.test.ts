import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { CONG_AN, DISTRICT_HEADER, NA_PAI, TRUONG, districtSheets, unitFileBytes, unitSheets, type Model } from '../taskpane/consolidate-files';
import { HEADER as KHOI_HEADER } from '../fixtures/seed002';
import { writeXlsx } from '../helpers/write-xlsx';
import { launchChromium, type Browser } from './helpers/browser';
import { DIST, SCREENSHOTS } from './helpers/paths';
import { openPreview } from './helpers/preview-page';
import { serveFolder, type StaticServer } from './helpers/static-server';

/**
 * Tổng hợp đơn vị in Debian's Chromium: a district's workbook open in the preview, three units'
 * files picked in the pane (one with an error, one newer than another of the same unit), accepted,
 * merged into Đăng ký with Nguồn, and Theo dõi nộp written.
 */
jest.setTimeout(120_000);

const paneTab = (page: Page, name: string): Locator =>
  page.getByRole('tablist', { name: 'Các việc trong ngăn tác vụ' }).getByRole('tab', { name, exact: true });

describe('Tổng hợp đơn vị in the browser preview (Debian Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  let work: string;

  beforeAll(async () => {
    server = await serveFolder(DIST);
    browser = await launchChromium();
    work = await mkdtemp(path.join(tmpdir(), 'dvk-e2e-consolidate-'));
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** The district's workbook open in the browser version, on the pane's Tổng hợp đơn vị tab. */
  async function openConsolidate(district: string) {
    const p = await openPreview(browser.context, server.url);
    await p.page.getByLabel('Chọn tệp .xlsx để mở').setInputFiles(district);
    await p.sheetTab('Thông tin').waitFor();
    await paneTab(p.page, 'Tổng hợp đơn vị').click();
    const pane = p.page.locator('#dvk-panel-consolidate');
    await pane.getByRole('table', { name: 'Tình trạng nộp của các đơn vị' }).waitFor();
    return { p, pane };
  }

  async function unitFile(name: string, unit: string, models: Model[], modified: Date): Promise<string> {
    const file = path.join(work, name);
    await writeFile(file, await unitFileBytes(unitSheets(unit, models), modified));
    return file;
  }

  it('reads three units’ files in the pane, merges the accepted rows with Nguồn and writes Theo dõi nộp', async () => {
    const district = path.join(work, 'huyen.xlsx');
    await writeXlsx(district, districtSheets([]));
    const files = [
      await unitFile('na-pai.xlsx', NA_PAI, [{ name: 'Đường bê tông' }, { name: 'Camera an ninh' }], new Date(Date.UTC(2024, 10, 10, 3))),
      await unitFile('truong.xlsx', TRUONG, [{ name: 'Thư viện xanh' }, { name: 'Góc học tập', kind: 'Nhóm' }], new Date(Date.UTC(2024, 10, 20, 3))),
      await unitFile(
        'na-pai-sua.xlsx',
        NA_PAI,
        [{ name: 'Đường bê tông' }, { name: 'Camera an ninh' }, { name: 'Vườn mẫu' }],
        new Date(Date.UTC(2024, 10, 12, 3)),
      ),
    ];

    const { p, pane } = await openConsolidate(district);

    await pane.getByLabel('Tệp .xlsx của các đơn vị').setInputFiles(files);
    await pane.getByRole('status').getByText('Đã đọc 3 tệp.').waitFor();
    const card = (name: string): Locator => pane.getByRole('listitem').filter({ has: p.page.getByRole('heading', { name, exact: true }) });
    expect(await card('na-pai.xlsx').getByText('2 dòng được thay bằng tệp mới hơn “na-pai-sua.xlsx”').count()).toBe(1);
    expect(await card('na-pai-sua.xlsx').getByText('thêm 3 dòng; thay 2 dòng của tệp cũ hơn “na-pai.xlsx”').count()).toBe(1);
    expect(await card('truong.xlsx').getByText('1 lỗi, 0 cảnh báo').count()).toBe(1);
    await pane.getByRole('button', { name: 'Nhận tệp truong.xlsx', exact: true }).click();
    await pane.getByRole('button', { name: 'Nhập vào sổ', exact: true }).click();
    await pane.getByRole('status').getByText('Đã nhập 5 dòng từ 2 tệp vào trang “Đăng ký”.').waitFor();

    // The grid shows Đăng ký with the rows merged in the order the files were picked, and Nguồn added after the sheet's own columns.
    await p.sheetTab('Đăng ký').click();
    const nguon = DISTRICT_HEADER.length;
    expect(await p.cellText(0, nguon)).toBe('Nguồn');
    const rows: string[][] = [];
    for (let r = 1; r <= 6; r++) rows.push([await p.cellText(r, 3), await p.cellText(r, 6), await p.cellText(r, nguon)]);
    expect(rows).toEqual([
      ['Thư viện xanh', TRUONG, 'truong.xlsx'],
      ['Góc học tập', TRUONG, 'truong.xlsx'],
      ['Đường bê tông', NA_PAI, 'na-pai-sua.xlsx'],
      ['Camera an ninh', NA_PAI, 'na-pai-sua.xlsx'],
      ['Vườn mẫu', NA_PAI, 'na-pai-sua.xlsx'],
      ['', '', ''],
    ]);

    const tracking = pane.getByRole('table', { name: 'Tình trạng nộp của các đơn vị' });
    expect(await tracking.getByRole('row').nth(1).getByRole('cell').nth(1).innerText()).toBe('Đã nộp đúng hạn');
    expect(await tracking.getByRole('row').nth(2).getByRole('cell').nth(1).innerText()).toBe('Nộp muộn; Có lỗi');
    expect(await tracking.getByRole('row').nth(3).getByRole('cell').nth(1).innerText()).toBe('Chưa nộp');
    await pane.getByRole('button', { name: 'Ghi sheet Theo dõi nộp' }).click();
    await pane.getByRole('status').getByText('Đã ghi trang “Theo dõi nộp”: 4 đơn vị.').waitFor();
    await p.sheetTab('Theo dõi nộp').click();
    await p.page.getByRole('grid', { name: 'Trang tính “Theo dõi nộp”' }).waitFor();
    expect(await p.cellText(0, 0)).toBe('Theo dõi nộp tệp đăng ký mô hình “Dân vận khéo” năm 2024 (hạn nộp 15/11/2024)');
    expect([await p.cellText(2, 1), await p.cellText(2, 3), await p.cellText(2, 4)]).toEqual([NA_PAI, 'Đã nộp đúng hạn', 'na-pai-sua.xlsx']);
    expect([await p.cellText(3, 1), await p.cellText(3, 3)]).toEqual([TRUONG, 'Nộp muộn; Có lỗi']);
    expect([await p.cellText(4, 1), await p.cellText(4, 3)]).toEqual([CONG_AN, 'Chưa nộp']);

    await p.page.mouse.move(1, 60);
    await p.screenshot('taskpane-tong-hop-don-vi');
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('brings a commune’s Khối Dân vận row into a workbook without that sheet, and the tracking says no commune is missing', async () => {
    const district = path.join(work, 'huyen-khoi.xlsx');
    await writeXlsx(district, districtSheets([]));
    const commune = path.join(work, 'khoi-luc-binh.xlsx');
    const row = [2024, 'Lục Bình', 'Bạch Thông', 11, 2, 1, 6, 8, 'Phó Bí thư', 'Có', 'Có', 'Có', 11, 95, 1, null, 'Có', 'Có', 'Hoàn thành tốt nhiệm vụ'];
    await writeFile(commune, await unitFileBytes([{ name: 'Khối Dân vận', rows: [KHOI_HEADER, row] }], new Date(Date.UTC(2024, 10, 10, 3))));

    const { p, pane } = await openConsolidate(district);
    await pane.getByLabel('Tệp .xlsx của các đơn vị').setInputFiles([commune]);
    await pane.getByRole('status').getByText('Đã đọc 1 tệp.').waitFor();
    expect(await pane.getByText('thêm 1 dòng Khối Dân vận', { exact: true }).count()).toBe(1);
    await pane.getByRole('button', { name: 'Nhập vào sổ', exact: true }).click();
    await pane.getByRole('status').getByText('Đã nhập 1 dòng của các xã vào trang “Khối Dân vận”.').waitFor();
    await pane.getByText('Khối Dân vận cơ sở: đã có dòng của cả 1 xã, phường trong Danh mục.').waitFor();

    await p.sheetTab('Khối Dân vận').click();
    await p.page.getByRole('grid', { name: 'Trang tính “Khối Dân vận”' }).waitFor();
    expect([await p.cellText(1, 1), await p.cellText(1, 3), await p.cellText(1, KHOI_HEADER.length)]).toEqual(['Lục Bình', '11', 'khoi-luc-binh.xlsx']);
    await p.page.mouse.move(1, 60);
    await p.screenshot('taskpane-tong-hop-khoi');
    expect(p.errors).toEqual([]);
    await p.page.close();
  });
});
